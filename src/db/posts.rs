//! Writing posts: create (on several channels at once), edit, move, duplicate, cancel, publish,
//! record metrics, delete, and restore a saved copy for undo. Each call is one transaction.

use super::time::{date_column, format_date, format_time, parse_time, time_column};
use super::{Db, DbError};
use crate::domain::PostStatus;
use crate::domain::calendar::Lookups;
use crate::domain::post::{ChannelInfo, Metrics, Post, PostSnapshot};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

fn names(db: &Db, sql: &str) -> Result<Vec<(i64, String)>, DbError> {
    let mut stmt = db.conn().prepare_cached(sql)?;
    let rows = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Writes a post as it is, under `id` or a new one; the id it got.
pub(super) fn insert(tx: &Connection, id: Option<i64>, post: &Post) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO posts (id, channel_id, body, status, scheduled_at, published_at, url, campaign_id, pillar_id, persona_id,
                            evergreen, evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, notes, repeat_of, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            id,
            post.channel_id,
            post.body,
            post.status,
            post.scheduled_at.map(format_time),
            post.published_at.map(format_time),
            post.url,
            post.campaign_id,
            post.pillar_id,
            post.persona_id,
            post.evergreen,
            post.cooldown_days,
            post.max_repeats,
            post.until.map(format_date),
            post.notes,
            post.repeat_of,
            format_time(post.created_at),
            format_time(post.updated_at),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Adds a snapshot of a post's figures captured `at` (a cached statement: imports call it per post).
pub(super) fn insert_metrics(
    tx: &Transaction<'_>,
    post_id: i64,
    at: DateTime<Utc>,
    m: &Metrics,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO post_metrics (post_id, captured_at, impressions, reach, likes, comments, shares, saves, clicks)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![post_id, format_time(at), m.impressions, m.reach, m.likes, m.comments, m.shares, m.saves, m.clicks])?;
    Ok(())
}

/// Fails the transaction when an update touched no row (the post was deleted meanwhile).
fn changed(count: usize) -> rusqlite::Result<()> {
    if count == 0 {
        Err(rusqlite::Error::QueryReturnedNoRows)
    } else {
        Ok(())
    }
}

impl Db {
    /// The channels in use (archived ones left out) with their limits and posting slots from
    /// the channel plan.
    pub fn channels(&self) -> Result<Vec<ChannelInfo>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.network, c.handle, c.char_limit, COALESCE(cp.slots, '')
             FROM channels c LEFT JOIN channel_plan cp ON cp.channel_id = c.id
             WHERE c.archived_on IS NULL ORDER BY c.id",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(ChannelInfo {
                    id: row.get(0)?,
                    network: row.get(1)?,
                    handle: row.get(2)?,
                    char_limit: row.get(3)?,
                    slots: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Channels, campaigns, pillars and personas for the post form.
    pub fn lookups(&self) -> Result<Lookups, DbError> {
        Ok(Lookups {
            channels: self.channels()?,
            campaigns: names(
                self,
                "SELECT id, name FROM campaigns ORDER BY starts_on DESC, name",
            )?,
            pillars: names(self, "SELECT id, name FROM pillars ORDER BY name")?,
            personas: names(self, "SELECT id, name FROM personas ORDER BY name")?,
        })
    }

    /// One post exactly as stored, with its id and metrics; `None` when it does not exist.
    pub fn post_snapshot(&self, id: i64) -> Result<Option<PostSnapshot>, DbError> {
        let snapshot = self
            .conn()
            .query_row(
                "SELECT id, channel_id, body, status, scheduled_at, published_at, url, campaign_id, pillar_id, persona_id,
                        evergreen, evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, notes, repeat_of, created_at, updated_at
                 FROM posts WHERE id = ?1",
                [id],
                |row| {
                    let created: String = row.get(16)?;
                    let updated: String = row.get(17)?;
                    Ok(PostSnapshot {
                        id: row.get(0)?,
                        post: Post {
                            channel_id: row.get(1)?,
                            body: row.get(2)?,
                            status: row.get(3)?,
                            scheduled_at: time_column(row, 4)?,
                            published_at: time_column(row, 5)?,
                            url: row.get(6)?,
                            campaign_id: row.get(7)?,
                            pillar_id: row.get(8)?,
                            persona_id: row.get(9)?,
                            evergreen: row.get(10)?,
                            cooldown_days: row.get(11)?,
                            max_repeats: row.get(12)?,
                            until: date_column(row, 13)?,
                            notes: row.get(14)?,
                            repeat_of: row.get(15)?,
                            created_at: parse_time(&created).unwrap_or_default(),
                            updated_at: parse_time(&updated).unwrap_or_default(),
                        },
                        metrics: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut snapshot) = snapshot else {
            return Ok(None);
        };
        let mut stmt = self.conn().prepare_cached(
            "SELECT captured_at, impressions, reach, likes, comments, shares, saves, clicks FROM post_metrics WHERE post_id = ?1 ORDER BY captured_at, id",
        )?;
        snapshot.metrics = stmt
            .query_map([id], |row| {
                let at: String = row.get(0)?;
                Ok((
                    parse_time(&at).unwrap_or_default(),
                    Metrics {
                        impressions: row.get(1)?,
                        reach: row.get(2)?,
                        likes: row.get(3)?,
                        comments: row.get(4)?,
                        shares: row.get(5)?,
                        saves: row.get(6)?,
                        clicks: row.get(7)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some(snapshot))
    }

    /// Saves new posts (one per channel of a draft) in one transaction; their ids, in order.
    pub fn insert_posts(&mut self, posts: &[Post]) -> Result<Vec<i64>, DbError> {
        self.write(|tx| posts.iter().map(|post| insert(tx, None, post)).collect())
    }

    /// Replaces a post's editable fields and marks it changed at `now`; what it repeats and when
    /// it was written stay as stored.
    pub fn update_post(&mut self, id: i64, post: &Post, now: DateTime<Utc>) -> Result<(), DbError> {
        self.write(|tx| {
            let count = tx.execute(
                "UPDATE posts SET channel_id = ?2, body = ?3, status = ?4, scheduled_at = ?5, published_at = ?6, url = ?7,
                                  campaign_id = ?8, pillar_id = ?9, persona_id = ?10, evergreen = ?11, evergreen_cooldown_days = ?12,
                                  evergreen_max_repeats = ?13, evergreen_until = ?14, notes = ?15, updated_at = ?16
                 WHERE id = ?1",
                params![
                    id,
                    post.channel_id,
                    post.body,
                    post.status,
                    post.scheduled_at.map(format_time),
                    post.published_at.map(format_time),
                    post.url,
                    post.campaign_id,
                    post.pillar_id,
                    post.persona_id,
                    post.evergreen,
                    post.cooldown_days,
                    post.max_repeats,
                    post.until.map(format_date),
                    post.notes,
                    format_time(now),
                ],
            )?;
            changed(count)
        })
    }

    /// Moves a post to a new time.
    pub fn move_post(
        &mut self,
        id: i64,
        to: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), DbError> {
        self.write(|tx| {
            let count = tx.execute(
                "UPDATE posts SET scheduled_at = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, format_time(to), format_time(now)],
            )?;
            changed(count)
        })
    }

    /// Copies a post as a new draft at `at` (metrics and URL stay with the original); the copy's id.
    pub fn duplicate_post(
        &mut self,
        id: i64,
        at: Option<DateTime<Utc>>,
        repeat_of: Option<i64>,
        status: PostStatus,
        now: DateTime<Utc>,
    ) -> Result<i64, DbError> {
        let original = self
            .post_snapshot(id)?
            .ok_or(DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows))?;
        let copy = Post {
            status,
            scheduled_at: at,
            published_at: None,
            url: None,
            repeat_of,
            created_at: now,
            updated_at: now,
            ..original.post
        };
        self.write(|tx| insert(tx, None, &copy))
    }

    /// Sets a post's status (cancel, back to draft…); publishing goes through `publish_post`.
    pub fn set_post_status(
        &mut self,
        id: i64,
        status: PostStatus,
        now: DateTime<Utc>,
    ) -> Result<(), DbError> {
        self.write(|tx| {
            let count = tx.execute(
                "UPDATE posts SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, status, format_time(now)],
            )?;
            changed(count)
        })
    }

    /// Marks a post published at `at`, with its address when known.
    pub fn publish_post(
        &mut self,
        id: i64,
        at: DateTime<Utc>,
        url: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), DbError> {
        self.write(|tx| {
            let count = tx.execute(
                "UPDATE posts SET status = 'published', published_at = ?2, url = COALESCE(?3, url),
                                  scheduled_at = COALESCE(scheduled_at, ?2), updated_at = ?4 WHERE id = ?1",
                params![id, format_time(at), url, format_time(now)],
            )?;
            changed(count)
        })
    }

    /// Records a metrics capture for a post (the latest capture is the one shown).
    pub fn add_metrics(
        &mut self,
        id: i64,
        at: DateTime<Utc>,
        metrics: &Metrics,
    ) -> Result<(), DbError> {
        self.write(|tx| insert_metrics(tx, id, at, metrics))
    }

    /// Deletes posts (and their metrics).
    pub fn delete_posts(&mut self, ids: &[i64]) -> Result<(), DbError> {
        self.write(|tx| {
            for id in ids {
                tx.execute("DELETE FROM posts WHERE id = ?1", [id])?;
            }
            Ok(())
        })
    }

    /// Takes back a change in one transaction: removes the posts it created and puts the posts it
    /// changed back exactly as recorded (same ids, fields and metrics).
    pub fn restore_posts(
        &mut self,
        remove: &[i64],
        snapshots: &[PostSnapshot],
    ) -> Result<(), DbError> {
        self.write(|tx| {
            for id in remove {
                tx.execute("DELETE FROM posts WHERE id = ?1", [id])?;
            }
            for snapshot in snapshots {
                tx.execute("DELETE FROM posts WHERE id = ?1", [snapshot.id])?;
                insert(tx, Some(snapshot.id), &snapshot.post)?;
                for (at, metrics) in &snapshot.metrics {
                    insert_metrics(tx, snapshot.id, *at, metrics)?;
                }
            }
            Ok(())
        })
    }

    /// Planned times (not cancelled) of a channel's posts in `[from, to)`, for finding free slots.
    pub fn post_times(
        &self,
        channel_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT scheduled_at FROM posts WHERE channel_id = ?1 AND status != 'cancelled' AND scheduled_at >= ?2 AND scheduled_at < ?3 ORDER BY scheduled_at",
        )?;
        let times = stmt
            .query_map(
                params![channel_id, format_time(from), format_time(to)],
                |row| row.get::<_, String>(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(times.iter().filter_map(|t| parse_time(t)).collect())
    }
}
