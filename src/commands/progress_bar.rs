//! The progress bar a long import draws on the terminal: on standard error, and only when
//! standard output is a terminal (a script that reads the output sees only the summary).

use super::import_posts::ImportProgress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// A bar for `import posts`, hidden when standard output is not a terminal.
pub struct ImportBar {
    bar: ProgressBar,
}

impl ImportBar {
    /// A bar drawn when standard output is a terminal, else one that draws nothing.
    pub fn for_terminal() -> ImportBar {
        let target = if std::io::stdout().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        ImportBar {
            bar: ProgressBar::with_draw_target(None, target),
        }
    }

    /// Shows a step of the import.
    pub fn show(&self, step: ImportProgress) {
        match step {
            ImportProgress::Reading(file) => {
                self.bar.set_style(
                    ProgressStyle::with_template("{spinner} {msg}")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                );
                self.bar.set_message(format!("Reading {file}…"));
                self.bar.tick();
            }
            ImportProgress::Storing { file, done, total } => {
                if self.bar.length() != Some(total as u64) {
                    self.bar.set_style(
                        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} posts")
                            .unwrap_or_else(|_| ProgressStyle::default_bar())
                            .progress_chars("=> "),
                    );
                    self.bar.set_length(total as u64);
                    self.bar.set_message(format!("Storing {file}"));
                }
                self.bar.set_position(done as u64);
            }
        }
    }

    /// Removes the bar before the summary is printed.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
