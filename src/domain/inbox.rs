//! The inbox's vocabulary: which messages a view lists and how they are narrowed and ordered,
//! the changes an action applies (with when a snooze ends), what undo puts back, a new message to
//! store, the saved replies and the holding statements offered beside them.

use super::enums::{MessageKind, MessageStatus, Priority, Sentiment};
use crate::clock::{Clock, LocalZone};
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, NaiveTime, Utc};

/// Which messages the inbox lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InboxView {
    /// What still needs an answer (new, open, escalated, snoozed whose time has come).
    #[default]
    NeedsAnswer,
    /// Everything.
    All,
    /// Sleeping until later.
    Snoozed,
    /// Replied or done.
    Done,
    /// Escalated.
    Escalated,
}

impl InboxView {
    /// Every view, in the order `v` cycles them.
    pub const ALL: [InboxView; 5] = [
        InboxView::NeedsAnswer,
        InboxView::All,
        InboxView::Snoozed,
        InboxView::Done,
        InboxView::Escalated,
    ];

    /// What the view is called on screen, in English.
    pub fn label(self) -> &'static str {
        match self {
            InboxView::NeedsAnswer => "needs an answer",
            InboxView::All => "all messages",
            InboxView::Snoozed => "snoozed",
            InboxView::Done => "replied and done",
            InboxView::Escalated => "escalated",
        }
    }

    /// What the view is called on screen, in `lang` (`needs an answer` / `por responder`).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            InboxView::NeedsAnswer => lang.text("inbox-view-needs-answer"),
            InboxView::All => lang.text("inbox-view-all"),
            InboxView::Snoozed => lang.text("inbox-view-snoozed"),
            InboxView::Done => lang.text("inbox-view-done"),
            InboxView::Escalated => lang.text("inbox-view-escalated"),
        }
    }

    /// The next view in the cycle.
    pub fn next(self) -> InboxView {
        let i = InboxView::ALL.iter().position(|v| *v == self).unwrap_or(0);
        InboxView::ALL[(i + 1) % InboxView::ALL.len()]
    }
}

/// A narrowing of the inbox to one channel, sentiment or person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MessageFilter {
    /// Only this channel.
    pub channel_id: Option<i64>,
    /// Only this sentiment (the corrected one when there is one).
    pub sentiment: Option<Sentiment>,
    /// Only messages linked to this person.
    pub person_id: Option<i64>,
}

/// What the inbox shows: the view, the order and the filter, at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InboxQuery {
    /// Now, to wake snoozed items.
    pub now: DateTime<Utc>,
    /// The view.
    pub view: InboxView,
    /// Newest first instead of oldest first.
    pub newest_first: bool,
    /// The filter.
    pub filter: MessageFilter,
}

impl InboxQuery {
    /// What still needs an answer, oldest first.
    pub fn waiting(now: DateTime<Utc>) -> InboxQuery {
        InboxQuery {
            now,
            view: InboxView::NeedsAnswer,
            newest_first: false,
            filter: MessageFilter::default(),
        }
    }
}

/// The fields of a message an action can change: what undo puts back.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageRecord {
    /// Database id.
    pub id: i64,
    /// Where it stood.
    pub status: MessageStatus,
    /// Until when it slept.
    pub snoozed_until: Option<DateTime<Utc>>,
    /// When it was first answered.
    pub first_response_at: Option<DateTime<Utc>>,
    /// The corrected sentiment.
    pub sentiment: Option<Sentiment>,
    /// Its priority.
    pub priority: Priority,
    /// The person it was linked to.
    pub person_id: Option<i64>,
}

/// A change to apply to one or several inbox items.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageChange {
    /// Set the state (done, open…); snoozing goes through `Snooze`.
    Status(MessageStatus),
    /// Sleep until then.
    Snooze(DateTime<Utc>),
    /// Set the priority.
    Priority(Priority),
    /// Correct the sentiment (the guess stays stored apart).
    Sentiment(Sentiment),
    /// Link the sender to this person.
    Person(i64),
}

/// An inbox item: a DM, comment, reply, review or email.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// The channel it arrived on.
    pub channel_id: i64,
    /// What sort of item it is.
    pub kind: MessageKind,
    /// The network's own id for it (unique per channel).
    pub external_id: Option<String>,
    /// Who wrote it, as shown by the network.
    pub author: String,
    /// The person it is linked to.
    pub person_id: Option<i64>,
    /// The text.
    pub body: String,
    /// When it arrived.
    pub received_at: DateTime<Utc>,
    /// Where it stands.
    pub status: MessageStatus,
    /// Until when it is snoozed.
    pub snoozed_until: Option<DateTime<Utc>>,
    /// When it was first answered.
    pub first_response_at: Option<DateTime<Utc>>,
    /// The automatic sentiment guess.
    pub sentiment_auto: Option<Sentiment>,
    /// The sentiment as corrected by the user.
    pub sentiment: Option<Sentiment>,
    /// How urgent it is.
    pub priority: Priority,
    /// The escalation rule it matched, if any.
    pub rule: Option<String>,
    /// The saved reply a triage rule suggests.
    pub suggested_reply: Option<String>,
}

/// When a snoozed message comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Snooze {
    /// In one hour.
    OneHour,
    /// Tomorrow at 9:00, local time.
    TomorrowNine,
    /// Next Monday at 9:00, local time (a week on when today is Monday).
    NextMondayNine,
    /// At this local time.
    At(NaiveDateTime),
}

impl Snooze {
    /// The instant the snooze ends, read on `clock` (its "now" and its zone).
    pub fn until(self, clock: &Clock) -> DateTime<Utc> {
        let today = clock.today();
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
        match self {
            Snooze::OneHour => clock.now + Duration::hours(1),
            Snooze::TomorrowNine => clock.to_utc((today + Duration::days(1)).and_time(nine)),
            Snooze::NextMondayNine => {
                let days = 7 - i64::from(today.weekday().num_days_from_monday());
                clock.to_utc((today + Duration::days(days)).and_time(nine))
            }
            Snooze::At(local) => clock.to_utc(local),
        }
    }
}

/// A holding statement of the crisis protocol, offered in the reply editor at any time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldingStatement {
    /// The crisis level it is written for (1 to 3).
    pub level: i64,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
    /// Whether a crisis of its level (or higher) is open now.
    pub in_force: bool,
}

/// A named answer with `{name}`, `{channel}`, `{today}` placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedReply {
    /// Database id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Its text.
    pub body: String,
}

impl SavedReply {
    /// Whether another reply than `id` in `replies` already has `name`, accents and case aside.
    pub fn name_taken(replies: &[SavedReply], name: &str, id: Option<i64>) -> bool {
        let name = crate::text::fold(name.trim());
        replies
            .iter()
            .any(|r| crate::text::fold(&r.name) == name && Some(r.id) != id)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn clock() -> Clock {
        Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap())
    }

    #[test]
    fn a_snooze_ends_in_an_hour_tomorrow_or_next_monday_at_nine() {
        let clock = clock();
        let at = |d, h| Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap();
        assert_eq!(Snooze::OneHour.until(&clock), at(23, 11));
        assert_eq!(Snooze::TomorrowNine.until(&clock), at(24, 9));
        assert_eq!(Snooze::NextMondayNine.until(&clock), at(30, 9));
    }

    #[test]
    fn a_saved_reply_name_is_taken_by_another_reply_accents_aside() {
        let replies = [SavedReply {
            id: 1,
            name: "Envío".into(),
            body: "…".into(),
        }];
        assert!(SavedReply::name_taken(&replies, " envio ", None));
        assert!(!SavedReply::name_taken(&replies, "envio", Some(1)));
    }
}
