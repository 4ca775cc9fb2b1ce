//! The large demo (`cmdeck demo --scale large`): the demo brand plus three years of history at
//! the scale of a busy brand — 8 channels, 50,000 posts with metrics, 200,000 messages,
//! 1,000,000 mentions, 20,000 people with handles and interaction logs, daily audience
//! snapshots — deterministic, written in batched transactions with prepared statements.

use super::rng::Rng;
use super::{DemoSummary, populate};
use crate::db::{Db, DbError};
use chrono::{DateTime, Duration, Utc};
use rusqlite::{Transaction, params};

/// How much history the large demo holds.
const DAYS: i64 = 3 * 365;
/// Rows written per transaction.
const BATCH: usize = 50_000;

use super::large_texts::*;

/// How many rows of each kind a generated history holds (over the same three years).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Published posts, each with metrics.
    pub posts: usize,
    /// Inbox messages.
    pub messages: usize,
    /// Mentions.
    pub mentions: usize,
    /// People, with handles and interactions.
    pub people: usize,
}

impl Scale {
    /// The large demo: a busy brand's three years.
    pub const LARGE: Scale = Scale {
        posts: 50_000,
        messages: 200_000,
        mentions: 1_000_000,
        people: 20_000,
    };

    /// This history `factor` times busier: every kind of row multiplied.
    pub fn times(self, factor: usize) -> Scale {
        Scale {
            posts: self.posts * factor,
            messages: self.messages * factor,
            mentions: self.mentions * factor,
            people: self.people * factor,
        }
    }
}

/// Writes the demo brand, then the large history, into an empty database.
pub fn populate_large(db: &mut Db, now: DateTime<Utc>) -> Result<DemoSummary, DbError> {
    populate_scaled(db, now, Scale::LARGE)
}

/// Writes the demo brand, then a generated history of `scale`, into an empty database; the
/// same `now` and `scale` always write the same rows.
pub fn populate_scaled(
    db: &mut Db,
    now: DateTime<Utc>,
    scale: Scale,
) -> Result<DemoSummary, DbError> {
    let small = populate(db, now)?;
    let mut rng = Rng::new(super::SEED ^ 0x1A26E);
    let start = now - Duration::days(DAYS);
    let channels = db.write(add_channels)?;
    let lookups = db.write(lookups)?;
    batched(db, scale.posts, |tx, from, to| {
        posts(
            tx,
            &mut rng,
            &channels,
            &lookups,
            start,
            (from..to, scale.posts),
        )
    })?;
    batched(db, scale.people, |tx, from, to| {
        people(tx, &mut rng, (from..to, scale.people), start)
    })?;
    batched(db, scale.messages, |tx, from, to| {
        messages(tx, &mut rng, &channels, start, (from..to, scale.messages))
    })?;
    db.load_mentions_in_bulk(|db| {
        batched(db, scale.mentions, |tx, from, to| {
            mentions(tx, &mut rng, &lookups, start, (from..to, scale.mentions))
        })
    })?;
    db.write(|tx| snapshots(tx, &channels, now))?;
    db.write(|tx| tx.execute_batch("ANALYZE"))?;
    Ok(DemoSummary {
        channels: small.channels + 3,
        posts: small.posts + scale.posts,
        messages: small.messages + scale.messages,
        mentions: small.mentions + scale.mentions,
        people: small.people + scale.people,
    })
}

/// Runs `write` over `0..total` in transactions of [`BATCH`] rows.
fn batched(
    db: &mut Db,
    total: usize,
    mut write: impl FnMut(&Transaction<'_>, usize, usize) -> rusqlite::Result<()>,
) -> Result<(), DbError> {
    let mut from = 0;
    while from < total {
        let to = (from + BATCH).min(total);
        db.write(|tx| write(tx, from, to))?;
        from = to;
    }
    Ok(())
}

/// Ids the generated rows point at.
struct Lookups {
    pillars: Vec<i64>,
    campaigns: Vec<i64>,
    personas: Vec<i64>,
    rules: Vec<(i64, String)>,
}

fn ids(tx: &Transaction<'_>, sql: &str) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = tx.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

fn lookups(tx: &Transaction<'_>) -> rusqlite::Result<Lookups> {
    let mut stmt = tx.prepare("SELECT id, kind FROM listening_rules ORDER BY id")?;
    let rules = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Lookups {
        pillars: ids(tx, "SELECT id FROM pillars ORDER BY id")?,
        campaigns: ids(tx, "SELECT id FROM campaigns ORDER BY id")?,
        personas: ids(tx, "SELECT id FROM personas ORDER BY id")?,
        rules,
    })
}

/// Adds Threads, Bluesky and YouTube to the demo's five channels; returns all eight ids.
fn add_channels(tx: &Transaction<'_>) -> rusqlite::Result<Vec<i64>> {
    for (network, handle, limit) in [
        ("threads", "@cafelanora", 500),
        ("bluesky", "@cafelanora.bsky.social", 300),
        ("youtube", "@cafelanora", 5000),
    ] {
        tx.execute(
            "INSERT INTO channels (network, handle, name, char_limit) VALUES (?1, ?2, 'Café La Ñora', ?3)",
            params![network, handle, limit],
        )?;
    }
    ids(tx, "SELECT id FROM channels ORDER BY id")
}

fn time(start: DateTime<Utc>, rng: &mut Rng, index: usize, total: usize) -> String {
    let span = DAYS * 86_400;
    let base = span * index as i64 / total as i64;
    let at = start + Duration::seconds(base + rng.range(0, span / total as i64));
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn posts(
    tx: &Transaction<'_>,
    rng: &mut Rng,
    channels: &[i64],
    lookups: &Lookups,
    start: DateTime<Utc>,
    (range, total): (std::ops::Range<usize>, usize),
) -> rusqlite::Result<()> {
    let mut post = tx.prepare_cached(
        "INSERT INTO posts (channel_id, body, status, scheduled_at, published_at, url, campaign_id, pillar_id,
                            persona_id, created_at, updated_at)
         VALUES (?1, ?2, 'published', ?3, ?3, ?4, ?5, ?6, ?7, ?3, ?3)",
    )?;
    let mut metrics = tx.prepare_cached(
        "INSERT INTO post_metrics (post_id, captured_at, impressions, reach, likes, comments, shares, saves, clicks)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for i in range {
        let at = time(start, rng, i, total);
        let channel = channels[rng.below(channels.len())];
        let body = format!(
            "{} {} #cafe{}",
            SUBJECTS_ES[rng.below(SUBJECTS_ES.len())],
            PRAISE_ES[rng.below(PRAISE_ES.len())],
            i
        );
        let pick = |rng: &mut Rng, ids: &[i64], p: f64| {
            (rng.chance(p) && !ids.is_empty()).then(|| ids[rng.below(ids.len())])
        };
        let campaign = pick(rng, &lookups.campaigns, 0.15);
        let pillar = pick(rng, &lookups.pillars, 0.9);
        let persona = pick(rng, &lookups.personas, 0.5);
        let url = format!("https://example.com/cafelanora/p/{i}");
        post.execute(params![channel, body, at, url, campaign, pillar, persona])?;
        let id = tx.last_insert_rowid();
        let impressions = rng.range(200, 20_000);
        let reach = impressions * rng.range(55, 90) / 100;
        metrics.execute(params![
            id,
            at,
            impressions,
            reach,
            rng.range(0, impressions / 20),
            rng.range(0, 40),
            rng.range(0, 25),
            rng.range(0, 30),
            rng.range(0, 60)
        ])?;
    }
    Ok(())
}

fn people(
    tx: &Transaction<'_>,
    rng: &mut Rng,
    (range, total): (std::ops::Range<usize>, usize),
    start: DateTime<Utc>,
) -> rusqlite::Result<()> {
    const ROLES: &[(&str, f64)] = &[
        ("customer", 0.55),
        ("advocate", 0.12),
        ("influencer", 0.05),
        ("journalist", 0.02),
        ("partner", 0.02),
        ("detractor", 0.06),
        ("troll", 0.02),
        ("other", 0.16),
    ];
    let weights: Vec<f64> = ROLES.iter().map(|(_, w)| *w).collect();
    let mut person = tx.prepare_cached(
        "INSERT INTO people (name, role, notes, tags, reach, next_follow_up, created_at)
         VALUES (?1, ?2, '', ?3, ?4, ?5, ?6)",
    )?;
    let mut handle =
        tx.prepare_cached("INSERT INTO handles (person_id, network, handle) VALUES (?1, ?2, ?3)")?;
    let mut interaction = tx.prepare_cached(
        "INSERT INTO interactions (person_id, happened_at, kind, note) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for i in range {
        let name = format!(
            "{} {}",
            FIRST_NAMES[rng.below(FIRST_NAMES.len())],
            LAST_NAMES[rng.below(LAST_NAMES.len())]
        );
        let role = ROLES[rng.weighted(&weights)].0;
        let created = time(start, rng, i, total);
        let follow_up = rng.chance(0.1).then(|| {
            (start + Duration::days(DAYS + rng.range(-20, 30)))
                .format("%Y-%m-%d")
                .to_string()
        });
        person.execute(params![
            name,
            role,
            if i % 7 == 0 { "vip" } else { "" },
            rng.range(10, 80_000),
            follow_up,
            created
        ])?;
        let id = tx.last_insert_rowid();
        handle.execute(params![id, "instagram", format!("@p{i}_cafe")])?;
        if rng.chance(0.5) {
            handle.execute(params![id, "x", format!("@p{i}")])?;
        }
        for _ in 0..rng.range(0, 5) {
            let moment = rng.below(total);
            let at = time(start, rng, moment, total);
            interaction.execute(params![id, at, "dm", "seguimiento"])?;
        }
    }
    Ok(())
}

fn messages(
    tx: &Transaction<'_>,
    rng: &mut Rng,
    channels: &[i64],
    start: DateTime<Utc>,
    (range, total): (std::ops::Range<usize>, usize),
) -> rusqlite::Result<()> {
    const KINDS: &[&str] = &["dm", "comment", "reply", "review", "email"];
    const SENTIMENTS: &[&str] = &["positive", "neutral", "negative"];
    let mut message = tx.prepare_cached(
        "INSERT INTO messages (channel_id, kind, external_id, author, person_id, body, received_at, status,
                               first_response_at, sentiment_auto, priority)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'normal')",
    )?;
    let people: i64 = tx.query_row("SELECT MAX(id) FROM people", [], |r| r.get(0))?;
    for i in range {
        let received = time(start, rng, i, total);
        let recent = i + 200 >= total;
        let answered = !recent && rng.chance(0.92);
        let first_response = answered.then(|| {
            let at = chrono::DateTime::parse_from_rfc3339(&received).map(|t| t.with_timezone(&Utc));
            at.map(|t| {
                (t + Duration::minutes(rng.range(3, 900)))
                    .format("%Y-%m-%dT%H:%M:%SZ")
                    .to_string()
            })
            .unwrap_or_default()
        });
        let status = if recent {
            "new"
        } else if answered {
            "done"
        } else {
            "open"
        };
        let person = rng.chance(0.3).then(|| rng.range(1, people));
        message.execute(params![
            channels[rng.below(channels.len())],
            KINDS[rng.below(KINDS.len())],
            format!("large-{i}"),
            format!("@fan{}", rng.below(50_000)),
            person,
            MESSAGE_BODIES[rng.below(MESSAGE_BODIES.len())],
            received,
            status,
            first_response,
            SENTIMENTS[rng.below(SENTIMENTS.len())],
        ])?;
    }
    Ok(())
}

fn mentions(
    tx: &Transaction<'_>,
    rng: &mut Rng,
    lookups: &Lookups,
    start: DateTime<Utc>,
    (range, total): (std::ops::Range<usize>, usize),
) -> rusqlite::Result<()> {
    let mut mention = tx.prepare_cached(
        "INSERT INTO mentions (source, external_id, url, author, person_id, text, published_at, reach,
                               sentiment_auto, rule_id, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let people: i64 = tx.query_row("SELECT MAX(id) FROM people", [], |r| r.get(0))?;
    for i in range {
        let english = rng.chance(0.35);
        let (subjects, groups) = if english {
            (SUBJECTS_EN, [PRAISE_EN, PLAIN_EN, BLAME_EN])
        } else {
            (SUBJECTS_ES, [PRAISE_ES, PLAIN_ES, BLAME_ES])
        };
        let tone = rng.weighted(&[0.55, 0.3, 0.15]);
        let sentiment = ["positive", "neutral", "negative"][tone];
        let text = format!(
            "{} {} (#{})",
            subjects[rng.below(subjects.len())],
            groups[tone][rng.below(groups[tone].len())],
            i
        );
        let rule =
            (!lookups.rules.is_empty()).then(|| lookups.rules[rng.below(lookups.rules.len())].0);
        let recent = i + 2_000 >= total;
        let status = if recent {
            "new"
        } else {
            ["reviewed", "actioned", "ignored"][rng.weighted(&[0.7, 0.2, 0.1])]
        };
        let source = SOURCES[rng.below(SOURCES.len())];
        mention.execute(params![
            source,
            format!("large-{i}"),
            format!("https://{source}.example/m/{i}"),
            format!("@user{}", rng.below(120_000)),
            rng.chance(0.05).then(|| rng.range(1, people)),
            text,
            time(start, rng, i, total),
            rng.range(0, 50_000),
            sentiment,
            rule,
            status,
        ])?;
    }
    Ok(())
}

/// One audience snapshot a day per channel over the three years (the demo's own are kept).
fn snapshots(tx: &Transaction<'_>, channels: &[i64], now: DateTime<Utc>) -> rusqlite::Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO audience_snapshots (channel_id, taken_on, followers) VALUES (?1, ?2, ?3)",
    )?;
    for (n, channel) in channels.iter().enumerate() {
        for day in 0..DAYS {
            let date = (now - Duration::days(DAYS - day))
                .format("%Y-%m-%d")
                .to_string();
            let followers = 500 + (n as i64 + 1) * 300 + day * (n as i64 + 2);
            insert.execute(params![channel, date, followers])?;
        }
    }
    Ok(())
}
