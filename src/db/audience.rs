//! Follower counts beyond one at a time: the latest count of every channel, a whole file of
//! counts recorded in one transaction, and a day's count put back as it was (for undo).

use super::{Db, DbError, Refusal, format_date, parse_date};
use crate::domain::audience::{FollowerCount, Recorded};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use std::collections::HashMap;

/// The latest count of every channel that has one.
const LATEST: &str = "SELECT a.channel_id, a.taken_on, a.followers FROM audience_snapshots a
     WHERE a.taken_on = (SELECT MAX(b.taken_on) FROM audience_snapshots b WHERE b.channel_id = a.channel_id)";

impl Db {
    /// The latest follower count of every channel that has one, by channel id: the day it was
    /// taken and the count.
    pub fn latest_followers(&self) -> Result<HashMap<i64, (NaiveDate, u64)>, DbError> {
        let mut stmt = self.conn().prepare_cached(LATEST)?;
        let rows = stmt
            .query_map([], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, i64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(channel, day, followers)| {
                let day = parse_date(&day)?;
                Some((channel, (day, u64::try_from(followers).ok()?)))
            })
            .collect())
    }

    /// The follower count recorded for a channel on exactly that day, if any.
    pub fn followers_recorded(&self, channel: i64, on: NaiveDate) -> Result<Option<u64>, DbError> {
        let count: Option<i64> = self
            .conn()
            .query_row(
                "SELECT followers FROM audience_snapshots WHERE channel_id = ?1 AND taken_on = ?2",
                params![channel, format_date(on)],
                |row| row.get(0),
            )
            .optional()?;
        Ok(count.and_then(|c| u64::try_from(c).ok()))
    }

    /// Records every count in ONE transaction, each replacing the count already stored for its
    /// channel and day; answers what each one did, in order. A channel that does not exist
    /// refuses the whole batch: what was written before it is rolled back.
    pub fn record_follower_counts(
        &mut self,
        counts: &[FollowerCount],
    ) -> Result<Vec<Recorded>, DbError> {
        let mut stored = Vec::with_capacity(counts.len());
        for count in counts {
            stored.push((count, storable(count.followers)?));
        }
        self.write_if(|tx| {
            let mut done = Vec::with_capacity(stored.len());
            for (count, followers) in stored {
                let day = format_date(count.on);
                if !channel_exists(tx, count.channel)? {
                    let missing = Refusal::NoChannel { id: count.channel };
                    return Ok((Err(DbError::Refused(missing)), false));
                }
                let before = stored_count(tx, count.channel, &day)?;
                if before == Some(followers) {
                    done.push(Recorded::Unchanged);
                    continue;
                }
                upsert(tx, count.channel, &day, followers)?;
                done.push(match before.and_then(|b| u64::try_from(b).ok()) {
                    Some(before) => Recorded::Replaced(before),
                    None => Recorded::Added,
                });
            }
            Ok((Ok(done), true))
        })?
    }

    /// Puts a channel's count for a day back as it was: `before` again, or no count at all.
    pub fn restore_followers(
        &mut self,
        channel: i64,
        on: NaiveDate,
        before: Option<u64>,
    ) -> Result<(), DbError> {
        let day = format_date(on);
        let before = before.map(storable).transpose()?;
        self.write(|tx| {
            match before {
                Some(followers) => upsert(tx, channel, &day, followers)?,
                None => {
                    tx.execute(
                        "DELETE FROM audience_snapshots WHERE channel_id = ?1 AND taken_on = ?2",
                        params![channel, day],
                    )?;
                }
            }
            Ok(())
        })
    }
}

/// A count as SQLite stores it; refused when it does not fit.
fn storable(followers: u64) -> Result<i64, DbError> {
    i64::try_from(followers).map_err(|_| DbError::Refused(Refusal::TooManyFollowers { followers }))
}

fn channel_exists(tx: &Transaction<'_>, channel: i64) -> rusqlite::Result<bool> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM channels WHERE id = ?1",
            [channel],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn stored_count(tx: &Transaction<'_>, channel: i64, day: &str) -> rusqlite::Result<Option<i64>> {
    tx.query_row(
        "SELECT followers FROM audience_snapshots WHERE channel_id = ?1 AND taken_on = ?2",
        params![channel, day],
        |row| row.get(0),
    )
    .optional()
}

fn upsert(tx: &Transaction<'_>, channel: i64, day: &str, followers: i64) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO audience_snapshots (channel_id, taken_on, followers) VALUES (?1, ?2, ?3)
         ON CONFLICT (channel_id, taken_on) DO UPDATE SET followers = excluded.followers",
        params![channel, day, followers],
    )?;
    Ok(())
}
