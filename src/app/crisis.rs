//! The crisis protocol over every pane: open a crisis (its level and what it is about), tick the
//! steps, pause the scheduled posts, close it — each logged with its time.

use super::{App, Undo};
use crate::command::Command;
use crate::db::DbError;
use crate::db::undo_rows::Table;
use crate::domain::crisis::OpenCrisis;
use crate::i18n::{self, Arg};
use crate::keymap::{Input, Scope};
use crate::panes::form::{Form, FormAction, FormField};

/// The crisis overlay: the form that opens a crisis, or the open crisis's checklist.
#[derive(Debug, Clone)]
pub enum CrisisOverlay {
    /// Opening a crisis: level and note.
    Opening(Form),
    /// The open crisis, with the highlighted step.
    Checklist {
        /// The crisis and its protocol.
        crisis: Box<OpenCrisis>,
        /// The highlighted step.
        selected: usize,
    },
}

impl App {
    /// Opens the crisis overlay: the checklist when a crisis is open, else the form to open one.
    pub(super) fn show_crisis(&mut self) {
        match self.db.open_crisis() {
            Ok(Some(crisis)) => {
                self.crisis = Some(CrisisOverlay::Checklist {
                    crisis: Box::new(crisis),
                    selected: 0,
                })
            }
            Ok(None) => {
                let about = self
                    .counters
                    .spikes
                    .first()
                    .map(|(label, n)| {
                        self.lang.text_with(
                            "app-crisis-about-spike",
                            &[
                                ("label", Arg::Text(label)),
                                ("shown", Arg::Text(&i18n::count(self.lang, i64::from(*n)))),
                            ],
                        )
                    })
                    .unwrap_or_default();
                let lang = self.lang;
                let levels = (1..=3)
                    .map(|l| {
                        let level = i18n::count(lang, l);
                        (
                            Some(l),
                            lang.text_with("app-crisis-level", &[("level", Arg::Text(&level))]),
                        )
                    })
                    .collect();
                let fields = vec![
                    FormField::choice("level", lang.text("app-crisis-severity"), levels, Some(1)),
                    FormField::text("note", lang.text("app-crisis-what-happens"), about),
                ];
                self.crisis = Some(CrisisOverlay::Opening(Form::new(
                    lang.text("app-crisis-open-title"),
                    fields,
                )));
            }
            Err(error) => {
                self.message = Some(self.lang.text_with(
                    "app-crisis-unreadable",
                    &[("error", Arg::Text(&error.to_string()))],
                ))
            }
        }
    }

    /// Handles a key while the crisis overlay is open: its form takes the form layer's keys,
    /// its checklist the crisis layer's.
    pub(super) fn crisis_key(&mut self, input: Input) {
        if let Err(error) = self.try_crisis_key(input) {
            self.message = Some(self.lang.text_with(
                "app-nothing-changed-because",
                &[("error", Arg::Text(&error.to_string()))],
            ));
        }
    }

    fn try_crisis_key(&mut self, input: Input) -> Result<(), DbError> {
        let now = self.clock.now;
        match self.crisis.as_mut() {
            None => {}
            Some(CrisisOverlay::Opening(form)) => match form.handle_key(input) {
                FormAction::Edited => {}
                FormAction::Cancel => self.crisis = None,
                FormAction::Save => {
                    let level = form.choice("level").unwrap_or(1);
                    let note = form.text("note");
                    let id = self.db.start_crisis(level, note.trim(), now)?;
                    self.record(Undo::rows(
                        self.lang.text("app-undo-open-crisis"),
                        Vec::new(),
                        vec![(Table::Crises, id)],
                    ));
                    self.data_changed();
                    let opened = self.lang.text_with(
                        "app-crisis-opened",
                        &[
                            ("level", Arg::Text(&i18n::count(self.lang, level))),
                            (
                                "key",
                                Arg::Text(&self.key_label(Scope::Global, Command::Crisis)),
                            ),
                        ],
                    );
                    self.message = Some(format!("{opened}{}", self.undoes()));
                    self.show_crisis();
                }
            },
            Some(CrisisOverlay::Checklist { crisis, selected }) => {
                let step = crisis.steps.get(*selected).cloned();
                let Some(command) = input.command else {
                    return Ok(());
                };
                match command {
                    Command::Back => self.crisis = None,
                    Command::Down => {
                        *selected = (*selected + 1).min(crisis.steps.len().saturating_sub(1))
                    }
                    Command::Up => *selected = selected.saturating_sub(1),
                    Command::TickStep => {
                        if let Some(step) = step {
                            let before = self.db.row_images(&[(Table::Crises, crisis.id)])?;
                            self.db.tick_crisis_step(
                                crisis.id,
                                step.id,
                                step.checked_at.is_none(),
                                now,
                            )?;
                            let label = self.lang.text("app-undo-tick-step");
                            self.record(Undo::rows(label, before, Vec::new()));
                            self.refresh_crisis()?;
                        }
                    }
                    Command::PausePosts => {
                        let pause = !crisis.pause_posts;
                        let before = self.db.row_images(&[(Table::Crises, crisis.id)])?;
                        self.db.pause_posts(crisis.id, pause)?;
                        let label = if pause {
                            self.lang.text("app-undo-pause-posts")
                        } else {
                            self.lang.text("app-undo-resume-posts")
                        };
                        self.record(Undo::rows(label, before, Vec::new()));
                        self.message = Some(if pause {
                            self.lang.text("app-crisis-posts-paused")
                        } else {
                            self.lang.text("app-crisis-posts-resume")
                        });
                        self.data_changed();
                        self.refresh_crisis()?;
                    }
                    Command::CloseCrisis => {
                        let id = crisis.id;
                        let before = self.db.row_images(&[(Table::Crises, id)])?;
                        self.db.close_crisis(id, now)?;
                        let label = self.lang.text("app-undo-close-crisis");
                        self.record(Undo::rows(label, before, Vec::new()));
                        self.crisis = None;
                        self.message = Some(format!(
                            "{}{}",
                            self.lang.text("app-crisis-closed"),
                            self.undoes()
                        ));
                        self.data_changed();
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }

    fn refresh_crisis(&mut self) -> Result<(), DbError> {
        let selected = match &self.crisis {
            Some(CrisisOverlay::Checklist { selected, .. }) => *selected,
            _ => 0,
        };
        self.crisis = self
            .db
            .open_crisis()?
            .map(|crisis| CrisisOverlay::Checklist {
                crisis: Box::new(crisis),
                selected,
            });
        Ok(())
    }
}
