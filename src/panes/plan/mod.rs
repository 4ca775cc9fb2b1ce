//! The plan screen's state: which part of the plan is shown, the entry selected, the form open,
//! the week the objectives are measured on, and what a key asks the app to do. It never touches
//! the database; the app reads the plan for it and stores what it returns.
//!
//! - [`sections`]: the parts of the plan and the summary line of each entry.
//! - [`entries`]: the form of each part's entries, described once, built from the plan and
//!   read back into it.
//! - [`edit`]: the next plan a change makes; [`delete`]: an entry removed.
//! - [`utm`]: the UTM link builder; `mistakes`: the plan checker's mistakes put on the form.

pub mod delete;
pub mod edit;
pub mod entries;
mod mistakes;
pub mod sections;
pub mod utm;
mod view;
pub use view::PlanView;

use crate::command::Command;
use crate::domain::strategy::ReportsStrategy;
use crate::i18n::{Arg, Lang};
use crate::keymap::{Input, Layer};
use crate::panes::form::{Form, FormAction};
use crate::plan::Plan;
use chrono::{Duration, NaiveDate};
use edit::Edit;
use entries::Ctx;
pub use sections::Section;

/// A form open on one entry.
#[derive(Debug, Clone)]
pub struct Editing {
    /// The form.
    pub form: Form,
    /// The entry edited, or `None` for a new one.
    pub index: Option<usize>,
}

/// The plan screen.
#[derive(Debug, Clone)]
pub struct PlanScreen {
    /// The plan as stored.
    plan: Plan,
    /// The database's channels as `network:handle`.
    channels: Vec<String>,
    /// The part shown.
    section: Section,
    /// The entry selected in that part.
    selected: usize,
    /// The form open, if any.
    editing: Option<Editing>,
    /// The UTM link builder, when open.
    link: Option<Form>,
    /// The entry waiting for a yes before it is deleted.
    deleting: Option<usize>,
    /// The first day of the week the objectives are measured on.
    week_start: NaiveDate,
    /// The first day of the current week (`t` comes back to it).
    current_week: NaiveDate,
    /// Today, for the defaults of new entries.
    today: NaiveDate,
    /// The objectives measured on that week; `None` until the app measures them.
    measured: Option<ReportsStrategy>,
    /// Whether the screen walks a new user through the setup: the brand's form, then one new
    /// channel form after another until they are done.
    setup: bool,
    /// The language the screen speaks.
    lang: Lang,
}

/// What a key asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanAction {
    /// Nothing beyond redrawing.
    None,
    /// Close the screen.
    Close,
    /// Store this plan, checked by the plan file's rules.
    Store(Box<Edit>),
    /// The week changed: measure the objectives again.
    Measure,
    /// Take back the last change.
    Undo,
    /// Put back the change undone last.
    Redo,
    /// Tell the user something.
    Message(String),
    /// Put this text on the clipboard and say so.
    Copy(String),
    /// Ask whether to delete the selected entry of this kind; the next key answers.
    AskDelete(String),
    /// The setup is over: close the screen and go to the Calendar.
    SetupDone,
}

impl PlanScreen {
    /// A screen on `plan` open on `section`, showing the objectives measured on the week
    /// starting `week_start`, worded in `lang`.
    pub fn new(
        plan: Plan,
        channels: Vec<String>,
        section: Section,
        week_start: NaiveDate,
        today: NaiveDate,
        lang: Lang,
    ) -> PlanScreen {
        PlanScreen {
            plan,
            channels,
            section,
            selected: 0,
            editing: None,
            link: None,
            deleting: None,
            week_start,
            current_week: week_start,
            today,
            measured: None,
            setup: false,
            lang,
        }
    }

    /// The language the screen speaks.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Starts the setup of a new desk: the brand's form (name, time zone, week start) opens,
    /// then, once it is saved or skipped, a new channel's form after each channel saved.
    pub fn start_setup(&mut self) {
        self.setup = true;
        self.show(Section::Brand);
        self.open(None);
    }

    /// Whether the setup is under way.
    pub fn in_setup(&self) -> bool {
        self.setup
    }

    /// The setup's next form: a new channel.
    fn next_setup_form(&mut self) {
        self.show(Section::Channels);
        self.open(None);
    }

    /// Takes a freshly read plan, keeping the selection inside it.
    pub fn reload(&mut self, plan: Plan) {
        self.plan = plan;
        self.measured = None;
        let len = self.section.len(&self.plan);
        self.selected = self.selected.min(len.saturating_sub(1));
    }

    /// The plan as stored.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The part shown.
    pub fn section(&self) -> Section {
        self.section
    }

    /// The entry selected in that part.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The form open on an entry, if any.
    pub fn editing(&self) -> Option<&Editing> {
        self.editing.as_ref()
    }

    /// The first day of the week whose objectives need measuring, while they are not measured.
    pub fn week_to_measure(&self) -> Option<NaiveDate> {
        self.measured.is_none().then_some(self.week_start)
    }

    /// Shows the objectives measured on the week shown.
    pub fn show_measures(&mut self, measured: ReportsStrategy) {
        self.measured = Some(measured);
    }

    /// The edit was stored: the form closes, the entry it placed is selected, and the plan as
    /// read back is shown.
    pub fn stored(&mut self, plan: Plan, index: usize) {
        self.editing = None;
        self.selected = index;
        self.reload(plan);
        if self.setup {
            self.next_setup_form();
        }
    }

    /// Which layer takes the keys: a form (an entry or the UTM link builder), the question
    /// before a deletion, or the screen itself.
    pub fn layer(&self) -> Layer {
        if self.link.is_some() || self.editing.is_some() {
            Layer::Form
        } else if self.deleting.is_some() {
            Layer::Confirm
        } else {
            Layer::Plan
        }
    }

    /// Applies one key press, read in the scope of [`PlanScreen::layer`]. An edit is checked by
    /// the plan file's own rules before it is asked to be stored: mistakes land on the form's
    /// fields (or in a message when no form is open) and nothing is asked.
    pub fn handle_key(&mut self, input: Input) -> PlanAction {
        match self.key(input) {
            PlanAction::Store(edit) => self.checked(edit),
            action => action,
        }
    }

    fn checked(&mut self, edit: Box<Edit>) -> PlanAction {
        let errors = crate::plan::validate::check(&edit.plan, &self.channels, self.lang);
        let Some((key, why)) = errors.first() else {
            return PlanAction::Store(edit);
        };
        if self.editing.is_some() {
            self.show_errors(&edit.plan, edit.index, &errors);
            PlanAction::None
        } else {
            PlanAction::Message(self.lang.text_with(
                "plan-nothing-changed-because",
                &[("key", Arg::Text(key)), ("why", Arg::Text(why))],
            ))
        }
    }

    fn key(&mut self, input: Input) -> PlanAction {
        if let Some(index) = self.deleting.take() {
            if input.command != Some(Command::Yes) {
                return PlanAction::Message(self.lang.text("plan-nothing-deleted"));
            }
            return match delete::delete(&self.plan, self.section, index, self.lang) {
                Ok(edit) => PlanAction::Store(Box::new(edit)),
                Err(why) => PlanAction::Message(
                    self.lang
                        .text_with("plan-nothing-deleted-because", &[("why", Arg::Text(&why))]),
                ),
            };
        }
        if let Some(link) = self.link.as_mut() {
            return match link.handle_key(input) {
                FormAction::Cancel => {
                    self.link = None;
                    PlanAction::None
                }
                FormAction::Edited => {
                    link.note = utm::preview(link, self.lang);
                    PlanAction::None
                }
                FormAction::Save => match utm::from_form(link, self.lang) {
                    Ok(url) => PlanAction::Copy(url),
                    Err(error) => {
                        link.set_errors(&[("url", error)]);
                        PlanAction::None
                    }
                },
            };
        }
        if let Some(editing) = self.editing.as_mut() {
            return match editing.form.handle_key(input) {
                FormAction::Cancel if self.setup && self.section == Section::Brand => {
                    self.next_setup_form();
                    PlanAction::None
                }
                FormAction::Cancel if self.setup => {
                    self.setup = false;
                    self.editing = None;
                    PlanAction::SetupDone
                }
                FormAction::Cancel => {
                    self.editing = None;
                    PlanAction::None
                }
                FormAction::Edited => PlanAction::None,
                FormAction::Save => {
                    let ctx = Ctx {
                        plan: &self.plan,
                        channels: &self.channels,
                        today: self.today,
                        lang: self.lang,
                    };
                    match entries::apply(&ctx, self.section, editing.index, &editing.form) {
                        Ok(edit) => PlanAction::Store(Box::new(edit)),
                        Err(errors) => {
                            editing.form.set_errors(&errors);
                            PlanAction::None
                        }
                    }
                }
            };
        }
        match input.command {
            Some(command) => self.browse(command),
            None => PlanAction::None,
        }
    }

    fn browse(&mut self, command: Command) -> PlanAction {
        let len = self.section.len(&self.plan);
        match command {
            Command::Back => return PlanAction::Close,
            Command::NextSection => self.show(self.section.next()),
            Command::PrevSection => self.show(self.section.previous()),
            Command::Down => self.selected = (self.selected + 1).min(len.saturating_sub(1)),
            Command::Up => self.selected = self.selected.saturating_sub(1),
            Command::Top => self.selected = 0,
            Command::Bottom => self.selected = len.saturating_sub(1),
            Command::PrevPeriod => return self.move_week(-7),
            Command::NextPeriod => return self.move_week(7),
            Command::ThisPeriod => {
                let back = self.current_week - self.week_start;
                return self.move_week(back.num_days());
            }
            Command::Undo => return PlanAction::Undo,
            Command::Redo => return PlanAction::Redo,
            Command::New if self.section.is_list() => self.open(None),
            Command::Edit if len > 0 => {
                let index = self.section.is_list().then_some(self.selected);
                self.open(index);
            }
            Command::Delete if self.section.is_list() && len > 0 => {
                self.deleting = Some(self.selected);
                return PlanAction::AskDelete(self.section.title(self.lang));
            }
            Command::UtmLink if self.section == Section::Campaigns => {
                let mut form = utm::form(self.plan.campaigns.get(self.selected), self.lang);
                form.note = utm::preview(&form, self.lang);
                self.link = Some(form);
            }
            _ => {}
        }
        PlanAction::None
    }

    /// The selected entry's fields as (label, value), as its form would show them.
    pub fn details(&self) -> Vec<(String, String)> {
        if self.section.len(&self.plan) == 0 {
            return Vec::new();
        }
        let index = self.section.is_list().then_some(self.selected);
        let form = entries::form(&self.ctx(), self.section, index);
        form.fields
            .iter()
            .map(|field| {
                let value = match &field.kind {
                    crate::panes::form::FieldKind::Choice { .. } => form.choice_label(field.key),
                    crate::panes::form::FieldKind::Toggle(on) => {
                        self.lang
                            .text(if *on { "app-form-yes" } else { "app-form-no" })
                    }
                    _ => form.text(field.key),
                };
                (field.shown().to_string(), value)
            })
            .collect()
    }

    fn show(&mut self, section: Section) {
        self.section = section;
        self.selected = 0;
    }

    fn move_week(&mut self, days: i64) -> PlanAction {
        if days == 0 {
            return PlanAction::None;
        }
        self.week_start += Duration::days(days);
        self.measured = None;
        PlanAction::Measure
    }

    /// What the entry forms read: the plan, the channels, today and the language.
    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            plan: &self.plan,
            channels: &self.channels,
            today: self.today,
            lang: self.lang,
        }
    }

    fn open(&mut self, index: Option<usize>) {
        let form = entries::form(&self.ctx(), self.section, index);
        self.editing = Some(Editing { form, index });
    }
}

#[cfg(test)]
mod tests;
