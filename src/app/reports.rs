//! The Reports pane's requests: writing the week's report as Markdown into the report folder,
//! reading and storing the week's small victories and notes, and recording a channel's follower
//! count (each change in one transaction, the follower count undoable).

use super::App;
use super::undo::{Undo, UndoAction};
use crate::db::DbError;
use crate::domain::week::iso_week_label;
use crate::keymap::Input;
use crate::panes::reports::ReportsData;
use crate::panes::{ReportsRequest, Request};
use chrono::NaiveDate;

impl App {
    /// Carries out a request of the Reports pane; a failure becomes a message.
    pub(super) fn perform_reports(&mut self, request: ReportsRequest) {
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
            self.message = Some(format!("Nothing was written: {error}"));
        }
    }

    fn export_report(&mut self) -> Result<(), DbError> {
        let pane = &self.panes.reports;
        let Some(report) = pane.report().filter(|_| !pane.needs_report()) else {
            self.message = Some("The report is still being gathered; try again.".into());
            return Ok(());
        };
        let Some(dir) = self.reports_dir.clone() else {
            self.message = Some(
                "No report folder is known: set data.reports_dir in the config, or use `cmdeck report --out FILE`."
                    .into(),
            );
            return Ok(());
        };
        let file = dir.join(crate::domain::week::report_file_name(
            report.first,
            report.last,
        ));
        self.message = Some(
            match crate::report_files::write_report(report, &self.clock, &file) {
                Ok(written) => match &written.charts {
                    Some(folder) => format!(
                        "Report written to {} (and its {} charts in {}/)",
                        file.display(),
                        written.chart_count,
                        folder
                            .file_name()
                            .map(|name| name.to_string_lossy().into_owned())
                            .unwrap_or_default()
                    ),
                    None => format!("Report written to {}", file.display()),
                },
                Err(error) => format!("The report was not written: {error}"),
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
                self.message = Some(format!("Nothing was written: {error}"));
                return;
            }
        };
        match self.db.save_week_note(&week, victories, notes) {
            Ok(()) => {
                self.record(super::Undo {
                    label: format!("notes of {week}"),
                    action: super::UndoAction::WeekNote {
                        week: week.clone(),
                        victories: before.0,
                        notes: before.1,
                    },
                });
                self.panes.reports.receive(ReportsData::Saved);
                self.message = Some(format!("Saved the notes of {week}{}", self.undoes()));
                self.data_changed();
            }
            Err(error) => self.message = Some(format!("Nothing was changed: {error}")),
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
            self.message = Some(
                "No channels in use yet: add one with `cmdeck channel add NETWORK HANDLE`.".into(),
            );
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
                .unwrap_or_else(|| format!("channel #{channel}")),
            Err(error) => {
                self.message = Some(format!("Nothing was changed: {error}"));
                return;
            }
        };
        match self.db.record_followers(channel, on, followers) {
            Ok(before) => {
                let count = |n: u64| crate::format::count(i64::try_from(n).unwrap_or(i64::MAX));
                let day = on.format("%Y-%m-%d");
                let replaced = match before {
                    Some(earlier) if earlier != followers => {
                        format!(" (it replaces {})", count(earlier))
                    }
                    _ => String::new(),
                };
                self.message = Some(format!(
                    "Recorded {} followers for {label} on {day}{replaced}{}",
                    count(followers),
                    self.undoes()
                ));
                self.record(Undo {
                    label: format!("the follower count of {label} on {day}"),
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
            Err(error) => self.message = Some(format!("Nothing was changed: {error}")),
        }
    }

    /// Sends a key to the open notes or follower-count form, and carries out what it asks.
    pub(super) fn week_notes_key(&mut self, input: Input) {
        let outcome = self.panes.reports.form_key(input);
        self.after(outcome.map(Request::Reports));
    }
}
