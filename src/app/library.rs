//! The saved replies library: open it, add or edit a reply (names are unique, accents aside),
//! delete one — each change with its undo.

use super::{App, UndoAction};
use crate::db::DbError;
use crate::db::inbox_actions::SavedReply;
use crate::panes::inbox::Library;

impl App {
    /// Opens the saved replies library.
    pub(super) fn open_library(&mut self) -> Result<(), DbError> {
        self.panes.inbox.library = Some(Library {
            replies: self.db.saved_replies()?,
            selected: 0,
        });
        Ok(())
    }

    /// Checks and stores a saved reply (`id` none: a new one); names are unique, accents aside.
    pub(super) fn save_saved_reply(
        &mut self,
        id: Option<i64>,
        name: &str,
        body: &str,
    ) -> Result<(), DbError> {
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
        self.open_library()
    }

    /// Deletes a saved reply, with its undo.
    pub(super) fn delete_saved_reply(&mut self, id: i64) -> Result<(), DbError> {
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
        self.open_library()
    }
}
