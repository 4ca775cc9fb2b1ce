//! The Reports pane: one ISO week at a time against the week before, the objectives first in
//! strategy mode, the week's notes, follower counts recorded by hand, and the export of the same
//! report as Markdown.

mod data;
pub use data::ReportsData;
mod followers;
mod lines;
mod notes;
mod request;
pub use request::ReportsRequest;
mod tables;
mod view;
pub use view::ReportsPaneView;
#[cfg(test)]
mod view_tests;

use super::freshness::Freshness;
use super::{Outcome, StrategyFace};
use crate::clock::Clock;
use crate::command::Command;
use crate::domain::report::Report;
use crate::i18n::Lang;
use crate::keymap::{Input, Layer};
use crate::panes::form::Form;
use crate::report::model::Section;
use chrono::{Duration, NaiveDate};
use followers::{FollowersForm, FollowersKey};
use notes::{NotesKey, WeekNotesForm};

/// The week shown and its report.
#[derive(Debug, Clone, Default)]
pub struct ReportsPane {
    /// The first day of the week shown; `None` until the app sets the current week.
    week_start: Option<NaiveDate>,
    /// The first day of the current week, where `this_period` goes back to.
    current_week: Option<NaiveDate>,
    /// The report of the week shown, once the app has gathered it; after a data change it stays
    /// on screen until the new one arrives.
    report: Option<Box<Report>>,
    /// The report's sections as drawn, built once when it arrives.
    sections: Vec<Section>,
    /// Whether the report shown answers the latest change of week or data.
    fresh: Freshness,
    /// The strategy face's scroll (its data is the report's objectives).
    strategy: StrategyFace<()>,
    /// Lines of the execution face scrolled off the top.
    scroll: u16,
    /// Whether each figure's formula is shown under it.
    formulas: bool,
    /// The form of the week's small victories and notes, when open.
    notes: Option<WeekNotesForm>,
    /// The form of a follower count, when open.
    followers: Option<FollowersForm>,
    /// The language its report and forms are written in, as the app last said.
    lang: Lang,
}

impl ReportsPane {
    /// The first day of the week shown; `None` until the app sets the current week.
    pub fn week_start(&self) -> Option<NaiveDate> {
        self.week_start
    }

    /// The report of the week shown, once gathered (after a change, the one before until the
    /// new one arrives).
    pub fn report(&self) -> Option<&Report> {
        self.report.as_deref()
    }

    /// The open notes form's fields.
    pub fn notes(&self) -> Option<&Form> {
        self.notes.as_ref().map(WeekNotesForm::form)
    }

    /// The open follower-count form's fields.
    pub fn followers_form(&self) -> Option<&Form> {
        self.followers.as_ref().map(FollowersForm::form)
    }

    /// Says which language its report and forms are written in (the next report shown, the
    /// next form opened).
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Whether the gatherer should be asked for the report.
    pub fn wants_report(&self) -> bool {
        self.fresh.should_ask()
    }

    /// The freshness of the report, for the gatherer to ask and answer with.
    pub fn freshness_mut(&mut self) -> &mut Freshness {
        &mut self.fresh
    }

    /// Goes to the week starting on `current` when it is a new current week (the first time,
    /// or after midnight on its last day).
    pub fn set_current_week(&mut self, current: NaiveDate) {
        if self.current_week != Some(current) {
            self.week_start = Some(current);
            self.current_week = Some(current);
            self.invalidate();
        }
    }

    /// The modal layer: the notes or follower-count form, or the report.
    pub fn layer(&self) -> Layer {
        if self.notes.is_some() || self.followers.is_some() {
            Layer::Form
        } else {
            Layer::List
        }
    }

    /// Takes what the app read or wrote for the pane: a form opens, closes, or shows what the
    /// app refused under its fields.
    pub fn receive(&mut self, data: ReportsData) {
        match data {
            ReportsData::WeekNotes {
                first,
                victories,
                notes,
            } => {
                self.notes = Some(WeekNotesForm::new_in(first, &victories, &notes, self.lang));
            }
            ReportsData::FollowerChannels { channels, today } => {
                self.followers = Some(FollowersForm::new_in(&channels, today, self.lang));
            }
            ReportsData::Saved => {
                self.notes = None;
                self.followers = None;
            }
            ReportsData::Refused(errors) => {
                if let Some(form) = self.followers.as_mut() {
                    form.set_errors(&errors);
                }
            }
        }
    }

    /// Applies a key to the open form: `Cancel` closes it, a save becomes a request (the
    /// follower-count form checks its fields first and keeps the mistakes under them).
    pub fn form_key(&mut self, input: Input) -> Outcome<ReportsRequest> {
        if let Some(form) = self.followers.as_mut() {
            return match form.handle_key(input) {
                FollowersKey::Edited => Outcome::Handled,
                FollowersKey::Cancelled => {
                    self.followers = None;
                    Outcome::Handled
                }
                FollowersKey::Save(request) => Outcome::Request(request),
            };
        }
        let Some(form) = self.notes.as_mut() else {
            return Outcome::Ignored;
        };
        match form.handle_key(input) {
            NotesKey::Edited => Outcome::Handled,
            NotesKey::Cancelled => {
                self.notes = None;
                Outcome::Handled
            }
            NotesKey::Save(request) => Outcome::Request(request),
        }
    }

    /// Moves between weeks, or scrolls the face.
    pub fn handle(
        &mut self,
        command: Command,
        strategy: bool,
        page: u16,
    ) -> Outcome<ReportsRequest> {
        let Some(start) = self.week_start else {
            return Outcome::Ignored;
        };
        let target = match command {
            Command::PrevPeriod => start - Duration::days(7),
            Command::NextPeriod => start + Duration::days(7),
            Command::ThisPeriod => self.current_week.unwrap_or(start),
            Command::ExportReport => return Outcome::Request(ReportsRequest::ExportReport),
            Command::WeekNotes => return Outcome::Request(ReportsRequest::ReadWeekNotes(start)),
            Command::RecordFollowers => {
                return Outcome::Request(ReportsRequest::ReadFollowerChannels);
            }
            Command::ToggleFormulas => {
                self.formulas = !self.formulas;
                return Outcome::Handled;
            }
            _ if strategy => return self.strategy.handle(command, page),
            _ => {
                let mut face: StrategyFace<()> = StrategyFace {
                    scroll: self.scroll,
                    ..StrategyFace::default()
                };
                let outcome = face.handle(command, page);
                self.scroll = face.scroll;
                return outcome;
            }
        };
        self.week_start = Some(target);
        self.report = None;
        self.invalidate();
        Outcome::NeedPeriod
    }

    /// Marks the report as out of date; it stays on screen until the next one arrives.
    pub fn invalidate(&mut self) {
        self.fresh.invalidate();
    }

    /// Whether the report shown (if any) is out of date or missing.
    pub fn needs_report(&self) -> bool {
        self.fresh.is_stale()
    }

    /// Shows a report gathered for the current generation, gathered once into the sections the
    /// view draws (times in `clock`'s zone, words in the pane's language), so that no frame
    /// rebuilds them.
    pub fn show(&mut self, report: Box<Report>, clock: &Clock) {
        self.sections = crate::report::sections_in(&report, clock, self.lang);
        self.report = Some(report);
        self.fresh.mark_shown();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_and_next_move_a_week_and_this_period_comes_back() {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut pane = ReportsPane {
            week_start: Some(monday),
            current_week: Some(monday),
            ..Default::default()
        };
        assert_eq!(
            pane.handle(Command::PrevPeriod, false, 10),
            Outcome::NeedPeriod
        );
        assert_eq!(pane.week_start, NaiveDate::from_ymd_opt(2026, 11, 16));
        pane.handle(Command::NextPeriod, false, 10);
        pane.handle(Command::NextPeriod, false, 10);
        assert_eq!(pane.week_start, NaiveDate::from_ymd_opt(2026, 11, 30));
        pane.handle(Command::ThisPeriod, false, 10);
        assert_eq!(pane.week_start, Some(monday));
    }

    #[test]
    fn the_follower_count_form_opens_on_the_channels_received_and_closes_once_saved() {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut pane = ReportsPane {
            week_start: Some(monday),
            ..Default::default()
        };
        assert_eq!(
            pane.handle(Command::RecordFollowers, false, 10),
            Outcome::Request(ReportsRequest::ReadFollowerChannels)
        );
        pane.receive(ReportsData::FollowerChannels {
            channels: vec![(3, "IG @mimarca".into())],
            today: monday,
        });
        assert_eq!(pane.layer(), Layer::Form);
        let form = pane.followers_form().unwrap();
        assert_eq!(form.choice_label("channel"), "IG @mimarca");
        assert_eq!(form.text("date"), "2026-11-23");
        pane.receive(ReportsData::Refused(vec![(
            "channel",
            "there is no channel #3".into(),
        )]));
        let field = &pane.followers_form().unwrap().fields[0];
        assert_eq!(field.error.as_deref(), Some("there is no channel #3"));
        pane.receive(ReportsData::Saved);
        assert!(pane.followers_form().is_none());
        assert_eq!(pane.layer(), Layer::List);
    }
}
