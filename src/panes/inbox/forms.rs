//! The inbox's forms: snooze, link to a person, filter, a message typed by hand, a saved reply
//! (a triage rule's form is built in `triage_rules.rs`);
//! each checks its fields and turns them into a request carrying domain values (a snooze's end,
//! a message's arrival time), or shows what is wrong on its fields.

use super::super::form::{Form, FormAction, FormField};
use super::{InboxRequest, LinkTo};
use crate::clock::{Clock, LocalZone};
use crate::domain::inbox::{MessageFilter, SavedReply, Snooze};
use crate::domain::{MessageKind, Role, Sentiment};
use crate::i18n::{Arg, Lang};
use crate::keymap::Input;
use chrono::{DateTime, NaiveDateTime, Utc};

/// What an inbox form is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InboxFormPurpose {
    /// Snoozing these messages.
    Snooze(Vec<i64>),
    /// Linking the sender of these messages to a person.
    LinkPerson(Vec<i64>),
    /// Choosing what the queue shows.
    Filter,
    /// A message typed by hand.
    NewMessage,
    /// A saved reply, new or existing.
    SavedReply(Option<i64>),
    /// A triage rule typed in the Inbox, new or existing.
    TriageRule(Option<i64>),
}

/// An open inbox form.
#[derive(Debug, Clone)]
pub struct InboxForm {
    /// What it is for.
    pub(super) purpose: InboxFormPurpose,
    /// Its fields.
    pub(super) form: Form,
    /// The language its mistakes are written in.
    pub(super) lang: Lang,
}

/// What happened to the form after a key.
#[derive(Debug, Clone, PartialEq)]
pub enum InboxFormOutcome {
    /// Still open (edited, or refused with the reasons on its fields).
    Open,
    /// Closed without saving.
    Closed,
    /// A filter was chosen.
    Filtered(MessageFilter, String),
    /// The app must carry this out.
    Submit(InboxRequest),
}

/// Errors keyed by field, as the form shows them.
type Errors = Vec<(&'static str, String)>;

/// A typed local time, `YYYY-MM-DD HH:MM`, or the sentence in `lang` that says it is not one.
fn local_time(text: &str, lang: Lang) -> Result<NaiveDateTime, String> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
        .map_err(|_| lang.text_with("inbox-not-a-time", &[("text", Arg::Text(text))]))
}

/// A stored value as the forms and lists show it: its stored name in English (the name the
/// config file and the rule form take), its word in Spanish.
pub(super) fn value_word(lang: Lang, stored: &str, word: String) -> String {
    lang.text_with(
        "inbox-value",
        &[("stored", Arg::Text(stored)), ("word", Arg::Text(&word))],
    )
}

fn with_any(items: &[(i64, String)], none: &str) -> Vec<(Option<i64>, String)> {
    std::iter::once((None, none.to_string()))
        .chain(items.iter().map(|(id, name)| (Some(*id), name.clone())))
        .collect()
}

fn enum_options<T: Copy + std::fmt::Display>(
    all: &[T],
    word: impl Fn(T) -> String,
    lang: Lang,
) -> Vec<(Option<i64>, String)> {
    all.iter()
        .enumerate()
        .map(|(i, v)| (Some(i as i64), value_word(lang, &v.to_string(), word(*v))))
        .collect()
}

fn enum_of<T: Copy>(all: &[T], id: Option<i64>) -> Option<T> {
    id.and_then(|i| all.get(usize::try_from(i).ok()?).copied())
}

impl InboxForm {
    /// When to bring the messages back.
    pub fn snooze(ids: Vec<i64>, lang: Lang) -> InboxForm {
        let presets = [
            lang.text("inbox-snooze-in-an-hour"),
            lang.text("inbox-snooze-tomorrow"),
            lang.text("inbox-snooze-next-monday"),
            lang.text("inbox-snooze-at-time"),
        ];
        let options = presets
            .into_iter()
            .enumerate()
            .map(|(i, l)| (Some(i as i64), l))
            .collect();
        let n = ids.len() as i64;
        let title = lang.text_with(
            "inbox-snooze-title",
            &[
                ("count", Arg::Count(n)),
                ("shown", Arg::Text(&crate::i18n::count(lang, n))),
            ],
        );
        let fields = vec![
            FormField::choice("when", lang.text("inbox-snooze-until"), options, Some(0)),
            FormField::text("at", lang.text("inbox-snooze-time"), ""),
        ];
        InboxForm {
            purpose: InboxFormPurpose::Snooze(ids),
            form: Form::new(title, fields),
            lang,
        }
    }

    /// Link to an existing person, or create one named after the sender.
    pub fn link_person(
        ids: Vec<i64>,
        people: &[(i64, String)],
        suggested: Option<i64>,
        author: &str,
        lang: Lang,
    ) -> InboxForm {
        let fields = vec![
            FormField::choice(
                "person",
                lang.text("inbox-link-person"),
                with_any(people, &lang.text("inbox-link-new-person")),
                suggested,
            ),
            FormField::text(
                "name",
                lang.text("inbox-link-name"),
                author.trim_start_matches('@'),
            ),
            FormField::choice(
                "role",
                lang.text("inbox-link-role"),
                enum_options(Role::ALL, |r| r.word(lang), lang),
                Some(2),
            ),
        ];
        InboxForm {
            purpose: InboxFormPurpose::LinkPerson(ids),
            form: Form::new(lang.text("inbox-link-title"), fields),
            lang,
        }
    }

    /// Show only a channel, a sentiment or a person.
    pub fn filter(
        channels: &[(i64, String)],
        people: &[(i64, String)],
        current: &MessageFilter,
        lang: Lang,
    ) -> InboxForm {
        let sentiment = current
            .sentiment
            .and_then(|s| Sentiment::ALL.iter().position(|x| *x == s))
            .map(|i| i as i64);
        let any = lang.text("inbox-filter-any");
        let mut sentiments = vec![(None, any.clone())];
        sentiments.extend(enum_options(Sentiment::ALL, |s| s.word(lang), lang));
        let fields = vec![
            FormField::choice(
                "channel",
                lang.text("inbox-filter-channel"),
                with_any(channels, &any),
                current.channel_id,
            ),
            FormField::choice(
                "sentiment",
                lang.text("inbox-filter-sentiment"),
                sentiments,
                sentiment,
            ),
            FormField::choice(
                "person",
                lang.text("inbox-filter-person"),
                with_any(people, &any),
                current.person_id,
            ),
        ];
        InboxForm {
            purpose: InboxFormPurpose::Filter,
            form: Form::new(lang.text("inbox-filter-title"), fields),
            lang,
        }
    }

    /// A message typed by hand (a phone call, an email forwarded…).
    pub fn new_message(channels: &[(i64, String)], lang: Lang) -> InboxForm {
        let first = channels.first().map(|(id, _)| *id);
        let fields = vec![
            FormField::choice(
                "channel",
                lang.text("inbox-new-channel"),
                channels
                    .iter()
                    .map(|(id, l)| (Some(*id), l.clone()))
                    .collect(),
                first,
            ),
            FormField::choice(
                "kind",
                lang.text("inbox-new-kind"),
                enum_options(MessageKind::ALL, |k| k.word(lang), lang),
                Some(0),
            ),
            FormField::text("author", lang.text("inbox-new-from"), ""),
            FormField::editor("body", lang.text("inbox-new-body"), ""),
            FormField::text("received", lang.text("inbox-new-received"), ""),
        ];
        InboxForm {
            purpose: InboxFormPurpose::NewMessage,
            form: Form::new(lang.text("inbox-new-title"), fields),
            lang,
        }
    }

    /// A saved reply to add or edit.
    pub fn saved_reply(existing: Option<&SavedReply>, lang: Lang) -> InboxForm {
        let fields = vec![
            FormField::text(
                "name",
                lang.text("inbox-saved-reply-name"),
                existing.map_or("", |r| r.name.as_str()),
            ),
            FormField::editor(
                "body",
                lang.text("inbox-saved-reply-body"),
                existing.map_or("", |r| r.body.as_str()),
            ),
        ];
        let title = if existing.is_some() {
            lang.text("inbox-saved-reply-edit-title")
        } else {
            lang.text("inbox-saved-reply-new-title")
        };
        InboxForm {
            purpose: InboxFormPurpose::SavedReply(existing.map(|r| r.id)),
            form: Form::new(title, fields),
            lang,
        }
    }

    /// The fields, for the view and for tests.
    pub fn form(&self) -> &Form {
        &self.form
    }

    /// Shows why the database refused the form.
    pub fn set_errors(&mut self, errors: &[(&'static str, String)]) {
        self.form.set_errors(errors);
    }

    /// Applies a key and says what the app must do; a save that does not check out stays open
    /// with the reasons on the fields. `clock` reads typed times; `library` holds the saved
    /// replies whose names a saved reply must not take.
    pub fn handle_key(
        &mut self,
        input: Input,
        clock: &Clock,
        library: &[SavedReply],
    ) -> InboxFormOutcome {
        match self.form.handle_key(input) {
            FormAction::Cancel => InboxFormOutcome::Closed,
            FormAction::Edited => InboxFormOutcome::Open,
            FormAction::Save => match self.submit(clock, library) {
                Ok(outcome) => outcome,
                Err(errors) => {
                    self.form.set_errors(&errors);
                    InboxFormOutcome::Open
                }
            },
        }
    }

    fn submit(&self, clock: &Clock, library: &[SavedReply]) -> Result<InboxFormOutcome, Errors> {
        let form = &self.form;
        let lang = self.lang;
        let request = match &self.purpose {
            InboxFormPurpose::Snooze(ids) => InboxRequest::SnoozeMessages {
                ids: ids.clone(),
                until: self.snooze_until(clock)?,
            },
            InboxFormPurpose::LinkPerson(ids) => {
                let to = match form.choice("person") {
                    Some(person) => LinkTo::Person(person),
                    None => {
                        let name = form.text("name").trim().to_string();
                        if name.is_empty() {
                            return Err(vec![("name", lang.text("inbox-link-name-missing"))]);
                        }
                        let role =
                            enum_of(Role::ALL, form.choice("role")).unwrap_or(Role::Customer);
                        LinkTo::NewPerson { name, role }
                    }
                };
                InboxRequest::LinkPerson {
                    ids: ids.clone(),
                    to,
                }
            }
            InboxFormPurpose::Filter => {
                let filter = MessageFilter {
                    channel_id: form.choice("channel"),
                    sentiment: enum_of(Sentiment::ALL, form.choice("sentiment")),
                    person_id: form.choice("person"),
                };
                let label = ["channel", "sentiment", "person"]
                    .iter()
                    .filter(|key| form.choice(key).is_some())
                    .map(|key| form.choice_label(key))
                    .collect::<Vec<_>>()
                    .join(" · ");
                return Ok(InboxFormOutcome::Filtered(filter, label));
            }
            InboxFormPurpose::NewMessage => self.typed_message(clock)?,
            InboxFormPurpose::TriageRule(id) => InboxRequest::SaveTriageRule {
                id: *id,
                rule: super::triage_rules::read(form, lang)?,
            },
            InboxFormPurpose::SavedReply(id) => {
                let (name, body) = (form.text("name"), form.text("body"));
                let mut errors = Vec::new();
                if name.trim().is_empty() {
                    errors.push(("name", lang.text("inbox-saved-reply-name-missing")));
                }
                if body.trim().is_empty() {
                    errors.push(("body", lang.text("inbox-saved-reply-body-missing")));
                }
                if SavedReply::name_taken(library, &name, *id) {
                    errors.push(("name", lang.text("inbox-saved-reply-name-taken")));
                }
                if !errors.is_empty() {
                    return Err(errors);
                }
                InboxRequest::SaveSavedReply {
                    id: *id,
                    name: name.trim().to_string(),
                    body: body.trim_end().to_string(),
                }
            }
        };
        Ok(InboxFormOutcome::Submit(request))
    }

    /// When the snooze chosen ends; a typed time must be one, and still to come.
    fn snooze_until(&self, clock: &Clock) -> Result<DateTime<Utc>, Errors> {
        let snooze = match self.form.choice("when") {
            Some(0) => Snooze::OneHour,
            Some(1) => Snooze::TomorrowNine,
            Some(2) => Snooze::NextMondayNine,
            _ => Snooze::At(
                local_time(self.form.text("at").trim(), self.lang).map_err(|e| vec![("at", e)])?,
            ),
        };
        let until = snooze.until(clock);
        if matches!(snooze, Snooze::At(_)) && until <= clock.now {
            return Err(vec![("at", self.lang.text("inbox-snooze-passed"))]);
        }
        Ok(until)
    }

    /// A message typed by hand: a channel, a sender, a text and, if typed, a valid time.
    fn typed_message(&self, clock: &Clock) -> Result<InboxRequest, Errors> {
        let form = &self.form;
        let lang = self.lang;
        let (channel_id, author, body) = (
            form.choice("channel"),
            form.text("author"),
            form.text("body"),
        );
        let mut errors = Vec::new();
        if channel_id.is_none() {
            errors.push(("channel", lang.text("inbox-new-channel-missing")));
        }
        if author.trim().is_empty() {
            errors.push(("author", lang.text("inbox-new-from-missing")));
        }
        if body.trim().is_empty() {
            errors.push(("body", lang.text("inbox-new-body-missing")));
        }
        let received_at = match form.text("received").trim() {
            "" => Some(clock.now),
            text => match local_time(text, lang) {
                Ok(local) => Some(clock.to_utc(local)),
                Err(error) => {
                    errors.push(("received", error));
                    None
                }
            },
        };
        match (channel_id, received_at) {
            (Some(channel_id), Some(received_at)) if errors.is_empty() => {
                Ok(InboxRequest::AddMessage {
                    channel_id,
                    kind: enum_of(MessageKind::ALL, form.choice("kind")).unwrap_or(MessageKind::Dm),
                    author: author.trim().to_string(),
                    body: body.trim().to_string(),
                    received_at,
                })
            }
            _ => Err(errors),
        }
    }
}
