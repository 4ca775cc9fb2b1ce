//! Inserts for the inbox: messages, the replies sent to them, and the saved-replies library.

use crate::db::format_time;
use crate::domain::inbox::NewMessage;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

/// Inserts a message and returns its id.
pub fn insert_message(tx: &Connection, message: &NewMessage) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO messages (channel_id, kind, external_id, author, person_id, body, received_at,
                               status, snoozed_until, first_response_at, sentiment_auto, sentiment,
                               priority, rule, suggested_reply)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            message.channel_id,
            message.kind,
            message.external_id,
            message.author,
            message.person_id,
            message.body,
            format_time(message.received_at),
            message.status,
            message.snoozed_until.map(format_time),
            message.first_response_at.map(format_time),
            message.sentiment_auto,
            message.sentiment,
            message.priority,
            message.rule,
            message.suggested_reply,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Records a reply sent to a message and returns its id.
pub fn insert_reply(
    tx: &Connection,
    message_id: i64,
    body: &str,
    sent_at: DateTime<Utc>,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO replies (message_id, body, sent_at) VALUES (?1, ?2, ?3)",
        params![message_id, body, format_time(sent_at)],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Adds a saved reply (its body may use `{name}`, `{channel}`, `{today}`) and returns its id.
pub fn insert_saved_reply(tx: &Connection, name: &str, body: &str) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO saved_replies (name, body) VALUES (?1, ?2)",
        params![name, body],
    )?;
    Ok(tx.last_insert_rowid())
}
