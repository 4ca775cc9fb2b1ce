//! The form of a follower count: a channel in use, the day (today unless changed) and the count,
//! checked into a request to record it; what is wrong is shown under its field.

use super::ReportsRequest;
use crate::domain::audience::{check_day_in, parse_followers_in};
use crate::domain::post::parse_date_in;
use crate::i18n::Lang;
use crate::keymap::Input;
use crate::panes::form::{Form, FormAction, FormField};
use chrono::NaiveDate;

/// The open follower-count form and the day it was opened on.
#[derive(Debug, Clone)]
pub struct FollowersForm {
    /// Today, the latest day a count may be recorded for.
    today: NaiveDate,
    /// The language of its labels and of what it refuses.
    lang: Lang,
    /// Its fields.
    form: Form,
}

/// What a key did to the follower-count form.
#[derive(Debug, Clone, PartialEq)]
pub enum FollowersKey {
    /// Typed, moved, or refused with the mistakes under their fields; the form stays open.
    Edited,
    /// The form is to close unsaved.
    Cancelled,
    /// The form asks for this count to be recorded.
    Save(ReportsRequest),
}

impl FollowersForm {
    /// The form over the channels in use (id and label), on the first of them, dated `today`,
    /// in English (the tests' form).
    #[cfg(test)]
    pub fn new(channels: &[(i64, String)], today: NaiveDate) -> FollowersForm {
        FollowersForm::new_in(channels, today, Lang::En)
    }

    /// The form over the channels in use (id and label), on the first of them, dated `today`,
    /// in `lang`.
    pub fn new_in(channels: &[(i64, String)], today: NaiveDate, lang: Lang) -> FollowersForm {
        let options = channels
            .iter()
            .map(|(id, label)| (Some(*id), crate::text::sanitize_line(label)))
            .collect();
        let first = channels.first().map(|(id, _)| *id);
        FollowersForm {
            today,
            lang,
            form: Form::new(
                lang.text("report-followers-form-title"),
                vec![
                    FormField::choice(
                        "channel",
                        lang.text("report-followers-field-channel"),
                        options,
                        first,
                    ),
                    FormField::text(
                        "date",
                        lang.text("report-followers-field-date"),
                        today.format("%Y-%m-%d").to_string(),
                    ),
                    FormField::text(
                        "followers",
                        lang.text("report-followers-field-followers"),
                        "",
                    ),
                ],
            ),
        }
    }

    /// The form's fields.
    pub fn form(&self) -> &Form {
        &self.form
    }

    /// Shows mistakes the app found under their fields.
    pub fn set_errors(&mut self, errors: &[(&'static str, String)]) {
        self.form.set_errors(errors);
    }

    /// Applies a key; a save checks the fields and asks to record the count, or shows what is
    /// wrong under each field.
    pub fn handle_key(&mut self, input: Input) -> FollowersKey {
        match self.form.handle_key(input) {
            FormAction::Edited => FollowersKey::Edited,
            FormAction::Cancel => FollowersKey::Cancelled,
            FormAction::Save => match self.read() {
                Ok(request) => FollowersKey::Save(request),
                Err(errors) => {
                    self.form.set_errors(&errors);
                    FollowersKey::Edited
                }
            },
        }
    }

    /// The typed values as a request, or every mistake by field.
    fn read(&self) -> Result<ReportsRequest, Vec<(&'static str, String)>> {
        let lang = self.lang;
        let mut errors = Vec::new();
        let channel = self.form.choice("channel");
        if channel.is_none() {
            errors.push(("channel", lang.text("report-followers-choose-channel")));
        }
        let on = parse_date_in(lang, &self.form.text("date"))
            .and_then(|on| check_day_in(lang, on, self.today))
            .map_err(|message| errors.push(("date", message)))
            .ok();
        let followers = parse_followers_in(lang, &self.form.text("followers"))
            .map_err(|message| errors.push(("followers", message)))
            .ok();
        match (channel, on, followers) {
            (Some(channel), Some(on), Some(followers)) => Ok(ReportsRequest::RecordFollowers {
                channel,
                on,
                followers,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::Command;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    fn form() -> FollowersForm {
        FollowersForm::new(
            &[(4, "IG @mimarca".into()), (9, "X @mimarca".into())],
            today(),
        )
    }

    fn key(command: Option<Command>, code: KeyCode) -> Input {
        Input {
            key: KeyEvent::new(code, KeyModifiers::NONE),
            command,
        }
    }

    fn type_text(form: &mut FollowersForm, text: &str) {
        for c in text.chars() {
            form.handle_key(key(None, KeyCode::Char(c)));
        }
    }

    fn save(form: &mut FollowersForm) -> FollowersKey {
        form.handle_key(key(Some(Command::Save), KeyCode::Char('s')))
    }

    #[test]
    fn the_form_starts_on_the_first_channel_today_and_reads_back_the_typed_count() {
        let mut form = form();
        assert_eq!(form.form().choice("channel"), Some(4));
        assert_eq!(form.form().text("date"), "2026-12-02");
        assert_eq!(form.form().text("followers"), "");
        form.handle_key(key(Some(Command::ChooseNext), KeyCode::Right));
        form.handle_key(key(Some(Command::NextField), KeyCode::Tab));
        form.handle_key(key(Some(Command::NextField), KeyCode::Tab));
        type_text(&mut form, "1.250");
        assert_eq!(
            save(&mut form),
            FollowersKey::Save(ReportsRequest::RecordFollowers {
                channel: 9,
                on: today(),
                followers: 1_250,
            })
        );
    }

    #[test]
    fn a_future_day_and_a_count_that_is_not_a_number_stay_under_their_fields() {
        let mut form = form();
        form.handle_key(key(Some(Command::NextField), KeyCode::Tab));
        for _ in 0..10 {
            form.handle_key(key(None, KeyCode::Backspace));
        }
        type_text(&mut form, "2026-12-03");
        form.handle_key(key(Some(Command::NextField), KeyCode::Tab));
        type_text(&mut form, "mil");
        assert_eq!(save(&mut form), FollowersKey::Edited);
        let error = |key: &str| {
            form.form()
                .fields
                .iter()
                .find(|f| f.key == key)
                .and_then(|f| f.error.clone())
        };
        assert!(error("date").unwrap().contains("in the future"));
        assert!(error("followers").unwrap().contains("not a follower count"));
        assert_eq!(error("channel"), None);
        assert_eq!(form.form().focus, 1, "the first field in error is focused");
    }
}
