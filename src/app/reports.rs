//! The Reports pane's requests: writing the week's report as Markdown into the report folder,
//! reading and storing the week's small victories and notes, and recording a channel's follower
//! count (each change in one transaction, the follower count undoable).

use super::App;
use super::undo::{Undo, UndoAction};
use crate::db::DbError;
use crate::domain::week::iso_week_label;
use crate::i18n::Arg;
use crate::keymap::Input;
use crate::panes::reports::ReportsData;
use crate::panes::{ReportsRequest, Request};
use chrono::NaiveDate;

impl App {
    /// Carries out a request of the Reports pane; a failure becomes a message.
    pub(super) fn perform_reports(&mut self, request: ReportsRequest) {
        self.panes.reports.set_lang(self.lang);
        let result = match request {
            ReportsRequest::ExportReport => self.export_report(),
            ReportsRequest::ReadWeekNotes(first) => self.read_week_notes(first),
            ReportsRequest::SaveWeekNotes {
                first,
                victories,
                notes,
            } => {
                self.save_week_notes(first, &victories, &notes);
                Ok(())
            }
            ReportsRequest::ReadFollowerChannels => self.read_follower_channels(),
            ReportsRequest::RecordFollowers {
                channel,
                on,
                followers,
            } => {
                self.record_followers(channel, on, followers);
                Ok(())
            }
        };
        if let Err(error) = result {
            self.message = Some(self.nothing_written(&error));
        }
    }

    /// "Nothing was written", with why in the app's language.
    fn nothing_written(&self, error: &DbError) -> String {
        let error = error.message(self.lang);
        self.lang
            .text_with("report-nothing-written", &[("error", Arg::Text(&error))])
    }

    /// "Nothing was changed", with why in the app's language.
    fn nothing_changed(&self, error: &DbError) -> String {
        let error = error.message(self.lang);
        self.lang
            .text_with("report-nothing-changed", &[("error", Arg::Text(&error))])
    }

    fn export_report(&mut self) -> Result<(), DbError> {
        let lang = self.lang;
        let pane = &self.panes.reports;
        let Some(report) = pane.report().filter(|_| !pane.needs_report()) else {
            self.message = Some(lang.text("report-still-gathering"));
            return Ok(());
        };
        let Some(dir) = self.reports_dir.clone() else {
            self.message = Some(lang.text("report-no-folder"));
            return Ok(());
        };
        let file = dir.join(crate::domain::week::report_file_name(
            report.first,
            report.last,
        ));
        let shown = file.display().to_string();
        self.message = Some(
            match crate::report_files::write_report_in(report, &self.clock, &file, lang) {
                Ok(written) => match &written.charts {
                    Some(folder) => {
                        let folder = folder
                            .file_name()
                            .map(|name| name.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        let charts = crate::i18n::count(lang, written.chart_count as i64);
                        lang.text_with(
                            "report-written-with-charts",
                            &[
                                ("file", Arg::Text(&shown)),
                                ("charts", Arg::Text(&charts)),
                                ("count", Arg::Count(written.chart_count as i64)),
                                ("folder", Arg::Text(&folder)),
                            ],
                        )
                    }
                    None => lang.text_with("report-written", &[("file", Arg::Text(&shown))]),
                },
                Err(error) => lang.text_with("report-not-written", &[("error", Arg::Text(&error))]),
            },
        );
        Ok(())
    }

    fn read_week_notes(&mut self, first: NaiveDate) -> Result<(), DbError> {
        let (victories, notes) = self.db.week_note(&iso_week_label(first))?;
        self.panes.reports.receive(ReportsData::WeekNotes {
            first,
            victories,
            notes,
        });
        Ok(())
    }

    fn save_week_notes(&mut self, first: NaiveDate, victories: &str, notes: &str) {
        let week = iso_week_label(first);
        let before = match self.db.week_note(&week) {
            Ok(before) => before,
            Err(error) => {
                self.message = Some(self.nothing_written(&error));
                return;
            }
        };
        let shown_week = crate::report::week_label(self.lang, &week);
        match self.db.save_week_note(&week, victories, notes) {
            Ok(()) => {
                self.record(super::Undo {
                    label: self
                        .lang
                        .text_with("report-undo-notes", &[("week", Arg::Text(&shown_week))]),
                    action: super::UndoAction::WeekNote {
                        week: week.clone(),
                        victories: before.0,
                        notes: before.1,
                    },
                });
                self.panes.reports.receive(ReportsData::Saved);
                let saved = self
                    .lang
                    .text_with("report-notes-saved", &[("week", Arg::Text(&shown_week))]);
                self.message = Some(format!("{saved}{}", self.undoes()));
                self.data_changed();
            }
            Err(error) => self.message = Some(self.nothing_changed(&error)),
        }
    }

    fn read_follower_channels(&mut self) -> Result<(), DbError> {
        let channels: Vec<(i64, String)> = self
            .db
            .channels()?
            .into_iter()
            .map(|channel| (channel.id, channel.label()))
            .collect();
        if channels.is_empty() {
            self.message = Some(self.lang.text("report-no-channels"));
            return Ok(());
        }
        self.panes.reports.receive(ReportsData::FollowerChannels {
            channels,
            today: self.clock.today(),
        });
        Ok(())
    }

    fn record_followers(&mut self, channel: i64, on: NaiveDate, followers: u64) {
        let label = match self.db.channels() {
            Ok(channels) => channels
                .iter()
                .find(|c| c.id == channel)
                .map(|c| crate::text::sanitize_line(&c.label()))
                .unwrap_or_else(|| {
                    self.lang.text_with(
                        "report-channel-number",
                        &[("id", Arg::Text(&channel.to_string()))],
                    )
                }),
            Err(error) => {
                self.message = Some(self.nothing_changed(&error));
                return;
            }
        };
        match self.db.record_followers(channel, on, followers) {
            Ok(before) => {
                let lang = self.lang;
                let number = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
                let count = |n: u64| crate::i18n::count(lang, number(n));
                let day = on.format("%Y-%m-%d").to_string();
                let replaced = match before {
                    Some(earlier) if earlier != followers => format!(
                        " {}",
                        lang.text_with(
                            "report-followers-replaces",
                            &[("followers", Arg::Text(&count(earlier)))],
                        )
                    ),
                    _ => String::new(),
                };
                let recorded = lang.text_with(
                    "report-followers-recorded",
                    &[
                        ("followers", Arg::Text(&count(followers))),
                        ("count", Arg::Count(number(followers))),
                        ("channel", Arg::Text(&label)),
                        ("day", Arg::Text(&day)),
                    ],
                );
                self.message = Some(format!("{recorded}{replaced}{}", self.undoes()));
                self.record(Undo {
                    label: lang.text_with(
                        "report-undo-followers",
                        &[("channel", Arg::Text(&label)), ("day", Arg::Text(&day))],
                    ),
                    action: UndoAction::Followers {
                        channel,
                        on,
                        before,
                    },
                });
                self.panes.reports.receive(ReportsData::Saved);
                self.data_changed();
            }
            Err(DbError::Refused(why)) => {
                self.panes.reports.receive(ReportsData::Refused(vec![(
                    "channel",
                    why.message(self.lang),
                )]));
            }
            Err(error) => self.message = Some(self.nothing_changed(&error)),
        }
    }

    /// Sends a key to the open notes or follower-count form, and carries out what it asks.
    pub(super) fn week_notes_key(&mut self, input: Input) {
        let outcome = self.panes.reports.form_key(input);
        self.after(outcome.map(Request::Reports));
    }
}
