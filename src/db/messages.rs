//! Storing imported inbox messages: duplicates are recognised inside the same transaction that
//! inserts, so a message is never stored twice, whether it is already in the database or appears
//! twice in one batch.

use super::seed::insert_message;
use super::{Db, DbError, format_time};
use crate::domain::inbox::NewMessage;
use rusqlite::{Connection, params};

impl Db {
    /// Whether a message with this network id is already stored on this channel.
    pub fn message_exists(&self, channel_id: i64, external_id: &str) -> Result<bool, DbError> {
        Ok(self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM messages WHERE channel_id = ?1 AND external_id = ?2)",
            params![channel_id, external_id],
            |row| row.get(0),
        )?)
    }

    /// How many messages are stored, whatever their state.
    pub fn message_count(&self) -> Result<usize, DbError> {
        let count: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM messages", [], |row| row.get(0))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// Stores the messages in ONE transaction, skipping duplicates: a message whose
    /// (channel, external id) is already stored, or — without an external id — one with the same
    /// channel, author, arrival time and body. Returns, in order, the new id of each message, or
    /// `None` for a duplicate. On any database failure nothing is stored.
    pub fn insert_messages(
        &mut self,
        messages: &[NewMessage],
    ) -> Result<Vec<Option<i64>>, DbError> {
        self.write(|tx| {
            let mut ids = Vec::with_capacity(messages.len());
            for message in messages {
                if is_stored(tx, message)? {
                    ids.push(None);
                } else {
                    ids.push(Some(insert_message(tx, message)?));
                }
            }
            Ok(ids)
        })
    }
}

/// Whether the message is already stored (see [`Db::insert_messages`] for what "the same" means).
fn is_stored(conn: &Connection, message: &NewMessage) -> rusqlite::Result<bool> {
    match &message.external_id {
        Some(external_id) => conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE channel_id = ?1 AND external_id = ?2)",
            )?
            .query_row(params![message.channel_id, external_id], |row| row.get(0)),
        None => conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE channel_id = ?1 AND received_at = ?2
                                 AND author = ?3 AND body = ?4)",
            )?
            .query_row(
                params![
                    message.channel_id,
                    format_time(message.received_at),
                    message.author,
                    message.body
                ],
                |row| row.get(0),
            ),
    }
}
