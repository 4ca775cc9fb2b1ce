//! The import screen, opened from the Calendar or the Reports pane: the path of a network's
//! export (and the channel when the file does not say), a dry run that shows what would come
//! in, then the import itself, both on a worker thread with their own connection so the desk
//! stays usable and the status line follows the posts stored; the panes read again after it.
//! Inline when there is no worker (tests).

use super::{App, AppEvent};
use crate::commands::CommandError;
use crate::commands::import_posts::{ImportProgress, PostImport, import_with_progress_in};
use crate::db::Db;
use crate::i18n::{Arg, Lang};
use crate::panes::form::{Form, FormAction, FormField};
use crate::text::sanitize_line;
use std::path::PathBuf;

/// Where the import screen is.
#[derive(Debug, Clone)]
pub enum ImportScreen {
    /// The form: the file, the channel, replies kept or not.
    Asking(Form),
    /// The dry run of this import is under way on the worker.
    Previewing(PostImport),
    /// What the dry run found, waiting for a yes to import it.
    Preview {
        /// The import as asked.
        asked: PostImport,
        /// The dry run's lines, sanitized.
        lines: Vec<String>,
    },
    /// This import is under way on the worker.
    Importing(PostImport),
    /// The file was refused: why, in full (sanitized); any key closes it.
    Refused(Vec<String>),
}

/// What a worker answers about an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Whether this was the dry run (the preview) rather than the import.
    pub dry_run: bool,
    /// The lines the command says, or why it refused (sanitized).
    pub said: Result<Vec<String>, Vec<String>>,
}

impl App {
    /// Opens the import screen's form, or says an import is already under way.
    pub(super) fn open_import(&mut self) {
        if matches!(
            self.import,
            Some(ImportScreen::Previewing(_) | ImportScreen::Importing(_))
        ) {
            self.message = Some(self.lang.text("app-import-under-way"));
            return;
        }
        let lang = self.lang;
        let replies = vec![
            (Some(0), lang.text("app-import-replies-leave-out")),
            (Some(1), lang.text("app-import-replies-keep")),
        ];
        self.import = Some(ImportScreen::Asking(Form::new(
            lang.text("app-import-form-title"),
            vec![
                FormField::text("file", lang.text("app-import-file"), ""),
                FormField::text("channel", lang.text("app-import-channel"), ""),
                FormField::choice("replies", lang.text("app-import-replies"), replies, Some(0)),
            ],
        )));
    }

    /// A key in the import form: save starts the dry run, cancel closes the screen.
    pub(super) fn import_form_key(&mut self, input: crate::keymap::Input) {
        let Some(ImportScreen::Asking(form)) = self.import.as_mut() else {
            return;
        };
        match form.handle_key(input) {
            FormAction::Edited => {}
            FormAction::Cancel => self.import = None,
            FormAction::Save => {
                let file = form.text("file");
                let file = file.trim();
                if file.is_empty() {
                    self.message = Some(self.lang.text("app-import-no-file"));
                    return;
                }
                let channel = form.text("channel").trim().to_string();
                let asked = PostImport {
                    files: vec![expand_home(file)],
                    channel: (!channel.is_empty()).then_some(channel),
                    dry_run: true,
                    keep_replies: form.choice("replies") == Some(1),
                    partial: false,
                    rejects: None,
                };
                self.import = Some(ImportScreen::Previewing(asked.clone()));
                self.message = Some(self.lang.text_with(
                    "app-import-reading",
                    &[("file", Arg::Text(&sanitize_line(file)))],
                ));
                self.run_import(asked);
            }
        }
    }

    /// The answer to the preview: yes imports what it showed, any other key cancels; any key
    /// closes a refusal.
    pub(super) fn import_preview_key(&mut self, yes: bool) {
        let Some(ImportScreen::Preview { mut asked, .. }) = self.import.take() else {
            return;
        };
        if !yes {
            self.message = Some(self.lang.text("app-import-nothing"));
            return;
        }
        asked.dry_run = false;
        self.import = Some(ImportScreen::Importing(asked.clone()));
        self.message = Some(self.lang.text("app-import-importing"));
        self.run_import(asked);
    }

    /// Runs `asked` on the worker (or inline without one); its progress and outcome come back
    /// as events.
    fn run_import(&mut self, asked: PostImport) {
        let (clock, lang) = (self.clock, self.lang);
        match self.worker.clone() {
            Some((sender, path)) => {
                std::thread::spawn(move || {
                    let said = Db::open_another(&path)
                        .map_err(|error| vec![sanitize_line(&error.message(lang))])
                        .and_then(|mut db| {
                            let progress = sender.clone();
                            import_with_progress_in(lang, &mut db, &asked, clock, &mut |step| {
                                let _ = progress
                                    .send(AppEvent::ImportProgress(progress_line(lang, &step)));
                            })
                            .map_err(|error| refusal(lang, error))
                        });
                    let _ = sender.send(AppEvent::Imported(outcome(asked.dry_run, said)));
                });
            }
            None => {
                let said = import_with_progress_in(lang, &mut self.db, &asked, clock, &mut |_| {})
                    .map_err(|error| refusal(lang, error));
                self.update(AppEvent::Imported(outcome(asked.dry_run, said)));
            }
        }
    }

    /// What the worker answered: the preview to confirm, or the import's summary.
    pub(super) fn receive_import(&mut self, done: ImportOutcome) {
        let asked = match self.import.take() {
            Some(ImportScreen::Previewing(asked) | ImportScreen::Importing(asked)) => Some(asked),
            _ => None,
        };
        match (done.said, done.dry_run) {
            (Err(refused), _) => {
                self.message = Some(self.lang.text("app-import-nothing"));
                self.import = Some(ImportScreen::Refused(refused));
            }
            (Ok(lines), true) => {
                self.message = None;
                self.import = asked.map(|asked| ImportScreen::Preview { asked, lines });
            }
            (Ok(lines), false) => {
                self.import = None;
                let summary = lines.first().cloned().unwrap_or_default();
                self.message = Some(match asked.as_ref().and_then(|a| a.files.first()) {
                    Some(file) => shortened(self.lang, &summary, file),
                    None => summary,
                });
                self.data_changed();
            }
        }
    }
}

fn outcome(dry_run: bool, said: Result<String, Vec<String>>) -> ImportOutcome {
    ImportOutcome {
        dry_run,
        said: said.map(|text| text.lines().map(sanitize_line).collect()),
    }
}

fn refusal(lang: Lang, error: CommandError) -> Vec<String> {
    match error {
        CommandError::Usage(lines) => lines.iter().map(|l| sanitize_line(l)).collect(),
        CommandError::Database(error) => vec![sanitize_line(&error.message(lang))],
    }
}

/// The status line after the import of `file`: its name and what the summary `line` says
/// after its dash (new, matched, snapshots), to fit the status line.
fn shortened(lang: Lang, line: &str, file: &std::path::Path) -> String {
    let name = file
        .file_name()
        .map(|name| sanitize_line(&name.to_string_lossy()))
        .unwrap_or_default();
    match line.split_once(" — ") {
        Some((_, done)) => {
            let first = done.split_inclusive(". ").next().unwrap_or(done);
            lang.text_with(
                "app-import-imported",
                &[
                    ("file", Arg::Text(&name)),
                    ("summary", Arg::Text(first.trim_end())),
                ],
            )
        }
        None => line.to_string(),
    }
}

/// The status line of a step under way.
fn progress_line(lang: Lang, step: &ImportProgress) -> String {
    match step {
        ImportProgress::Reading(file) => lang.text_with(
            "app-import-reading",
            &[("file", Arg::Text(&file.to_string()))],
        ),
        ImportProgress::Storing { file, done, total } => {
            let [done, total] = [*done, *total]
                .map(|n| crate::i18n::count(lang, i64::try_from(n).unwrap_or(i64::MAX)));
            lang.text_with(
                "app-import-storing",
                &[
                    ("file", Arg::Text(&file.to_string())),
                    ("done", Arg::Text(&done)),
                    ("total", Arg::Text(&total)),
                ],
            )
        }
    }
}

/// A path typed with a leading `~/` is under the home folder, as in a shell.
fn expand_home(typed: &str) -> PathBuf {
    match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(typed),
    }
}
