//! What the Inbox pane asks of the app: read or change messages, replies and saved replies.

/// Something only the app can do for the pane: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum InboxRequest {
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
        choice: super::SnoozeChoice,
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
}
