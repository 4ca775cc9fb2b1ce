//! Posts and their figures from a network's export, matched to the posts already stored: by
//! the network's id or the address, else a post planned here with the same text and a time
//! within [`PLANNED_TOLERANCE_HOURS`]; the rest come in as published posts, on the calendar at
//! the time they were published. Figures become a new
//! snapshot only when they differ from the latest one, so the same file read twice changes
//! nothing. One transaction, rolled back for a dry run.

use super::posts::insert_metrics;
use super::time::format_time;
use super::{Db, DbError};
use crate::domain::post::Metrics;
use crate::import::platform::PlatformPost;
use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, Transaction, params};

/// How far a planned post's time may be from the exported publish time for the two to be one.
pub const PLANNED_TOLERANCE_HOURS: i64 = 6;

/// How many posts are stored between two reports of progress.
pub const PROGRESS_EVERY: usize = 2_000;

/// What an import of exported posts did (or, for a dry run, would do).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PostImportCounts {
    /// Posts not in cmdeck before, stored as published.
    pub new: usize,
    /// Posts already stored (by address, or planned here) the export was matched to.
    pub matched: usize,
    /// Snapshots of figures added.
    pub snapshots: usize,
    /// Posts whose figures were the same as the latest snapshot.
    pub unchanged: usize,
    /// The earliest and latest publish times in the file.
    pub first: Option<DateTime<Utc>>,
    /// See `first`.
    pub last: Option<DateTime<Utc>>,
}

impl Db {
    /// Stores `posts` of `channel_id` with their figures captured `now` (none when the export
    /// has no `figures`); with `dry_run` nothing is kept and the counts say what would have
    /// happened. `stored` hears how many posts are done, every [`PROGRESS_EVERY`] posts.
    pub fn import_platform_posts(
        &mut self,
        channel_id: i64,
        posts: &[PlatformPost],
        figures: bool,
        now: DateTime<Utc>,
        dry_run: bool,
        stored: &mut dyn FnMut(usize),
    ) -> Result<PostImportCounts, DbError> {
        self.write_if(|tx| {
            let mut counts = PostImportCounts::default();
            for (done, post) in posts.iter().enumerate() {
                if done % PROGRESS_EVERY == 0 && done > 0 {
                    stored(done);
                }
                counts.first = Some(
                    counts
                        .first
                        .map_or(post.published_at, |f| f.min(post.published_at)),
                );
                counts.last = Some(
                    counts
                        .last
                        .map_or(post.published_at, |l| l.max(post.published_at)),
                );
                let (id, new) = match stored_post(tx, channel_id, post)? {
                    Some(id) => {
                        counts.matched += 1;
                        (id, false)
                    }
                    None => {
                        counts.new += 1;
                        (insert_published(tx, channel_id, post, now)?, true)
                    }
                };
                if !figures {
                    continue;
                }
                if !new && latest_metrics(tx, id)? == Some(post.metrics) {
                    counts.unchanged += 1;
                } else {
                    insert_metrics(tx, id, now, &post.metrics)?;
                    counts.snapshots += 1;
                }
            }
            Ok((counts, !dry_run))
        })
    }
}

/// The stored post `post` is: the one with its network id or its address (which then learns the
/// id), else one planned here with the same text near the time it was published (which is
/// marked published with its address and id). Every look-up is an index seek, so an archive of
/// a hundred thousand posts is matched in time proportional to its size. (No `ORDER BY` with the
/// `LIMIT`: SQLite prepares such a statement again at every run here, which cost more than the
/// rest of the import.)
fn stored_post(
    tx: &Transaction<'_>,
    channel_id: i64,
    post: &PlatformPost,
) -> rusqlite::Result<Option<i64>> {
    let by_id = tx
        .prepare_cached("SELECT id FROM posts WHERE channel_id = ?1 AND network_id = ?2 LIMIT 1")?
        .query_row(params![channel_id, post.network_id], |row| {
            row.get::<_, i64>(0)
        })
        .optional()?;
    if by_id.is_some() {
        return Ok(by_id);
    }
    let by_address = tx
        .prepare_cached("SELECT id FROM posts WHERE channel_id = ?1 AND url = ?2 LIMIT 1")?
        .query_row(params![channel_id, post.url], |row| row.get::<_, i64>(0))
        .optional()?;
    if let Some(id) = by_address {
        tx.prepare_cached("UPDATE posts SET network_id = ?2 WHERE id = ?1")?
            .execute(params![id, post.network_id])?;
        return Ok(Some(id));
    }
    let tolerance = Duration::hours(PLANNED_TOLERANCE_HOURS);
    let planned = tx
        .prepare_cached(
            "SELECT id FROM posts
             WHERE channel_id = ?1 AND scheduled_at BETWEEN ?3 AND ?4
               AND url IS NULL AND network_id IS NULL AND trim(body) = trim(?2)
               AND status IN ('draft', 'scheduled', 'published')
             LIMIT 1",
        )?
        .query_row(
            params![
                channel_id,
                post.text,
                format_time(post.published_at - tolerance),
                format_time(post.published_at + tolerance),
            ],
            |row| row.get::<_, i64>(0),
        )
        .optional()?;
    if let Some(id) = planned {
        tx.prepare_cached(
            "UPDATE posts SET status = 'published', published_at = ?2, url = ?3, network_id = ?4, updated_at = ?2 WHERE id = ?1",
        )?
        .execute(params![
            id,
            format_time(post.published_at),
            post.url,
            post.network_id,
        ])?;
    }
    Ok(planned)
}

fn insert_published(
    tx: &Transaction<'_>,
    channel_id: i64,
    post: &PlatformPost,
    now: DateTime<Utc>,
) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "INSERT INTO posts (channel_id, body, status, scheduled_at, published_at, url, network_id, created_at, updated_at)
         VALUES (?1, ?2, 'published', ?3, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        channel_id,
        post.text,
        format_time(post.published_at),
        post.url,
        post.network_id,
        format_time(now),
    ])?;
    Ok(tx.last_insert_rowid())
}

fn latest_metrics(tx: &Transaction<'_>, post_id: i64) -> rusqlite::Result<Option<Metrics>> {
    tx.prepare_cached(
        "SELECT impressions, reach, likes, comments, shares, saves, clicks FROM post_metrics
         WHERE post_id = ?1 ORDER BY captured_at DESC, id DESC LIMIT 1",
    )?
    .query_row([post_id], |row| {
        Ok(Metrics {
            impressions: row.get(0)?,
            reach: row.get(1)?,
            likes: row.get(2)?,
            comments: row.get(3)?,
            shares: row.get(4)?,
            saves: row.get(5)?,
            clicks: row.get(6)?,
        })
    })
    .optional()
}
