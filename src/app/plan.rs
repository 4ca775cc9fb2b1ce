//! The plan screen over every pane: reading the plan for it and storing each change the screen
//! checked by the same rules as `plan import`, in one transaction, with undo. Its objectives
//! are measured on the week shown by the app's sync, like every pane's data.

use super::{App, Undo, UndoAction};
use crate::command::Command;
use crate::i18n::Arg;
use crate::keymap::{Input, Scope};
use crate::panes::plan::edit::Edit;
use crate::panes::plan::{PlanAction, PlanScreen};
use crate::plan::Rename;

impl App {
    /// Opens the plan screen on the current week: on the objectives, or in strategy mode on the
    /// part of the plan the current pane owns.
    pub(super) fn show_plan(&mut self) {
        use crate::panes::Tab;
        use crate::panes::plan::Section;
        let section = match (self.strategy, self.tab) {
            (false, _) | (true, Tab::Reports) => Section::Objectives,
            (true, Tab::Calendar) => Section::Pillars,
            (true, Tab::Inbox) => Section::Brand,
            (true, Tab::Mentions) => Section::Rules,
            (true, Tab::Prescriptors) => Section::Personas,
        };
        let read = self
            .db
            .read_plan()
            .and_then(|plan| Ok((plan, self.db.channel_labels()?)));
        match read {
            Ok((plan, channels)) => {
                let today = self.clock.today();
                let week = crate::clock::week_start(today, self.week_start);
                let screen = PlanScreen::new(plan, channels, section, week, today, self.lang);
                self.plan = Some(Box::new(screen));
            }
            Err(error) => self.plan_unreadable(&error),
        }
    }

    /// Says the plan could not be read, and why.
    fn plan_unreadable(&mut self, error: &crate::db::DbError) {
        let why = error.message(self.lang);
        self.message = Some(
            self.lang
                .text_with("plan-unreadable", &[("why", Arg::Text(&why))]),
        );
    }

    /// Takes the brand's time zone and first day of the week from its two settings (the zone
    /// the desk started in and the config's week start when it sets none), for every pane at
    /// once.
    pub(super) fn apply_brand(&mut self) {
        let setting = |key: &str| self.db.setting(key).ok().flatten().unwrap_or_default();
        let zone = crate::clock::brand_zone(&setting("time_zone"))
            .ok()
            .flatten();
        let week_start = crate::clock::brand_week_start(&setting("week_start"))
            .ok()
            .flatten();
        self.clock.zone = zone.unwrap_or(self.home_zone);
        self.week_start = week_start.unwrap_or(self.config_week_start);
        self.panes
            .calendar
            .set_week_starts_sunday(self.week_start == chrono::Weekday::Sun);
    }

    /// Opens the setup of the brand and its channels (from the welcome screen, or later with
    /// the setup key).
    pub(super) fn start_setup(&mut self) {
        self.welcome = false;
        self.show_plan();
        if let Some(screen) = self.plan.as_mut() {
            screen.start_setup();
        }
    }

    /// Closes the setup on the Calendar and says what the desk now has.
    fn finish_setup(&mut self) {
        self.plan = None;
        self.tab = crate::panes::Tab::Calendar;
        self.strategy = false;
        let channels = self.db.channels().map(|c| c.len()).unwrap_or(0);
        let setup = self.keymap.label_for(Scope::Global, Command::Setup);
        let new = self.keymap.label_for(Scope::Calendar, Command::New);
        self.message = Some(self.lang.text_with(
            "plan-setup-done",
            &[
                ("count", Arg::Count(channels as i64)),
                ("new", Arg::Text(&new)),
                ("setup", Arg::Text(&setup)),
            ],
        ));
        self.data_changed();
    }

    /// Reads the plan again into the open screen (after an undo).
    pub(super) fn reload_plan(&mut self) {
        if self.plan.is_none() {
            return;
        }
        match self.db.read_plan() {
            Ok(plan) => {
                if let Some(screen) = self.plan.as_mut() {
                    screen.reload(plan);
                }
            }
            Err(error) => self.plan_unreadable(&error),
        }
    }

    /// Handles a key while the plan screen is open.
    pub(super) fn plan_key(&mut self, input: Input) {
        let Some(screen) = self.plan.as_mut() else {
            return;
        };
        match screen.handle_key(input) {
            PlanAction::None => {}
            PlanAction::Close => self.plan = None,
            PlanAction::SetupDone => self.finish_setup(),
            // The screen forgot its measures; the next sync measures the new week.
            PlanAction::Measure => {}
            PlanAction::Undo => self.undo_last(),
            PlanAction::Redo => self.redo_last(),
            PlanAction::Message(text) => self.message = Some(text),
            PlanAction::Copy(text) => {
                self.clipboard = Some(text);
                let back = self.key_label(Scope::Form, Command::Back);
                self.message = Some(
                    self.lang
                        .text_with("plan-link-copied", &[("back", Arg::Text(&back))]),
                );
            }
            PlanAction::Store(edit) => self.store_plan(*edit),
            PlanAction::AskDelete(what) => {
                let yes = self.key_label(Scope::Confirm, Command::Yes);
                let undo = self.key_label(Scope::Plan, Command::Undo);
                self.message = Some(self.lang.text_with(
                    "plan-ask-delete",
                    &[
                        ("section", Arg::Text(&what)),
                        ("yes", Arg::Text(&yes)),
                        ("undo", Arg::Text(&undo)),
                    ],
                ))
            }
        }
    }

    /// Stores `edit`, checked by the screen, in one transaction.
    fn store_plan(&mut self, edit: Edit) {
        let Some(screen) = self.plan.as_ref() else {
            return;
        };
        let before = screen.plan().clone();
        let what = screen.section().title(self.lang);
        if let Err(error) = self.db.replace_plan_renaming(&edit.plan, &edit.renames) {
            let why = error.message(self.lang);
            self.message = Some(
                self.lang
                    .text_with("plan-nothing-changed", &[("why", Arg::Text(&why))]),
            );
            return;
        }
        let back: Vec<Rename> = edit
            .renames
            .iter()
            .map(|r| Rename {
                table: r.table,
                from: r.to.clone(),
                to: r.from.clone(),
            })
            .collect();
        self.record(Undo {
            label: self
                .lang
                .text_with("plan-undo-label", &[("section", Arg::Text(&what))]),
            action: UndoAction::Plan {
                plan: Box::new(before),
                renames: back,
            },
        });
        self.apply_brand();
        self.set_current_week();
        self.data_changed();
        let stored = self.db.read_plan();
        if let Some(screen) = self.plan.as_mut() {
            match stored {
                Ok(plan) => screen.stored(plan, edit.index),
                Err(error) => {
                    let why = error.message(self.lang);
                    self.message = Some(
                        self.lang
                            .text_with("plan-saved-unreadable", &[("why", Arg::Text(&why))]),
                    );
                    return;
                }
            }
        }
        let warnings = edit.plan.warnings_in(self.lang);
        let saved = self.lang.text_with(
            "plan-saved",
            &[
                ("section", Arg::Text(&what)),
                ("undoes", Arg::Text(&self.undoes())),
            ],
        );
        let mut message = match warnings.first() {
            Some(warning) => self.lang.text_with(
                "plan-saved-with-note",
                &[("saved", Arg::Text(&saved)), ("note", Arg::Text(warning))],
            ),
            None => saved,
        };
        for note in &edit.notes {
            message.push_str(&format!(" {note}."));
        }
        self.message = Some(message);
    }
}
