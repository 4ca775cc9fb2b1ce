//! The crisis protocol over every pane: open a crisis (its level and what it is about), tick the
//! steps, pause the scheduled posts, close it — each logged with its time.

use super::{App, Undo, UndoAction};
use crate::db::DbError;
use crate::domain::crisis::OpenCrisis;
use crate::panes::form::{Form, FormAction, FormField};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
                    .map(|(label, n)| format!("spike: {label} ({n} in 24 h)"))
                    .unwrap_or_default();
                let levels = (1..=3).map(|l| (Some(l), format!("level {l}"))).collect();
                let fields = vec![
                    FormField::choice("level", "Severity", levels, Some(1)),
                    FormField::text("note", "What happens", about),
                ];
                self.crisis = Some(CrisisOverlay::Opening(Form::new(
                    "Open a crisis — the protocol's checklist follows",
                    fields,
                )));
            }
            Err(error) => {
                self.message = Some(format!("Could not read the crisis protocol: {error}"))
            }
        }
    }

    /// Handles a key while the crisis overlay is open.
    pub(super) fn crisis_key(&mut self, key: KeyEvent) {
        if let Err(error) = self.try_crisis_key(key) {
            self.message = Some(format!("Nothing was changed: {error}"));
        }
    }

    fn try_crisis_key(&mut self, key: KeyEvent) -> Result<(), DbError> {
        let now = self.clock.now;
        match self.crisis.as_mut() {
            None => {}
            Some(CrisisOverlay::Opening(form)) => match form.handle_key(key) {
                FormAction::Edited => {}
                FormAction::Cancel => self.crisis = None,
                FormAction::Save => {
                    let level = form.choice("level").unwrap_or(1);
                    let note = form.text("note");
                    let id = self.db.start_crisis(level, note.trim(), now)?;
                    self.undo = Some(Undo {
                        label: "open crisis".into(),
                        action: UndoAction::CrisisOpened(id),
                    });
                    self.data_changed();
                    self.message = Some(format!(
                        "Crisis level {level} opened and logged — work through the checklist (C) — u undoes."
                    ));
                    self.show_crisis();
                }
            },
            Some(CrisisOverlay::Checklist { crisis, selected }) => {
                let step = crisis.steps.get(*selected).cloned();
                match key.code {
                    KeyCode::Esc | KeyCode::Char('q') => self.crisis = None,
                    KeyCode::Char('j') | KeyCode::Down => {
                        *selected = (*selected + 1).min(crisis.steps.len().saturating_sub(1))
                    }
                    KeyCode::Char('k') | KeyCode::Up => *selected = selected.saturating_sub(1),
                    KeyCode::Char(' ') | KeyCode::Enter => {
                        if let Some(step) = step {
                            self.db.tick_crisis_step(
                                crisis.id,
                                step.id,
                                step.checked_at.is_none(),
                                now,
                            )?;
                            self.refresh_crisis()?;
                        }
                    }
                    KeyCode::Char('p') => {
                        let pause = !crisis.pause_posts;
                        self.db.pause_posts(crisis.id, pause)?;
                        self.message = Some(if pause {
                            "Scheduled posts are paused until the crisis closes.".into()
                        } else {
                            "Scheduled posts resume.".into()
                        });
                        self.data_changed();
                        self.refresh_crisis()?;
                    }
                    KeyCode::Char('X') if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                        let (id, paused) = (crisis.id, crisis.pause_posts);
                        self.db.close_crisis(id, now)?;
                        self.undo = Some(Undo {
                            label: "close crisis".into(),
                            action: UndoAction::CrisisClosed { id, paused },
                        });
                        self.crisis = None;
                        self.message = Some(
                            "Crisis closed and logged; scheduled posts resume — u undoes.".into(),
                        );
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
