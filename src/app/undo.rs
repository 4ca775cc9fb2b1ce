//! Undo and redo over every change made in the TUI: a bounded history of typed changes, `u`
//! taking back the newest again and again, `ctrl-r` putting back what was taken back.
//!
//! # Design
//!
//! Each change is recorded as an [`UndoAction`]: what to write to take it back. Applying an
//! action first reads what it is about to overwrite, as another action of the same kind (posts
//! as stored, whole rows as kept by [`crate::db::undo_rows`], a rule, a saved reply, the plan);
//! that reading is the action's inverse and goes on the other stack, so undo and redo are the
//! same operation. The same reading tells whether the data changed since the entry was made:
//! each entry keeps the state its action expects to find (read right after the change, or right
//! after the undo that made it); when what is there now differs — a feed fetch answered a
//! message, the person was edited elsewhere — nothing is written, the entry is dropped and the
//! status line says so. Whole rows are compared as a changeset would: only the columns the
//! change touched, so the desk's own bookkeeping (a message marked open when read) neither
//! blocks an undo nor is taken back by it; see [`crate::db::Db::apply_rows_checked`].
//!
//! # Why typed actions and not SQLite sessions
//!
//! Two designs were weighed. (a) Typed actions whose application answers its own inverse, as
//! above. (b) SQLite's session extension: record each TUI change's changeset, undo by applying
//! it inverted, redo by applying it, conflicts found by SQLite itself. (b) would cover every
//! write without a word at each call site and checks conflicts column by column for free, but:
//! rusqlite's `session` feature turns on libsqlite3-sys's build-time bindgen, so every
//! developer's machine and CI would need libclang and a noticeably longer cold build on two
//! cores; a `Session` borrows the connection for as long as it records, which the app's
//! `&mut self` request handlers (and `Db::write`'s `&mut` transactions) cannot share without
//! reworking the store; the FTS5 shadow tables must be filtered out, and a table without a
//! primary key (none today) would be skipped without a word. (a) needs nothing new, keeps every statement static in
//! `db/`, lets the mentions' FTS5 index follow through its own triggers, and its one extra cost
//! — each kind of data needs a way to be read and put back — is paid once for most tables by
//! the generic row images of [`crate::db::undo_rows`] (checked against the schema by a test),
//! which also give redo what it needs to create again what an undo removed. So (a).
//!
//! Limits: [`HISTORY_LIMIT`] changes are kept (the oldest are forgotten); a new change clears
//! what could be redone; a row the change created is removed by undo even if the desk marked
//! it since (opened); a merge is redone by merging again (its check is that both people are
//! there); plans are compared whatever order their lists are read in, since a plan entry put
//! back is stored anew. Reading the state and writing the action are two steps on the TUI's
//! one connection; the write is a single transaction.

use super::App;
use super::undo_capture::same_state;
use crate::db::DbError;
use crate::db::undo_rows::{Rows, Table};
use crate::domain::inbox::SavedReply;
use crate::domain::listening::RuleSnapshot;
use crate::domain::mentions::Created;
use crate::domain::people::MergeSnapshot;
use crate::domain::post::PostSnapshot;
use crate::i18n::Arg;
use crate::plan::{Plan, Rename};
use std::collections::VecDeque;

/// How many changes the history keeps; older ones are forgotten.
pub const HISTORY_LIMIT: usize = 100;

/// How to take back one change.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// What the change was, for the message.
    pub label: String,
    /// What to do.
    pub action: UndoAction,
}

/// What taking a change back writes, per kind of data.
#[derive(Debug, Clone, PartialEq)]
pub enum UndoAction {
    /// Put posts back exactly as they were and remove the ones the change created.
    Posts {
        /// Posts to put back.
        restore: Vec<PostSnapshot>,
        /// Posts to remove.
        remove: Vec<i64>,
    },
    /// Put whole rows back (messages, replies, people, interactions, mentions, posts, crises)
    /// and remove the ones the change created.
    Rows(Rows),
    /// Put a listening rule back, or remove the one the change created.
    Rule {
        /// The rule to put back.
        restore: Option<RuleSnapshot>,
        /// The rule to remove.
        remove: Option<i64>,
    },
    /// Split a merge again.
    Merge(Box<MergeSnapshot>),
    /// Merge two people again (redo of a merge).
    Remerge {
        /// The person kept.
        kept: i64,
        /// The person merged into them.
        removed: i64,
    },
    /// Put the whole plan back as it was, renaming entries back first.
    Plan {
        /// The plan before the change.
        plan: Box<Plan>,
        /// The renames that take the change's renames back.
        renames: Vec<Rename>,
    },
    /// Put a week's small victories and notes back (empty when it had none).
    WeekNote {
        /// The ISO week, `2026-W48`.
        week: String,
        /// Its small victories.
        victories: String,
        /// Its notes.
        notes: String,
    },
    /// Put a triage rule back, or remove the one the change created.
    TriageRule {
        /// The rule to put back.
        restore: Option<crate::analytics::triage::StoredRule>,
        /// The rule to remove.
        remove: Option<i64>,
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
    /// Put a channel's follower count for a day back, or remove the one the change recorded.
    Followers {
        /// The channel.
        channel: i64,
        /// The day of the count.
        on: chrono::NaiveDate,
        /// The count before the change; `None` when the day had none.
        before: Option<u64>,
    },
    /// Make the forgotten sentiment lessons exactly these again (undo of a forget).
    SentimentLessons {
        /// Every row of `sentiment_forgotten` before the change.
        forgotten: Vec<crate::db::sentiment::ForgottenLesson>,
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

    /// Undo that puts rows back and removes the ones the change created.
    pub fn rows(
        label: impl Into<String>,
        put: Vec<crate::db::undo_rows::RowImage>,
        remove: Vec<(Table, i64)>,
    ) -> Undo {
        Undo {
            label: label.into(),
            action: UndoAction::Rows(Rows { put, remove }),
        }
    }
}

/// The row a conversion of a mention created, to remove on undo.
pub fn created_row(created: Created) -> (Table, i64) {
    match created {
        Created::Message(id) => (Table::Messages, id),
        Created::Post(id) => (Table::Posts, id),
        Created::Person(id) => (Table::People, id),
        Created::Mention(id) => (Table::Mentions, id),
    }
}

/// One change in the history: what to write, and what it expects to find.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    label: String,
    action: UndoAction,
    expected: Option<UndoAction>,
}

/// The changes that can be taken back (newest last) and those that can be put back again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: VecDeque<Entry>,
    redo: Vec<Entry>,
    recorded: u64,
}

impl History {
    /// How many changes can be taken back.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// How many changes can be put back again.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// The label of the change `u` would take back.
    pub fn next_undo(&self) -> Option<&str> {
        self.undo.back().map(|e| e.label.as_str())
    }

    /// How many changes were ever recorded (tells whether a request recorded one).
    pub fn recorded(&self) -> u64 {
        self.recorded
    }

    fn push_undo(&mut self, entry: Entry) {
        self.undo.push_back(entry);
        while self.undo.len() > HISTORY_LIMIT {
            self.undo.pop_front();
        }
    }
}

/// Why an entry could not be applied.
enum Failure {
    /// The data it would overwrite changed since.
    Changed,
    /// The database refused.
    Db(DbError),
}

impl From<DbError> for Failure {
    fn from(error: DbError) -> Failure {
        Failure::Db(error)
    }
}

impl App {
    /// Records a change just made: it can be undone, and nothing undone before can be redone.
    pub(super) fn record(&mut self, undo: Undo) {
        let expected = self.capture(&undo.action).ok().flatten();
        self.history.redo.clear();
        self.history.recorded += 1;
        self.history.push_undo(Entry {
            label: undo.label,
            action: undo.action,
            expected,
        });
    }

    /// Takes back the newest change, in one transaction, and says what was undone.
    pub(super) fn undo_last(&mut self) {
        let Some(entry) = self.history.undo.pop_back() else {
            self.message = Some(self.lang.text("app-undo-nothing"));
            return;
        };
        match self.apply_entry(&entry) {
            Ok(inverse) => {
                self.message = Some(
                    self.lang
                        .text_with("app-undo-done", &[("what", Arg::Text(&entry.label))]),
                );
                self.history.redo.push(inverse);
                self.refreshed();
            }
            Err(Failure::Changed) => {
                self.message = Some(
                    self.lang
                        .text_with("app-undo-changed", &[("what", Arg::Text(&entry.label))]),
                )
            }
            Err(Failure::Db(error)) => {
                self.message = Some(self.lang.text_with(
                    "app-undo-failed",
                    &[
                        ("what", Arg::Text(&entry.label)),
                        ("error", Arg::Text(&error.to_string())),
                    ],
                ));
                self.history.undo.push_back(entry);
            }
        }
    }

    /// Puts back the change undone last, in one transaction, and says what was redone.
    pub(super) fn redo_last(&mut self) {
        let Some(entry) = self.history.redo.pop() else {
            self.message = Some(self.lang.text("app-redo-nothing"));
            return;
        };
        match self.apply_entry(&entry) {
            Ok(inverse) => {
                self.message = Some(
                    self.lang
                        .text_with("app-redo-done", &[("what", Arg::Text(&entry.label))]),
                );
                self.history.push_undo(inverse);
                self.refreshed();
            }
            Err(Failure::Changed) => {
                self.message = Some(
                    self.lang
                        .text_with("app-redo-changed", &[("what", Arg::Text(&entry.label))]),
                )
            }
            Err(Failure::Db(error)) => {
                self.message = Some(self.lang.text_with(
                    "app-redo-failed",
                    &[
                        ("what", Arg::Text(&entry.label)),
                        ("error", Arg::Text(&error.to_string())),
                    ],
                ));
                self.history.redo.push(entry);
            }
        }
    }

    fn refreshed(&mut self) {
        self.data_changed();
        self.reload_plan();
    }

    /// Writes an entry's action when the data is as it expects, and answers the entry that
    /// takes it back again.
    fn apply_entry(&mut self, entry: &Entry) -> Result<Entry, Failure> {
        let inverse = if let UndoAction::Rows(rows) = &entry.action {
            let expected = match &entry.expected {
                Some(UndoAction::Rows(expected)) => Some(expected),
                _ => None,
            };
            let before = self.db.apply_rows_checked(rows, expected)?;
            UndoAction::Rows(before.ok_or(Failure::Changed)?)
        } else {
            let before = self.capture(&entry.action)?;
            if let (Some(before), Some(expected)) = (&before, &entry.expected)
                && !same_state(before, expected)
            {
                return Err(Failure::Changed);
            }
            let done = self.write_action(&entry.action)?;
            before.or(done).ok_or(Failure::Changed)?
        };
        let expected = self.capture(&inverse)?;
        Ok(Entry {
            label: entry.label.clone(),
            action: inverse,
            expected,
        })
    }
}
