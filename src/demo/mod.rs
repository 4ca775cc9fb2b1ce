//! The deterministic demo brand (Café La Ñora, Valencia): fills an empty database with a plan,
//! posts, people, inbox and mentions dated relative to "now", in one transaction.

mod inbox;
mod large;
mod large_texts;
mod listening;
mod mentions;
mod people;
mod plan;
mod posts;
mod rng;
mod texts;

use crate::db::{Db, DbError};
use crate::domain::Network;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
pub use large::{Scale, populate_large, populate_scaled};
use rng::Rng;
use texts::Texts;

/// The seed of the demo's random numbers: change it and the whole demo changes.
const SEED: u64 = 0x00C4_FE1A_0702_2026;

/// What the demo wrote, for a one-line summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DemoSummary {
    /// Channels created.
    pub channels: usize,
    /// Posts created, from ideas to published.
    pub posts: usize,
    /// Inbox messages created.
    pub messages: usize,
    /// Mentions created.
    pub mentions: usize,
    /// People created.
    pub people: usize,
}

/// Fills an empty database with the demo brand, dated relative to `now`, in one transaction.
pub fn populate(db: &mut Db, now: DateTime<Utc>) -> Result<DemoSummary, DbError> {
    let texts = texts::load()?;
    db.write(|tx| {
        let mut ctx = Ctx::new(&texts, now);
        let plan = plan::write(tx, &mut ctx)?;
        let listening = listening::write(tx, &mut ctx)?;
        let people = people::write(tx, &mut ctx, &plan)?;
        let posts = posts::write(tx, &mut ctx, &plan)?;
        let messages = inbox::write(tx, &mut ctx, &plan, &people)?;
        let mentions = mentions::write(tx, &mut ctx, &listening, &people)?;
        Ok(DemoSummary {
            channels: plan.channels.len(),
            posts,
            messages,
            mentions,
            people: people.len(),
        })
    })
}

/// What every part of the generator shares: the texts, the clock and the random numbers.
struct Ctx<'a> {
    texts: &'a Texts,
    now: DateTime<Utc>,
    today: NaiveDate,
    rng: Rng,
}

impl<'a> Ctx<'a> {
    fn new(texts: &'a Texts, now: DateTime<Utc>) -> Ctx<'a> {
        Ctx {
            texts,
            now,
            today: now.date_naive(),
            rng: Rng::new(SEED),
        }
    }

    /// The date `days` from today.
    fn day(&self, days: i64) -> NaiveDate {
        self.today + Duration::days(days)
    }

    /// The UTC time `days` from today at `hour:minute`.
    fn at(&self, days: i64, hour: u32, minute: u32) -> DateTime<Utc> {
        let time = NaiveTime::from_hms_opt(hour.min(23), minute.min(59), 0).unwrap_or_default();
        self.day(days).and_time(time).and_utc()
    }

    /// Replaces `{origin}` and `{method}` with words from the brand's lists.
    fn fill(&mut self, template: &str) -> String {
        let origin = self.rng.pick(&self.texts.brand.origins);
        let method = self.rng.pick(&self.texts.brand.methods);
        template
            .replace("{origin}", origin)
            .replace("{method}", method)
    }
}

/// A channel as the rest of the generator needs it.
struct Channel {
    id: i64,
    network: Network,
    handle: String,
    followers: i64,
    growth: f64,
    slots: String,
    char_limit: usize,
}

/// A campaign's id and dates.
struct Campaign {
    id: i64,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    posts: Vec<String>,
}

/// The ids of the plan written first, used by posts and people.
struct Plan {
    channels: Vec<Channel>,
    pillars: Vec<(i64, f64)>,
    personas: Vec<(i64, String)>,
    campaigns: Vec<Campaign>,
}

/// A person as the inbox and mentions need them.
struct Person {
    id: i64,
    role: crate::domain::Role,
    reach: i64,
    handles: Vec<(Network, String)>,
}

/// Reads a stored enum name from the texts, or says which text is wrong.
fn parse_name<T>(text: &str, parse: fn(&str) -> Option<T>, what: &str) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| texts::invalid(format!("demo.toml: unknown {what} `{text}`")))
}

#[cfg(test)]
mod tests;
