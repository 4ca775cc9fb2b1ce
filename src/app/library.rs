//! The saved replies library: open it, add or edit a reply (names are unique, accents aside),
//! delete one — each change with its undo.

use super::{App, UndoAction};
use crate::db::DbError;
use crate::db::inbox_actions::SavedReply;
use crate::panes::Request;
use crate::panes::inbox::Library;

impl App {
    /// Carries out a request about the saved replies library.
    pub(super) fn library_request(&mut self, request: Request) -> Result<(), DbError> {
        match request {
            Request::OpenLibrary => {
                self.panes.inbox.library = Some(Library {
                    replies: self.db.saved_replies()?,
                    selected: 0,
                });
            }
            Request::SaveSavedReply { id, name, body } => {
                let mut errors = Vec::new();
                if name.trim().is_empty() {
                    errors.push(("name", "give the reply a name".to_string()));
                }
                if body.trim().is_empty() {
                    errors.push(("body", "the reply has no text".to_string()));
                }
                let existing = self.db.saved_replies()?;
                if existing.iter().any(|r| {
                    crate::text::fold(&r.name) == crate::text::fold(name.trim()) && Some(r.id) != id
                }) {
                    errors.push(("name", "another saved reply has that name".to_string()));
                }
                if !errors.is_empty() {
                    self.inbox_form_errors(&errors);
                    return Ok(());
                }
                let before: Option<SavedReply> =
                    id.and_then(|id| existing.into_iter().find(|r| r.id == id));
                let saved = self.db.save_saved_reply(id, name.trim(), body.trim_end())?;
                let remove = before.is_none().then_some(saved);
                self.inbox_changed(
                    format!("Saved “{}”", name.trim()),
                    "saved reply",
                    UndoAction::SavedReply {
                        restore: before,
                        remove,
                    },
                );
                self.panes.inbox.library = Some(Library {
                    replies: self.db.saved_replies()?,
                    selected: 0,
                });
            }
            Request::DeleteSavedReply(id) => {
                let before = self.db.saved_replies()?.into_iter().find(|r| r.id == id);
                self.db.delete_saved_reply(id)?;
                self.inbox_changed(
                    "Deleted the saved reply".into(),
                    "delete saved reply",
                    UndoAction::SavedReply {
                        restore: before,
                        remove: None,
                    },
                );
                self.panes.inbox.library = Some(Library {
                    replies: self.db.saved_replies()?,
                    selected: 0,
                });
            }
            _ => {}
        }
        Ok(())
    }
}
