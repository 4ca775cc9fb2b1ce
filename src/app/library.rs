//! The saved replies library: read it for the pane, store a reply (names are unique, accents
//! aside: a name taken is refused onto the form), delete one — each change with its undo.

use super::{App, Undo, UndoAction};
use crate::db::DbError;
use crate::domain::inbox::SavedReply;
use crate::i18n::Arg;
use crate::panes::inbox::InboxData;

impl App {
    /// Reads the saved replies library and hands it to the pane, which opens it.
    pub(super) fn open_library(&mut self) -> Result<(), DbError> {
        let replies = self.db.saved_replies()?;
        self.inbox_receive(InboxData::Library(replies));
        Ok(())
    }

    /// Stores a saved reply (`id` none: a new one) checked by the pane; a name another stored
    /// reply has is refused.
    pub(super) fn save_saved_reply(
        &mut self,
        id: Option<i64>,
        name: &str,
        body: &str,
    ) -> Result<(), DbError> {
        let existing = self.db.saved_replies()?;
        if SavedReply::name_taken(&existing, name, id) {
            self.inbox_receive(InboxData::Refused(vec![(
                "name",
                self.lang.text("inbox-saved-reply-name-taken"),
            )]));
            return Ok(());
        }
        let before: Option<SavedReply> =
            id.and_then(|id| existing.into_iter().find(|r| r.id == id));
        let saved = self.db.save_saved_reply(id, name, body)?;
        let remove = before.is_none().then_some(saved);
        self.inbox_changed(
            self.lang
                .text_with("inbox-saved-reply-saved", &[("name", Arg::Text(name))]),
            Undo {
                label: self.lang.text("inbox-undo-saved-reply"),
                action: UndoAction::SavedReply {
                    restore: before,
                    remove,
                },
            },
        );
        self.open_library()
    }

    /// Deletes a saved reply, with its undo.
    pub(super) fn delete_saved_reply(&mut self, id: i64) -> Result<(), DbError> {
        let before = self.db.saved_replies()?.into_iter().find(|r| r.id == id);
        self.db.delete_saved_reply(id)?;
        self.inbox_changed(
            self.lang.text("inbox-saved-reply-deleted"),
            Undo {
                label: self.lang.text("inbox-undo-delete-saved-reply"),
                action: UndoAction::SavedReply {
                    restore: before,
                    remove: None,
                },
            },
        );
        self.open_library()
    }
}
