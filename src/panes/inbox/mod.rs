//! The Inbox pane: the queue in its views and order, the rows marked for a bulk action, the
//! reply editor, the saved-replies library and the small forms; keys become requests.

mod request;
pub use request::InboxRequest;

mod forms;
pub mod reply;

pub use forms::{InboxForm, InboxFormOutcome, InboxFormPurpose, SnoozeChoice};
mod reply_view;
mod view;
pub use view::InboxPaneView;

use super::list::ListPane;
use super::{Outcome, StrategyFace};
use crate::analytics::response::ServiceLevel;
use crate::command::Command;
use crate::db::inbox_actions::SavedReply;
use crate::domain::inbox::{InboxView, MessageChange, MessageFilter};
use crate::domain::rows::MessageRow;
use crate::domain::strategy::InboxStrategy;
use crate::domain::{MessageStatus, Priority, Sentiment};
use crate::keymap::Layer;
use chrono::{DateTime, Utc};
use reply::ReplyEditor;
use std::collections::BTreeSet;

/// The saved replies library, open over the queue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    /// The saved replies, by name.
    pub replies: Vec<SavedReply>,
    /// The highlighted one.
    pub selected: usize,
}

/// The Inbox pane.
#[derive(Debug, Clone, Default)]
pub struct InboxPane {
    /// The messages of the current view.
    pub queue: ListPane<MessageRow>,
    /// Which messages are listed.
    pub view: InboxView,
    /// Newest first instead of oldest first.
    pub newest_first: bool,
    /// The channel / sentiment / person filter.
    pub filter: MessageFilter,
    /// The filter, described for the title.
    pub filter_label: String,
    /// Messages marked for a bulk action.
    pub marked: BTreeSet<i64>,
    /// The open form.
    pub form: Option<InboxForm>,
    /// The reply being written.
    pub reply: Option<ReplyEditor>,
    /// The saved replies library, when open.
    pub library: Option<Library>,
    /// Replies recorded for the message open in detail.
    pub detail_replies: Vec<(DateTime<Utc>, String)>,
    /// Response-time target, tone and escalation.
    pub strategy: StrategyFace<InboxStrategy>,
    /// How many rows fit on screen.
    pub page_height: usize,
    /// The response-time target and business hours messages are measured against.
    pub service: ServiceLevel,
}

fn next_priority(priority: Priority) -> Priority {
    match priority {
        Priority::Low => Priority::Normal,
        Priority::Normal => Priority::High,
        Priority::High => Priority::Urgent,
        Priority::Urgent => Priority::Low,
    }
}

fn next_sentiment(sentiment: Option<Sentiment>) -> Sentiment {
    match sentiment {
        Some(Sentiment::Positive) => Sentiment::Neutral,
        Some(Sentiment::Neutral) => Sentiment::Negative,
        Some(Sentiment::Negative) | None => Sentiment::Positive,
    }
}

impl InboxPane {
    /// The modal layer of the pane: the reply editor (or its saved-reply search), a form, the
    /// filter being typed, or the queue.
    pub fn layer(&self) -> Layer {
        match (&self.reply, &self.form) {
            (Some(reply), _) => reply.layer(),
            (None, Some(_)) => Layer::Form,
            (None, None) if self.queue.is_typing() => Layer::Filter,
            (None, None) => Layer::List,
        }
    }

    /// The messages an action applies to: the marked ones, or else the selected one.
    pub fn targets(&self) -> Vec<i64> {
        if self.marked.is_empty() {
            self.queue
                .selected_row()
                .map(|row| vec![row.id])
                .unwrap_or_default()
        } else {
            self.marked.iter().copied().collect()
        }
    }

    fn restart(&mut self) {
        self.queue = ListPane::default();
        self.queue.set_height(self.page_height);
        self.marked.clear();
    }

    /// Forgets loaded rows so they are read again (marks stay: the same messages are meant).
    pub fn invalidate(&mut self) {
        self.queue.invalidate();
        self.strategy.invalidate();
    }

    fn change(
        &self,
        change: impl Fn(&MessageRow) -> MessageChange,
        label: &'static str,
    ) -> Outcome<InboxRequest> {
        let Some(row) = self.queue.selected_row() else {
            return Outcome::Message("Select a message first.");
        };
        Outcome::Request(InboxRequest::ChangeMessages {
            ids: self.targets(),
            change: change(row),
            label,
        })
    }

    /// Handles the inbox's commands in its execution face.
    pub fn handle(&mut self, command: Command) -> Outcome<InboxRequest> {
        if let Some(library) = self.library.as_mut() {
            let selected = library.replies.get(library.selected).cloned();
            match command {
                Command::Down => {
                    library.selected =
                        (library.selected + 1).min(library.replies.len().saturating_sub(1))
                }
                Command::Up => library.selected = library.selected.saturating_sub(1),
                Command::Back | Command::SavedReplies => self.library = None,
                Command::New => self.form = Some(InboxForm::saved_reply(None)),
                Command::Edit | Command::Open => {
                    if let Some(reply) = selected {
                        self.form = Some(InboxForm::saved_reply(Some(&reply)));
                    }
                }
                Command::Delete => {
                    if let Some(reply) = selected {
                        return Outcome::Confirm(
                            format!("Delete the saved reply “{}”?", reply.name),
                            InboxRequest::DeleteSavedReply(reply.id),
                        );
                    }
                }
                _ => return Outcome::Ignored,
            }
            return Outcome::Handled;
        }
        match command {
            Command::Reply => match self.queue.selected_row() {
                Some(row) => return Outcome::Request(InboxRequest::OpenReply(row.id)),
                None => return Outcome::Message("Select a message first."),
            },
            Command::MarkDone => {
                return self.change(|_| MessageChange::Status(MessageStatus::Done), "mark done");
            }
            Command::Escalate => {
                return self.change(
                    |_| MessageChange::Status(MessageStatus::Escalated),
                    "escalate",
                );
            }
            Command::CyclePriority => {
                return self.change(
                    |row| MessageChange::Priority(next_priority(row.priority)),
                    "priority",
                );
            }
            Command::CorrectSentiment => {
                return self.change(
                    |row| MessageChange::Sentiment(next_sentiment(row.sentiment)),
                    "sentiment correction",
                );
            }
            Command::Snooze => {
                if self.queue.selected_row().is_none() {
                    return Outcome::Message("Select a message first.");
                }
                self.form = Some(InboxForm::snooze(self.targets()));
            }
            Command::LinkPerson => {
                if self.queue.selected_row().is_none() {
                    return Outcome::Message("Select a message first.");
                }
                return Outcome::Request(InboxRequest::OpenLinkPerson(self.targets()));
            }
            Command::ToggleMark => {
                if let Some(id) = self.queue.selected_row().map(|row| row.id)
                    && !self.marked.remove(&id)
                {
                    self.marked.insert(id);
                }
                self.queue.handle::<InboxRequest>(Command::Down);
            }
            Command::CycleView => {
                self.view = self.view.next();
                self.restart();
            }
            Command::ToggleOrder => {
                self.newest_first = !self.newest_first;
                self.restart();
            }
            Command::FilterMessages => return Outcome::Request(InboxRequest::OpenMessageFilter),
            Command::New => return Outcome::Request(InboxRequest::OpenNewMessage),
            Command::SavedReplies => return Outcome::Request(InboxRequest::OpenLibrary),
            Command::Open => {
                let outcome = self.queue.handle(command);
                if let Some(row) = self.queue.selected_row() {
                    let id = row.id;
                    if row.status == MessageStatus::New {
                        return Outcome::Request(InboxRequest::ChangeMessages {
                            ids: vec![id],
                            change: MessageChange::Status(MessageStatus::Open),
                            label: "open",
                        });
                    }
                    return Outcome::Request(InboxRequest::LoadReplies(id));
                }
                return outcome;
            }
            Command::Back
                if !self.marked.is_empty() && !self.queue.detail && self.queue.filter.is_none() =>
            {
                self.marked.clear()
            }
            _ => return self.queue.handle(command),
        }
        Outcome::Handled
    }

    /// Applies a chosen filter and starts the list again.
    pub fn set_filter(&mut self, filter: MessageFilter, label: String) {
        self.filter = filter;
        self.filter_label = label;
        self.restart();
    }
}

#[cfg(test)]
mod tests;
