//! The demo's mentions: eight weeks of brand, competitor and sector talk, a delivery-problem
//! cluster three to four days ago, and the untriaged ones of the last two days.

use super::listening::Rules;
use super::{Ctx, Person};
use crate::db::seed;
use crate::domain::mentions::NewMention;
use crate::domain::{MentionStatus, Network, Role, Sentiment};
use chrono::{DateTime, Duration, Utc};
use rusqlite::Transaction;

/// Mentions spread over the eight weeks before the last two days.
const BACKGROUND: usize = 318;
/// Mentions of the last two days, still new.
const RECENT: usize = 25;
/// The number of new mentions, for tests.
#[cfg(test)]
pub(super) const RECENT_FOR_TESTS: usize = RECENT;
/// How many of the recent ones are forced negative about the brand.
const RECENT_NEGATIVE: usize = 5;

/// What a mention is about and how it sounds.
struct Spec {
    rule_id: i64,
    text: String,
    sentiment: Sentiment,
    person: Option<usize>,
    is_defence: bool,
    published_at: DateTime<Utc>,
    status: MentionStatus,
}

/// Writes every mention; returns how many.
pub(super) fn write(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    rules: &Rules,
    people: &[Person],
) -> rusqlite::Result<usize> {
    let texts = &ctx.texts.mentions;
    let mut count = 0;
    let mut write = |ctx: &mut Ctx<'_>, spec: Spec| {
        count += 1;
        write_one(tx, ctx, people, count, spec)
    };
    for _ in 0..BACKGROUND {
        let published_at = ctx.now - Duration::minutes(ctx.rng.range(2 * 1440 + 60, 56 * 1440));
        let spec = random_spec(ctx, rules, people, published_at, None);
        write(ctx, spec)?;
    }
    // The delivery problem: a burst of complaints, and a few advocates defending the brand.
    for index in 0..10 {
        let published_at = ctx.now - Duration::minutes(ctx.rng.range(74 * 60, 92 * 60));
        let defence = index >= 7;
        let pool = if defence {
            &texts.defence
        } else {
            &texts.delivery
        };
        let spec = Spec {
            rule_id: rules.brand,
            text: ctx.rng.pick(pool).to_string(),
            sentiment: if defence {
                Sentiment::Positive
            } else {
                Sentiment::Negative
            },
            person: if defence {
                pick_person(ctx, people, &[Role::Advocate])
            } else {
                None
            },
            is_defence: defence,
            published_at,
            status: MentionStatus::Actioned,
        };
        write(ctx, spec)?;
    }
    for index in 0..RECENT {
        let minutes = 20 + 110 * index as i64 + ctx.rng.range(0, 60);
        let forced = (index % 5 == 1 && index / 5 < RECENT_NEGATIVE).then_some(Sentiment::Negative);
        let spec = random_spec(
            ctx,
            rules,
            people,
            ctx.now - Duration::minutes(minutes),
            forced,
        );
        write(
            ctx,
            Spec {
                status: MentionStatus::New,
                ..spec
            },
        )?;
    }
    Ok(count)
}

/// A mention of the brand (55%), a competitor (30%) or the sector (15%), with a fitting tone.
fn random_spec(
    ctx: &mut Ctx<'_>,
    rules: &Rules,
    people: &[Person],
    published_at: DateTime<Utc>,
    forced_negative_brand: Option<Sentiment>,
) -> Spec {
    let texts = &ctx.texts.mentions;
    let about = if forced_negative_brand.is_some() {
        0
    } else {
        ctx.rng.weighted(&[0.55, 0.3, 0.15])
    };
    let roll = ctx.rng.unit();
    let (rule_id, text, sentiment, person) = match about {
        0 => {
            let sentiment = forced_negative_brand.unwrap_or(match roll {
                r if r < 0.66 => Sentiment::Positive,
                r if r < 0.86 => Sentiment::Neutral,
                _ => Sentiment::Negative,
            });
            let (pool, roles, link) = match sentiment {
                Sentiment::Positive => (
                    &texts.brand_positive,
                    &[Role::Advocate, Role::Influencer, Role::Customer][..],
                    0.35,
                ),
                Sentiment::Neutral => (
                    &texts.brand_neutral,
                    &[Role::Customer, Role::Journalist][..],
                    0.1,
                ),
                Sentiment::Negative => (
                    &texts.brand_negative,
                    &[Role::Detractor, Role::Troll][..],
                    0.45,
                ),
            };
            let person = if ctx.rng.chance(link) {
                pick_person(ctx, people, roles)
            } else {
                None
            };
            (
                rules.brand,
                ctx.rng.pick(pool).to_string(),
                sentiment,
                person,
            )
        }
        1 => {
            let index = ctx.rng.below(rules.competitors.len());
            let (rule_id, name) = rules
                .competitors
                .get(index)
                .cloned()
                .unwrap_or((rules.brand, String::new()));
            let (pool, sentiment) = match roll {
                r if r < 0.35 => (&texts.competitor_positive, Sentiment::Positive),
                r if r < 0.8 => (&texts.competitor_neutral, Sentiment::Neutral),
                _ => (&texts.competitor_negative, Sentiment::Negative),
            };
            (
                rule_id,
                ctx.rng.pick(pool).replace("{name}", &name),
                sentiment,
                None,
            )
        }
        _ => {
            let sentiment = if roll < 0.6 {
                Sentiment::Neutral
            } else {
                Sentiment::Positive
            };
            (
                rules.sector,
                ctx.rng.pick(&texts.sector).to_string(),
                sentiment,
                None,
            )
        }
    };
    let roll = ctx.rng.unit();
    let status = match (about, sentiment) {
        (0, Sentiment::Negative) if roll < 0.6 => MentionStatus::Actioned,
        (0, Sentiment::Positive) if roll < 0.15 => MentionStatus::Actioned,
        (0, _) if roll < 0.85 => MentionStatus::Reviewed,
        (_, _) if roll < 0.5 => MentionStatus::Reviewed,
        _ => MentionStatus::Ignored,
    };
    Spec {
        rule_id,
        text,
        sentiment,
        person,
        is_defence: false,
        published_at,
        status,
    }
}

/// A random person in one of the roles who has a handle.
fn pick_person(ctx: &mut Ctx<'_>, people: &[Person], roles: &[Role]) -> Option<usize> {
    let fitting: Vec<usize> = (0..people.len())
        .filter(|&i| {
            people
                .get(i)
                .is_some_and(|p| roles.contains(&p.role) && !p.handles.is_empty())
        })
        .collect();
    fitting.get(ctx.rng.below(fitting.len())).copied()
}

/// Writes one mention with its source, author, address and reach.
fn write_one(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    people: &[Person],
    number: usize,
    spec: Spec,
) -> rusqlite::Result<i64> {
    let person = spec.person.and_then(|i| people.get(i));
    let (source, author, reach) = match person.and_then(|p| p.handles.first().map(|h| (p, h))) {
        Some((person, (network, handle))) => (source_of(*network), handle.clone(), person.reach),
        None => {
            let sources = [
                "twitter",
                "twitter",
                "instagram",
                "mastodon",
                "bluesky",
                "google-alerts",
                "reddit",
                "news",
            ];
            let source = sources[ctx.rng.below(sources.len())];
            let author = match source {
                "news" | "google-alerts" => ctx.texts.mentions.news_author.clone(),
                _ => ctx.rng.pick(&ctx.texts.authors.names).to_string(),
            };
            let reach = match source {
                "news" => ctx.rng.range(5_000, 50_000),
                _ => (10.0 * 5_000f64.powf(ctx.rng.unit().powi(2))).round() as i64,
            };
            (source, author, reach)
        }
    };
    let corrected = (spec.status != MentionStatus::New && ctx.rng.chance(0.04)).then_some(
        match spec.sentiment {
            Sentiment::Positive => Sentiment::Neutral,
            Sentiment::Neutral => Sentiment::Positive,
            Sentiment::Negative => Sentiment::Neutral,
        },
    );
    let mention = NewMention {
        source: source.to_string(),
        external_id: Some(format!("m{:07}", 3_100_000 + number)),
        url: Some(url(source, &author, number)),
        author,
        person_id: person.map(|p| p.id),
        text: spec.text,
        published_at: spec.published_at,
        reach,
        sentiment_auto: spec.sentiment,
        sentiment_corrected: corrected,
        rule_id: Some(spec.rule_id),
        status: spec.status,
        is_defence: spec.is_defence,
    };
    seed::insert_mention(tx, &mention)
}

/// The mention source a network's posts come from.
fn source_of(network: Network) -> &'static str {
    match network {
        Network::X => "twitter",
        Network::Mastodon => "mastodon",
        Network::Bluesky => "bluesky",
        Network::Instagram => "instagram",
        Network::TikTok => "tiktok",
        Network::LinkedIn => "linkedin",
        _ => "web",
    }
}

/// A unique, plausible address for a mention.
fn url(source: &str, author: &str, number: usize) -> String {
    let user: String = author
        .trim_start_matches('@')
        .split('@')
        .next()
        .unwrap_or_default()
        .to_string();
    let id = 1_860_000_000_000_000_000u64 + number as u64 * 7_919;
    match source {
        "twitter" => format!("https://x.com/{user}/status/{id}"),
        "mastodon" => format!(
            "https://mastodon.social/@{user}/{}",
            113_000_000_000 + number as u64
        ),
        "bluesky" => format!("https://bsky.app/profile/{user}.bsky.social/post/3l{number:08}"),
        "instagram" => format!("https://instagram.com/p/D{number:06}q"),
        "tiktok" => format!("https://www.tiktok.com/@{user}/video/{id}"),
        "reddit" => format!("https://www.reddit.com/r/valencia/comments/1c{number:05}/"),
        "news" => format!("https://www.levante-emv.com/gastronomia/noticia-{number}.html"),
        "google-alerts" => format!("https://elblogdelcafe.es/entrada-{number}/"),
        _ => format!("https://{source}.example/{user}/{number}"),
    }
}
