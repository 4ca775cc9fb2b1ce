//! Acting on inbox items: reply (recording the first response time), mark done, snooze,
//! escalate, set priority, correct the sentiment, link the sender to a person (new or existing),
//! the saved replies library, the holding statements offered beside it, and putting items back as they were for undo. One transaction each.

use super::time::{format_time, parse_time, time_column};
use super::{Db, DbError};
use crate::domain::inbox::{HoldingStatement, MessageChange, MessageRecord, SavedReply};
use crate::domain::{Network, Role};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

impl Db {
    /// The changeable fields of messages, for undo.
    pub fn message_records(&self, ids: &[i64]) -> Result<Vec<MessageRecord>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, status, snoozed_until, first_response_at, sentiment, priority, person_id FROM messages WHERE id = ?1",
        )?;
        let mut records = Vec::with_capacity(ids.len());
        for id in ids {
            let record = stmt
                .query_row([id], |row| {
                    Ok(MessageRecord {
                        id: row.get(0)?,
                        status: row.get(1)?,
                        snoozed_until: time_column(row, 2)?,
                        first_response_at: time_column(row, 3)?,
                        sentiment: row.get(4)?,
                        priority: row.get(5)?,
                        person_id: row.get(6)?,
                    })
                })
                .optional()?;
            records.extend(record);
        }
        Ok(records)
    }

    /// Applies one change to every message in `ids`, all or none.
    pub fn change_messages(&mut self, ids: &[i64], change: &MessageChange) -> Result<(), DbError> {
        self.write(|tx| {
            for id in ids {
                let count = match change {
                    MessageChange::Status(status) => tx.execute(
                        "UPDATE messages SET status = ?2, snoozed_until = NULL WHERE id = ?1",
                        params![id, status],
                    )?,
                    MessageChange::Snooze(until) => tx.execute(
                        "UPDATE messages SET status = 'snoozed', snoozed_until = ?2 WHERE id = ?1",
                        params![id, format_time(*until)],
                    )?,
                    MessageChange::Priority(priority) => tx.execute(
                        "UPDATE messages SET priority = ?2 WHERE id = ?1",
                        params![id, priority],
                    )?,
                    MessageChange::Sentiment(sentiment) => tx.execute(
                        "UPDATE messages SET sentiment = ?2 WHERE id = ?1",
                        params![id, sentiment],
                    )?,
                    MessageChange::Person(person) => tx.execute(
                        "UPDATE messages SET person_id = ?2 WHERE id = ?1",
                        params![id, person],
                    )?,
                };
                if count == 0 {
                    return Err(rusqlite::Error::QueryReturnedNoRows);
                }
            }
            Ok(())
        })
    }

    /// Records a reply sent at `at`: the reply text, the first response time if it is the first,
    /// and the state `replied`. Returns the reply's id.
    pub fn record_reply(&mut self, id: i64, body: &str, at: DateTime<Utc>) -> Result<i64, DbError> {
        self.write(|tx| {
            tx.execute("INSERT INTO replies (message_id, body, sent_at) VALUES (?1, ?2, ?3)", params![id, body, format_time(at)])?;
            let reply = tx.last_insert_rowid();
            let count = tx.execute(
                "UPDATE messages SET status = 'replied', snoozed_until = NULL, first_response_at = COALESCE(first_response_at, ?2) WHERE id = ?1",
                params![id, format_time(at)],
            )?;
            if count == 0 {
                return Err(rusqlite::Error::QueryReturnedNoRows);
            }
            Ok(reply)
        })
    }

    /// The replies recorded for a message, oldest first (sent time, text).
    pub fn replies_of(&self, id: i64) -> Result<Vec<(DateTime<Utc>, String)>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT sent_at, body FROM replies WHERE message_id = ?1 ORDER BY sent_at, id",
        )?;
        let rows = stmt
            .query_map([id], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .map(|(at, body)| (parse_time(&at).unwrap_or_default(), body))
            .collect())
    }

    /// Creates a person with one handle and links the messages to them; the person's id.
    pub fn create_person_for(
        &mut self,
        name: &str,
        role: Role,
        network: Network,
        handle: &str,
        ids: &[i64],
        now: DateTime<Utc>,
    ) -> Result<i64, DbError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO people (name, role, created_at) VALUES (?1, ?2, ?3)",
                params![name, role, format_time(now)],
            )?;
            let person = tx.last_insert_rowid();
            tx.execute(
                "INSERT OR IGNORE INTO handles (person_id, network, handle) VALUES (?1, ?2, ?3)",
                params![person, network, handle],
            )?;
            for id in ids {
                tx.execute(
                    "UPDATE messages SET person_id = ?2 WHERE id = ?1",
                    params![id, person],
                )?;
            }
            Ok(person)
        })
    }

    /// The person who owns a handle on a network, if any.
    pub fn person_by_handle(&self, network: Network, handle: &str) -> Result<Option<i64>, DbError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT person_id FROM handles WHERE network = ?1 AND handle = ?2",
                params![network, handle],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Everyone's id and name, for the link picker.
    pub fn people_names(&self) -> Result<Vec<(i64, String)>, DbError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, name FROM people ORDER BY name COLLATE NOCASE")?;
        let rows = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Takes back an inbox change in one transaction: restores the records, removes the replies,
    /// messages and people it created.
    pub fn restore_messages(
        &mut self,
        records: &[MessageRecord],
        replies: &[i64],
        messages: &[i64],
        people: &[i64],
    ) -> Result<(), DbError> {
        self.write(|tx| {
            for record in records {
                tx.execute(
                    "UPDATE messages SET status = ?2, snoozed_until = ?3, first_response_at = ?4, sentiment = ?5, priority = ?6, person_id = ?7 WHERE id = ?1",
                    params![
                        record.id,
                        record.status,
                        record.snoozed_until.map(format_time),
                        record.first_response_at.map(format_time),
                        record.sentiment,
                        record.priority,
                        record.person_id
                    ],
                )?;
            }
            for id in replies {
                tx.execute("DELETE FROM replies WHERE id = ?1", [id])?;
            }
            for id in messages {
                tx.execute("DELETE FROM messages WHERE id = ?1", [id])?;
            }
            for id in people {
                tx.execute("DELETE FROM people WHERE id = ?1", [id])?;
            }
            Ok(())
        })
    }

    /// The saved replies, by name.
    pub fn saved_replies(&self) -> Result<Vec<SavedReply>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, body FROM saved_replies ORDER BY name COLLATE NOCASE",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(SavedReply {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    body: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every holding statement of the crisis protocol, by level, each saying whether the open
    /// crisis (if any) is of its level or higher; offered beside the saved replies at any time.
    pub fn holding_statements(&self) -> Result<Vec<HoldingStatement>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT level, title, body,
                    level <= COALESCE((SELECT level FROM crises WHERE closed_at IS NULL ORDER BY opened_at DESC LIMIT 1), 0)
             FROM holding_statements ORDER BY level, id",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(HoldingStatement {
                    level: row.get(0)?,
                    title: row.get(1)?,
                    body: row.get(2)?,
                    in_force: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// When a message arrived; none for an unknown id.
    pub fn received_at(&self, id: i64) -> Result<Option<DateTime<Utc>>, DbError> {
        let text: Option<String> = self
            .conn()
            .query_row(
                "SELECT received_at FROM messages WHERE id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(text.as_deref().and_then(parse_time))
    }

    /// Adds a saved reply (`id` none) or replaces one; its id. A name already used is refused.
    pub fn save_saved_reply(
        &mut self,
        id: Option<i64>,
        name: &str,
        body: &str,
    ) -> Result<i64, DbError> {
        self.write(|tx| match id {
            Some(id) => {
                tx.execute(
                    "UPDATE saved_replies SET name = ?2, body = ?3 WHERE id = ?1",
                    params![id, name, body],
                )?;
                Ok(id)
            }
            None => {
                tx.execute(
                    "INSERT INTO saved_replies (name, body) VALUES (?1, ?2)",
                    params![name, body],
                )?;
                Ok(tx.last_insert_rowid())
            }
        })
    }

    /// Deletes a saved reply.
    pub fn delete_saved_reply(&mut self, id: i64) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute("DELETE FROM saved_replies WHERE id = ?1", [id])
                .map(|_| ())
        })
    }

    /// Puts a saved reply back with its id (undo of an edit or a delete).
    pub fn restore_saved_reply(&mut self, reply: &SavedReply) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO saved_replies (id, name, body) VALUES (?1, ?2, ?3) ON CONFLICT(id) DO UPDATE SET name = ?2, body = ?3",
                params![reply.id, reply.name, reply.body],
            )
            .map(|_| ())
        })
    }
}

impl Db {
    /// Stores one message (typed by hand); its id.
    pub fn insert_message(
        &mut self,
        message: &crate::domain::inbox::NewMessage,
    ) -> Result<i64, DbError> {
        self.write(|tx| super::seed::insert_message(tx, message))
    }
}
