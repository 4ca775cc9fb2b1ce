//! What the Inbox pane asks of the app (read or change messages, replies and saved replies) and
//! what the app hands back to it (`InboxData`, through `InboxPane::receive`).

use super::TriageRuleEntry;
use crate::analytics::triage::TriageRule;
use crate::domain::inbox::{HoldingStatement, MessageChange, SavedReply};
use crate::domain::strategy::InboxStrategy;
use crate::domain::{MessageKind, Role};
use chrono::{DateTime, Utc};

/// Something only the app can do for the pane: read or change the database.
#[derive(Debug, Clone, PartialEq)]
pub enum InboxRequest {
    /// Apply one change to these messages.
    ChangeMessages {
        /// The messages.
        ids: Vec<i64>,
        /// The change.
        change: MessageChange,
        /// What it is called in messages and undo.
        label: String,
    },
    /// Mark a new message open (it was opened; no undo) and read the replies recorded for it.
    MarkOpened(i64),
    /// Read what the reply editor on this message needs: the saved replies and the holding
    /// statements (answered with [`InboxData::ReplyLibrary`]).
    OpenReply(i64),
    /// Record a reply.
    SendReply {
        /// The message answered.
        id: i64,
        /// The reply.
        body: String,
    },
    /// Snooze these messages.
    SnoozeMessages {
        /// The messages.
        ids: Vec<i64>,
        /// Until when.
        until: DateTime<Utc>,
    },
    /// Read what the link-to-person form for these messages needs (answered with
    /// [`InboxData::LinkChoices`]).
    LoadLinkChoices(Vec<i64>),
    /// Link the senders to a person, or to a new one.
    LinkPerson {
        /// The messages.
        ids: Vec<i64>,
        /// Who they are linked to.
        to: LinkTo,
    },
    /// Read the channels and people the filter form offers (answered with
    /// [`InboxData::FilterChoices`]).
    LoadFilterChoices,
    /// Read the channels the form for a message typed by hand offers (answered with
    /// [`InboxData::Channels`]).
    LoadChannels,
    /// Store a message typed by hand (the arrival rules run on it first).
    AddMessage {
        /// The channel.
        channel_id: i64,
        /// DM, comment…
        kind: MessageKind,
        /// The sender, trimmed.
        author: String,
        /// The text, trimmed.
        body: String,
        /// When it arrived.
        received_at: DateTime<Utc>,
    },
    /// Read the saved replies library (answered with [`InboxData::Library`]).
    LoadLibrary,
    /// Store a saved reply; a name another reply has is refused.
    SaveSavedReply {
        /// The reply edited; none for a new one.
        id: Option<i64>,
        /// Its name, trimmed.
        name: String,
        /// Its text, without trailing space.
        body: String,
    },
    /// Delete a saved reply.
    DeleteSavedReply(i64),
    /// Read the replies recorded for the message opened.
    LoadReplies(i64),
    /// Read the triage rule to edit (none: a new rule), for the rule form (answered with
    /// [`InboxData::TriageRuleToEdit`]).
    TriageRuleToEdit(Option<i64>),
    /// Store a checked triage rule, unless another rule (typed or from config) has its name.
    SaveTriageRule {
        /// The rule edited; none for a new one.
        id: Option<i64>,
        /// The rule.
        rule: TriageRule,
    },
    /// Delete a triage rule typed in the Inbox.
    DeleteTriageRule(i64),
}

/// Who the senders of messages are linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTo {
    /// This person.
    Person(i64),
    /// A new person, added to Prescriptors.
    NewPerson {
        /// The name, trimmed and not empty.
        name: String,
        /// The role.
        role: Role,
    },
}

/// What the app hands the pane: data it asked for, or how a change went.
#[derive(Debug, Clone, PartialEq)]
pub enum InboxData {
    /// What the reply editor on a message needs; the pane opens it.
    ReplyLibrary {
        /// The message answered (a row of the queue).
        message_id: i64,
        /// The saved replies, by name.
        replies: Vec<SavedReply>,
        /// Every holding statement of the crisis protocol, offered beside them.
        statements: Vec<HoldingStatement>,
    },
    /// What the link-to-person form needs; the pane opens it.
    LinkChoices {
        /// The messages to link.
        ids: Vec<i64>,
        /// Every person (id, name).
        people: Vec<(i64, String)>,
        /// The person the first sender already is, or whose handle they use.
        suggested: Option<i64>,
        /// The first message's sender.
        author: String,
    },
    /// What the filter form offers; the pane opens it on the filter in force.
    FilterChoices {
        /// Every channel (id, label).
        channels: Vec<(i64, String)>,
        /// Every person (id, name).
        people: Vec<(i64, String)>,
    },
    /// The channels a message typed by hand may come from; the pane opens its form.
    Channels(Vec<(i64, String)>),
    /// The saved replies, by name; the pane opens (or refreshes) the library.
    Library(Vec<SavedReply>),
    /// The replies recorded for the message open in detail (sent time, text).
    Replies(Vec<(DateTime<Utc>, String)>),
    /// The strategy face's figures and texts.
    Strategy(InboxStrategy),
    /// The triage rules in force, in the order they apply (config rules first).
    TriageRules(Vec<TriageRuleEntry>),
    /// The triage rule to edit; the pane opens the rule form on it.
    TriageRuleToEdit {
        /// The rule edited; none for a new one.
        id: Option<i64>,
        /// The rule as stored; none for a new one (or one no longer stored).
        rule: Option<TriageRule>,
    },
    /// A change was stored: the form or reply closes and the marks clear.
    Saved,
    /// The database refused a change: the reasons land on the open form's fields.
    Refused(Vec<(&'static str, String)>),
}
