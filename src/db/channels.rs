//! Setting up channels: add, edit, archive and restore them, list them with the history that
//! hangs on them, and record follower counts. A channel with history is never deleted.

use super::{Db, DbError, Refusal, format_date, parse_date};
use crate::domain::channels::{ChannelRecord, ChannelSetup};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

/// Every channel with its settings, archive date and the history stored against it.
const RECORDS: &str = "SELECT c.id, c.network, c.handle, c.name, c.char_limit, c.archived_on,
        (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id),
        (SELECT COUNT(*) FROM messages m WHERE m.channel_id = c.id),
        (SELECT COUNT(*) FROM audience_snapshots a WHERE a.channel_id = c.id)
     FROM channels c ORDER BY c.archived_on IS NOT NULL, c.id";

impl Db {
    /// Every channel, the ones in use first, with what is stored against each.
    pub fn channel_records(&self) -> Result<Vec<ChannelRecord>, DbError> {
        let mut stmt = self.conn().prepare_cached(RECORDS)?;
        let rows = stmt
            .query_map([], |row| {
                let archived: Option<String> = row.get(5)?;
                Ok(ChannelRecord {
                    id: row.get(0)?,
                    setup: ChannelSetup {
                        network: row.get(1)?,
                        handle: row.get(2)?,
                        name: row.get(3)?,
                        char_limit: row.get(4)?,
                    },
                    archived_on: archived.as_deref().and_then(parse_date),
                    posts: row.get(6)?,
                    messages: row.get(7)?,
                    audience: row.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// One channel by id; `None` when there is none.
    pub fn channel_record(&self, id: i64) -> Result<Option<ChannelRecord>, DbError> {
        Ok(self.channel_records()?.into_iter().find(|c| c.id == id))
    }

    /// Creates a channel and answers its id; refused when the network already has that handle.
    pub fn add_channel(&mut self, setup: &ChannelSetup) -> Result<i64, DbError> {
        self.write(|tx| insert_channel(tx, setup))?
    }

    /// Changes a channel's network, handle, name or limit; refused when another channel has
    /// that network and handle.
    pub fn edit_channel(&mut self, id: i64, setup: &ChannelSetup) -> Result<(), DbError> {
        self.write(|tx| {
            if channel_id(tx, setup)?.is_some_and(|other| other != id) {
                return Ok(Err(taken(setup)));
            }
            let changed = tx.execute(
                "UPDATE channels SET network = ?2, handle = ?3, name = ?4, char_limit = ?5
                 WHERE id = ?1",
                params![
                    id,
                    setup.network,
                    setup.handle,
                    setup.name,
                    setup.char_limit
                ],
            )?;
            Ok(if changed == 0 {
                Err(missing(id))
            } else {
                Ok(())
            })
        })?
    }

    /// Archives a channel on `on`: it leaves the forms and keeps its history. Answers whether it
    /// was in use before (archiving an archived channel changes nothing).
    pub fn archive_channel(&mut self, id: i64, on: NaiveDate) -> Result<bool, DbError> {
        self.set_archived(id, Some(on))
    }

    /// Puts an archived channel back in use; answers whether it was archived.
    pub fn restore_channel(&mut self, id: i64) -> Result<bool, DbError> {
        self.set_archived(id, None)
    }

    fn set_archived(&mut self, id: i64, on: Option<NaiveDate>) -> Result<bool, DbError> {
        let on = on.map(format_date);
        self.write(|tx| {
            let before: Option<Option<String>> = tx
                .query_row(
                    "SELECT archived_on FROM channels WHERE id = ?1",
                    [id],
                    |row| row.get(0),
                )
                .optional()?;
            let Some(before) = before else {
                return Ok(Err(missing(id)));
            };
            if before.is_some() == on.is_some() {
                return Ok(Ok(false));
            }
            tx.execute(
                "UPDATE channels SET archived_on = ?2 WHERE id = ?1",
                params![id, on],
            )?;
            Ok(Ok(true))
        })?
    }

    /// Deletes a channel that has nothing stored against it (one typed by mistake); a channel
    /// with posts, messages or follower counts is refused and should be archived instead.
    pub fn delete_unused_channel(&mut self, id: i64) -> Result<(), DbError> {
        let Some(record) = self.channel_record(id)? else {
            return Err(missing(id));
        };
        if record.has_history() {
            return Err(DbError::Refused(Refusal::ChannelHasHistory {
                channel: record.setup.key(),
                posts: record.posts,
                messages: record.messages,
                counts: record.audience,
            }));
        }
        self.write(|tx| tx.execute("DELETE FROM channels WHERE id = ?1", [id]))?;
        Ok(())
    }

    /// The channel `network:handle` names, archived ones included; `None` when there is none.
    pub fn channel_by_key(&self, setup: &ChannelSetup) -> Result<Option<i64>, DbError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id FROM channels WHERE network = ?1 AND handle = ?2",
                params![setup.network, setup.handle],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Records a channel's follower count on a date, replacing the one already recorded that day;
    /// answers the count it replaced.
    pub fn record_followers(
        &mut self,
        channel: i64,
        on: NaiveDate,
        followers: u64,
    ) -> Result<Option<u64>, DbError> {
        let day = format_date(on);
        let followers = i64::try_from(followers)
            .map_err(|_| DbError::Refused(Refusal::TooManyFollowers { followers }))?;
        self.write(|tx| {
            if tx
                .query_row("SELECT 1 FROM channels WHERE id = ?1", [channel], |_| Ok(()))
                .optional()?
                .is_none()
            {
                return Ok(Err(missing(channel)));
            }
            let before: Option<i64> = tx
                .query_row(
                    "SELECT followers FROM audience_snapshots WHERE channel_id = ?1 AND taken_on = ?2",
                    params![channel, day],
                    |row| row.get(0),
                )
                .optional()?;
            tx.execute(
                "INSERT INTO audience_snapshots (channel_id, taken_on, followers) VALUES (?1, ?2, ?3)
                 ON CONFLICT (channel_id, taken_on) DO UPDATE SET followers = excluded.followers",
                params![channel, day, followers],
            )?;
            Ok(Ok(before.and_then(|b| u64::try_from(b).ok())))
        })?
    }
}

/// Inserts a channel in a transaction the caller holds; refused when the handle is taken.
pub(crate) fn insert_channel(
    tx: &Transaction<'_>,
    setup: &ChannelSetup,
) -> rusqlite::Result<Result<i64, DbError>> {
    if channel_id(tx, setup)?.is_some() {
        return Ok(Err(taken(setup)));
    }
    tx.execute(
        "INSERT INTO channels (network, handle, name, char_limit) VALUES (?1, ?2, ?3, ?4)",
        params![setup.network, setup.handle, setup.name, setup.char_limit],
    )?;
    Ok(Ok(tx.last_insert_rowid()))
}

fn channel_id(tx: &Transaction<'_>, setup: &ChannelSetup) -> rusqlite::Result<Option<i64>> {
    tx.query_row(
        "SELECT id FROM channels WHERE network = ?1 AND handle = ?2",
        params![setup.network, setup.handle],
        |row| row.get(0),
    )
    .optional()
}

fn taken(setup: &ChannelSetup) -> DbError {
    DbError::Refused(Refusal::ChannelExists {
        channel: setup.key(),
    })
}

fn missing(id: i64) -> DbError {
    DbError::Refused(Refusal::NoChannel { id })
}
