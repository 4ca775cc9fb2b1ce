//! The saved replies library open over the queue: moving through it, and the keys that add,
//! edit or delete a reply.

use super::{InboxForm, InboxRequest, Outcome};
use crate::command::Command;
use crate::domain::inbox::SavedReply;
use crate::i18n::{Arg, Lang};

/// The saved replies library, open over the queue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    /// The saved replies, by name.
    pub(super) replies: Vec<SavedReply>,
    /// The highlighted one.
    pub(super) selected: usize,
}

/// What a key did in the library.
pub(super) enum LibraryKey {
    /// Acted on it, or not a key of the library.
    Outcome(Outcome<InboxRequest>),
    /// Close the library.
    Close,
    /// Open this form over it.
    Form(InboxForm),
}

impl Library {
    /// The library showing `replies`, the first one highlighted.
    pub fn new(replies: Vec<SavedReply>) -> Library {
        Library {
            replies,
            selected: 0,
        }
    }

    /// The saved replies, by name.
    pub fn replies(&self) -> &[SavedReply] {
        &self.replies
    }

    /// Applies a command: move, close, add, edit or (after a question in `lang`) delete.
    pub(super) fn handle(&mut self, command: Command, lang: Lang) -> LibraryKey {
        let selected = self.replies.get(self.selected).cloned();
        match command {
            Command::Down => {
                self.selected = (self.selected + 1).min(self.replies.len().saturating_sub(1))
            }
            Command::Up => self.selected = self.selected.saturating_sub(1),
            Command::Back | Command::SavedReplies => return LibraryKey::Close,
            Command::New => return LibraryKey::Form(InboxForm::saved_reply(None, lang)),
            Command::Edit | Command::Open => {
                if let Some(reply) = selected {
                    return LibraryKey::Form(InboxForm::saved_reply(Some(&reply), lang));
                }
            }
            Command::Delete => {
                if let Some(reply) = selected {
                    return LibraryKey::Outcome(Outcome::Confirm(
                        lang.text_with(
                            "inbox-library-delete-question",
                            &[("name", Arg::Text(&reply.name))],
                        ),
                        InboxRequest::DeleteSavedReply(reply.id),
                    ));
                }
            }
            _ => return LibraryKey::Outcome(Outcome::Ignored),
        }
        LibraryKey::Outcome(Outcome::Handled)
    }
}
