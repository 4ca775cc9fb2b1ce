//! Plain inserts for every table, used by the demo and by importers: each takes a transaction
//! and a `New…` value (a [`Post`] for posts, or a few plain values) and writes one row with bound
//! parameters.

mod inbox;
mod listening;
mod people;
mod strategy;

pub use inbox::{insert_message, insert_reply, insert_saved_reply};
pub use listening::{
    NewCrisis, NewCrisisThreshold, NewListeningRule, insert_competitor, insert_crisis,
    insert_crisis_contact, insert_crisis_step, insert_crisis_threshold, insert_holding_statement,
    insert_listening_rule, insert_mention, insert_mention_unless_stored, tick_level_steps,
};
pub use people::{
    NewAdvocacyTier, insert_advocacy_tier, insert_handle, insert_interaction, insert_person,
};
pub use strategy::{
    NewCampaign, NewChannelPlan, NewObjective, NewPersona, NewPillar, insert_campaign,
    insert_campaign_spend, insert_channel_plan, insert_manual_kpi_value, insert_objective,
    insert_persona, insert_pillar, insert_week_note,
};

use super::{format_date, format_time};
use crate::domain::Network;
use crate::domain::post::Post;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, params};

/// Stores (or replaces) a free-form setting.
pub fn set_setting(tx: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// A publishing channel to create.
#[derive(Debug, Clone)]
pub struct NewChannel {
    /// The network it lives on.
    pub network: Network,
    /// The account handle on that network.
    pub handle: String,
    /// A display name.
    pub name: String,
    /// The post length limit, in characters.
    pub char_limit: u32,
}

/// Inserts a channel and returns its id.
pub fn insert_channel(tx: &Connection, channel: &NewChannel) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO channels (network, handle, name, char_limit) VALUES (?1, ?2, ?3, ?4)",
        params![
            channel.network,
            channel.handle,
            channel.name,
            channel.char_limit
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Records a channel's follower count on one day.
pub fn insert_audience_snapshot(
    tx: &Connection,
    channel_id: i64,
    taken_on: NaiveDate,
    followers: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO audience_snapshots (channel_id, taken_on, followers) VALUES (?1, ?2, ?3)",
        params![channel_id, format_date(taken_on), followers],
    )?;
    Ok(())
}

/// Inserts a post, at any stage from idea to published, and returns its id.
pub fn insert_post(tx: &Connection, post: &Post) -> rusqlite::Result<i64> {
    super::posts::insert(tx, None, post)
}

/// One reading of a published post's numbers.
#[derive(Debug, Clone, Default)]
pub struct NewPostMetrics {
    /// The post measured.
    pub post_id: i64,
    /// When the numbers were read.
    pub captured_at: DateTime<Utc>,
    /// Times shown, when the network says.
    pub impressions: Option<i64>,
    /// Distinct accounts reached, when the network says.
    pub reach: Option<i64>,
    /// Likes.
    pub likes: i64,
    /// Comments.
    pub comments: i64,
    /// Shares, reposts, boosts.
    pub shares: i64,
    /// Saves and bookmarks.
    pub saves: i64,
    /// Link clicks.
    pub clicks: i64,
}

/// Inserts a metrics reading and returns its id.
pub fn insert_post_metrics(tx: &Connection, metrics: &NewPostMetrics) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO post_metrics (post_id, captured_at, impressions, reach, likes, comments,
                                   shares, saves, clicks)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            metrics.post_id,
            format_time(metrics.captured_at),
            metrics.impressions,
            metrics.reach,
            metrics.likes,
            metrics.comments,
            metrics.shares,
            metrics.saves,
            metrics.clicks,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use crate::domain::PostStatus;
    use chrono::TimeZone;

    #[test]
    fn a_seeded_channel_and_post_read_back_with_their_stored_names() {
        let mut db = Db::open_in_memory().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let (status, at): (String, String) = db
            .write(|tx| {
                let channel_id = insert_channel(
                    tx,
                    &NewChannel {
                        network: Network::Mastodon,
                        handle: "@cafe@mastodon.social".into(),
                        name: "Café".into(),
                        char_limit: Network::Mastodon.default_char_limit(),
                    },
                )?;
                let post = Post {
                    channel_id,
                    body: "¡Hola, España! ☕".into(),
                    status: PostStatus::Scheduled,
                    scheduled_at: Some(now),
                    published_at: None,
                    url: None,
                    campaign_id: None,
                    pillar_id: None,
                    persona_id: None,
                    evergreen: false,
                    cooldown_days: 30,
                    max_repeats: None,
                    until: None,
                    notes: String::new(),
                    repeat_of: None,
                    created_at: now,
                    updated_at: now,
                };
                let id = insert_post(tx, &post)?;
                tx.query_row(
                    "SELECT status, scheduled_at FROM posts WHERE id = ?1",
                    [id],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
            })
            .unwrap();
        assert_eq!(status, "scheduled");
        assert_eq!(at, "2026-11-23T10:00:00Z");
    }

    #[test]
    fn a_setting_written_twice_keeps_the_last_value() {
        let mut db = Db::open_in_memory().unwrap();
        db.write(|tx| {
            set_setting(tx, "brand_name", "Uno")?;
            set_setting(tx, "brand_name", "Café La Ñora")
        })
        .unwrap();
        assert_eq!(
            db.setting("brand_name").unwrap().as_deref(),
            Some("Café La Ñora")
        );
    }
}
