//! Taking back the last change: the posts to put back as they were and the ones to remove.

use super::App;
use crate::db::posts::PostRecord;

/// How to take back one change.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// What the change was, for the message.
    pub label: String,
    /// Posts to put back exactly as they were.
    pub restore: Vec<PostRecord>,
    /// Posts the change created, to remove.
    pub remove: Vec<i64>,
}

impl App {
    /// Takes back the last change, in one transaction, and says what was undone.
    pub(super) fn undo_last(&mut self) {
        let Some(undo) = self.undo.take() else {
            self.message = Some("Nothing to undo.".into());
            return;
        };
        let result = self.db.restore_posts(&undo.remove, &undo.restore);
        match result {
            Ok(()) => {
                self.message = Some(format!("Undone: {}.", undo.label));
                self.data_changed();
            }
            Err(error) => self.message = Some(format!("Could not undo {}: {error}", undo.label)),
        }
    }
}
