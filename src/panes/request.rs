//! Every request a pane can make of the app: read or change the database, or use the clock.

use crate::domain::post::PostDraft;

/// Something only the app can do: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Open the post form for a new post.
    OpenComposer,
    /// Open the post form on this post.
    OpenEditor(i64),
    /// Open the metrics form of this post.
    OpenMetrics(i64),
    /// Open the calendar's filter form.
    OpenPostFilter,
    /// Check and save the post form (a new post when `editing` is none).
    SaveDraft {
        /// The post being edited.
        editing: Option<i64>,
        /// The form's values.
        draft: Box<PostDraft>,
    },
    /// Move a post by days and hours of local time.
    MovePost {
        /// The post.
        id: i64,
        /// Days to add (negative: earlier).
        days: i64,
        /// Hours to add.
        hours: i64,
    },
    /// Copy a post as a new draft.
    DuplicatePost(i64),
    /// Cancel a post.
    CancelPost(i64),
    /// Delete a post.
    DeletePost(i64),
    /// Mark a post published at a typed time (empty: now) with its URL.
    PublishPost {
        /// The post.
        id: i64,
        /// Typed date.
        date: String,
        /// Typed time.
        time: String,
        /// Typed URL.
        url: String,
    },
    /// Record typed metrics for a post.
    SaveMetrics {
        /// The post.
        id: i64,
        /// Field name and typed value.
        values: Vec<(&'static str, String)>,
    },
    /// Put a post in its channel's next free posting slot.
    AddToQueue(i64),
    /// Fill the empty slots of the next two weeks with evergreen posts.
    RefillEvergreen,
    /// Compute the best-time heat map.
    LoadHeatmap,
    /// Apply one change to these messages.
    ChangeMessages {
        /// The messages.
        ids: Vec<i64>,
        /// The change.
        change: crate::domain::inbox::MessageChange,
        /// What it is called in messages and undo.
        label: &'static str,
    },
    /// Open the reply editor on this message.
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
        choice: super::inbox::SnoozeChoice,
    },
    /// Open the link-to-person form for these messages.
    OpenLinkPerson(Vec<i64>),
    /// Link the senders to a person, or to a new one.
    LinkPerson {
        /// The messages.
        ids: Vec<i64>,
        /// The existing person; none for a new one.
        person: Option<i64>,
        /// The new person's name.
        name: String,
        /// The new person's role.
        role: crate::domain::Role,
    },
    /// Open the inbox's filter form.
    OpenMessageFilter,
    /// Open the form for a message typed by hand.
    OpenNewMessage,
    /// Check and store a message typed by hand.
    AddMessage {
        /// The channel.
        channel_id: Option<i64>,
        /// DM, comment…
        kind: crate::domain::MessageKind,
        /// The sender.
        author: String,
        /// The text.
        body: String,
        /// When it arrived, as typed (empty: now).
        received: String,
    },
    /// Open the saved replies library.
    OpenLibrary,
    /// Check and store a saved reply.
    SaveSavedReply {
        /// The reply edited; none for a new one.
        id: Option<i64>,
        /// Its name.
        name: String,
        /// Its text.
        body: String,
    },
    /// Delete a saved reply.
    DeleteSavedReply(i64),
    /// Read the replies recorded for the message opened.
    LoadReplies(i64),
    /// Apply one triage change to these mentions.
    ChangeMentions {
        /// The mentions.
        ids: Vec<i64>,
        /// The change.
        change: crate::domain::mentions::MentionChange,
        /// What it is called in messages and undo.
        label: &'static str,
    },
    /// Turn a mention into an inbox item, to answer it.
    MentionToInbox(i64),
    /// Turn a mention into a post idea that keeps its source link.
    MentionToIdea(i64),
    /// Open the link-to-person form for a mention's author.
    OpenMentionPerson(i64),
    /// Link a mention's author to a person, or add them as a new one.
    MentionPerson {
        /// The mention.
        id: i64,
        /// The existing person; none for a new one.
        person: Option<i64>,
        /// The new person's name.
        name: String,
        /// The new person's role (advocate: a prescriptor candidate; detractor or troll: the watchlist).
        role: crate::domain::Role,
    },
    /// Open the mentions' filter form.
    OpenMentionFilter,
    /// Open the rule form (none: a new rule).
    OpenRuleForm(Option<i64>),
    /// Check and store a listening rule.
    SaveRule {
        /// The rule edited; none for a new one.
        id: Option<i64>,
        /// The typed fields by name.
        fields: Vec<(&'static str, String)>,
        /// Brand, competitor or sector.
        kind: crate::domain::RuleKind,
        /// The alert sensitivity.
        sensitivity: String,
    },
    /// Delete a listening rule.
    DeleteRule(i64),
    /// Open the form for a mention typed by hand.
    OpenNewMention,
    /// Check and store a mention typed by hand.
    AddMention {
        /// The typed fields by name.
        fields: Vec<(&'static str, String)>,
    },
    /// Show only what the filter keeps.
    FilterMentions {
        /// The filter.
        filter: crate::domain::mentions::MentionFilter,
        /// The filter, described.
        label: String,
    },
    /// Open the people filter form.
    OpenPeopleFilter,
    /// Show only what the filter keeps, in its order.
    FilterPeople {
        /// The filter.
        filter: crate::domain::people::PeopleFilter,
    },
    /// Set a person's next follow-up (typed date; empty clears it).
    SetFollowUp {
        /// The person.
        id: i64,
        /// The typed date.
        date: String,
    },
    /// Log an interaction with a person.
    LogInteraction {
        /// The person.
        id: i64,
        /// What it was.
        kind: String,
        /// The typed date.
        date: String,
        /// The note.
        note: String,
        /// The typed next follow-up (empty: unchanged).
        next: String,
    },
    /// Open the merge form for a person.
    OpenMerge(i64),
    /// Merge `removed` into `kept`.
    MergePeople {
        /// The record kept.
        kept: i64,
        /// The record merged into it.
        removed: Option<i64>,
    },
    /// Compute the suggested candidates and watchlist entries.
    OpenSuggestions,
    /// Accept a suggestion: give the person this role.
    AcceptSuggestion {
        /// The person.
        id: i64,
        /// Their new role.
        role: crate::domain::Role,
    },
    /// Write the report of the week shown as Markdown into the report folder.
    ExportReport,
    /// Open the form of the week's small victories and notes.
    OpenWeekNotes,
}
