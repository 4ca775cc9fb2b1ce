//! Taking back the last change: what to put back as it was and what to remove, per kind of data.

use super::App;
use crate::domain::inbox::MessageRecord;
use crate::domain::inbox::SavedReply;
use crate::domain::post::PostSnapshot;

/// How to take back one change.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// What the change was, for the message.
    pub label: String,
    /// What to do.
    pub action: UndoAction,
}

/// What taking a change back means for each kind of data.
#[derive(Debug, Clone, PartialEq)]
pub enum UndoAction {
    /// Put posts back exactly as they were and remove the ones the change created.
    Posts {
        /// Posts to put back.
        restore: Vec<PostSnapshot>,
        /// Posts to remove.
        remove: Vec<i64>,
    },
    /// Put messages back and remove the replies, messages and people the change created.
    Messages {
        /// Messages to put back.
        restore: Vec<MessageRecord>,
        /// Replies to remove.
        replies: Vec<i64>,
        /// Messages to remove.
        messages: Vec<i64>,
        /// People to remove.
        people: Vec<i64>,
    },
    /// Put mentions back and remove what the change created from them.
    Mentions {
        /// Mentions to put back.
        restore: Vec<crate::domain::mentions::MentionRecord>,
        /// What to remove.
        created: Vec<crate::domain::mentions::Created>,
    },
    /// Put a listening rule back, or remove the one the change created.
    Rule {
        /// The rule to put back.
        restore: Option<crate::domain::listening::RuleSnapshot>,
        /// The rule to remove.
        remove: Option<i64>,
    },
    /// Put a person's notes, tags, reach and follow-up back.
    Person(crate::domain::people::PersonFields),
    /// Remove a logged interaction and put the person's fields back.
    Interaction {
        /// The person as they were.
        person: crate::domain::people::PersonFields,
        /// The interaction logged.
        interaction: i64,
    },
    /// Give a person their role back.
    Role {
        /// The person.
        id: i64,
        /// Their role before.
        role: crate::domain::Role,
    },
    /// Split a merge again.
    Merge(Box<crate::domain::people::MergeSnapshot>),
    /// Remove a crisis that was just opened.
    CrisisOpened(i64),
    /// Reopen a crisis that was just closed.
    CrisisClosed {
        /// The crisis.
        id: i64,
        /// Whether it paused the posts.
        paused: bool,
    },
    /// Put the whole plan back as it was, renaming entries back first.
    Plan {
        /// The plan before the change.
        plan: Box<crate::plan::Plan>,
        /// The renames that take the change's renames back.
        renames: Vec<crate::plan::Rename>,
    },
    /// Put a whole person back as they were (after an edit or a deletion), or remove the one
    /// the change added.
    PersonRecord {
        /// The person to put back, with everything that was theirs.
        restore: Option<Box<crate::domain::person::PersonSnapshot>>,
        /// The person to remove.
        remove: Option<i64>,
    },
    /// Put a saved reply back, or remove the one the change created.
    SavedReply {
        /// The reply to put back.
        restore: Option<SavedReply>,
        /// The reply to remove.
        remove: Option<i64>,
    },
}

impl Undo {
    /// Undo for a change to posts.
    pub fn posts(label: impl Into<String>, restore: Vec<PostSnapshot>, remove: Vec<i64>) -> Undo {
        Undo {
            label: label.into(),
            action: UndoAction::Posts { restore, remove },
        }
    }
}

impl App {
    /// Takes back the last change, in one transaction, and says what was undone.
    pub(super) fn undo_last(&mut self) {
        let Some(undo) = self.undo.take() else {
            self.message = Some("Nothing to undo.".into());
            return;
        };
        let result = match &undo.action {
            UndoAction::Posts { restore, remove } => self.db.restore_posts(remove, restore),
            UndoAction::Messages {
                restore,
                replies,
                messages,
                people,
            } => self.db.restore_messages(restore, replies, messages, people),
            UndoAction::Mentions { restore, created } => self.db.restore_mentions(restore, created),
            UndoAction::Rule { restore, remove } => match (restore, remove) {
                (Some(rule), _) => self.db.restore_rule(rule),
                (None, Some(id)) => self.db.delete_rule(*id),
                (None, None) => Ok(()),
            },
            UndoAction::Person(fields) => self.db.restore_person_fields(fields),
            UndoAction::Interaction {
                person,
                interaction,
            } => self
                .db
                .delete_interaction(*interaction)
                .and_then(|()| self.db.restore_person_fields(person)),
            UndoAction::Merge(snapshot) => self.db.restore_merge(snapshot),
            UndoAction::Role { id, role } => self.db.set_role(*id, *role),
            UndoAction::CrisisOpened(id) => self.db.remove_crisis(*id),
            UndoAction::CrisisClosed { id, paused } => self.db.reopen_crisis(*id, *paused),
            UndoAction::Plan { plan, renames } => self.db.replace_plan_renaming(plan, renames),
            UndoAction::PersonRecord { restore, remove } => match (restore, remove) {
                (Some(person), _) => self.db.restore_person(person),
                (None, Some(id)) => self.db.remove_person(*id),
                (None, None) => Ok(()),
            },
            UndoAction::SavedReply { restore, remove } => match (restore, remove) {
                (Some(reply), _) => self.db.restore_saved_reply(reply),
                (None, Some(id)) => self.db.delete_saved_reply(*id),
                (None, None) => Ok(()),
            },
        };
        match result {
            Ok(()) => {
                self.message = Some(format!("Undone: {}.", undo.label));
                self.data_changed();
                self.reload_plan();
            }
            Err(error) => self.message = Some(format!("Could not undo {}: {error}", undo.label)),
        }
    }
}
