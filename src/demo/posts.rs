//! The demo's calendar: posts on each channel's slots from eight weeks ago to three weeks ahead,
//! with metrics for the published ones, two overdue posts and a few more due later today.

use super::{Channel, Ctx, Plan};
use crate::db::seed::{self, NewPostMetrics};
use crate::domain::post::Post;
use crate::domain::{Network, PostStatus};
use chrono::{DateTime, Datelike, Duration, NaiveTime, Timelike, Utc, Weekday};
use rusqlite::Transaction;

/// First day of the calendar, relative to today.
const FIRST_DAY: i64 = -56;
/// Last day of the calendar, relative to today.
const LAST_DAY: i64 = 21;

/// Writes every post and its metrics; returns how many posts were written.
pub(super) fn write(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    plan: &Plan,
) -> rusqlite::Result<usize> {
    let mut count = 0;
    for day in FIRST_DAY..=LAST_DAY {
        let weekday = ctx.day(day).weekday();
        for channel in &plan.channels {
            for (slot_day, time) in slots(&channel.slots) {
                if slot_day != weekday {
                    continue;
                }
                // Slots are Valencia times; in winter that is UTC+1.
                let at = ctx.day(day).and_time(time).and_utc() - Duration::hours(1);
                if (day == 0 && at >= ctx.now) || ctx.rng.chance(0.08) {
                    continue;
                }
                let status = status_for(ctx, at);
                write_post(tx, ctx, plan, channel, at, status)?;
                count += 1;
            }
        }
    }
    // Two posts nobody marked as published: yesterday evening and the morning before.
    let overdue = [(-1, 17, Network::Instagram), (-2, 8, Network::X)];
    for (day, hour, network) in overdue {
        if let Some(channel) = plan.channels.iter().find(|c| c.network == network) {
            let at = ctx.at(day, hour, 0);
            write_post(tx, ctx, plan, channel, at, PostStatus::Scheduled)?;
            count += 1;
        }
    }
    // Three posts due later today, spread over what is left of the day.
    let end_of_day = ctx.at(1, 0, 0) - Duration::minutes(1);
    let left = (end_of_day - ctx.now).num_minutes().max(3);
    let later = [Network::Instagram, Network::X, Network::Mastodon];
    for (index, network) in later.into_iter().enumerate() {
        if let Some(channel) = plan.channels.iter().find(|c| c.network == network) {
            let at = tidy(
                ctx.now + Duration::minutes((left * (index as i64 + 1) / 4).max(1)),
                ctx.now,
            );
            write_post(tx, ctx, plan, channel, at, PostStatus::Scheduled)?;
            count += 1;
        }
    }
    Ok(count)
}

/// Rounds a time down to five minutes, unless that would put it at or before `after`.
fn tidy(at: DateTime<Utc>, after: DateTime<Utc>) -> DateTime<Utc> {
    let rounded = at
        - Duration::minutes(i64::from(at.minute() % 5))
        - Duration::seconds(i64::from(at.second()));
    if rounded > after { rounded } else { at }
}

/// Parses a channel plan's slots (`mon 09:30, wed 13:00`).
fn slots(text: &str) -> Vec<(Weekday, NaiveTime)> {
    text.split(',')
        .filter_map(|slot| {
            let (day, time) = slot.trim().split_once(' ')?;
            let day = day.parse::<Weekday>().ok()?;
            let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").ok()?;
            Some((day, time))
        })
        .collect()
}

/// Where a post at `at` stands: past ones went out, future ones thin from scheduled to ideas.
fn status_for(ctx: &mut Ctx<'_>, at: DateTime<Utc>) -> PostStatus {
    let days_ahead = (at - ctx.now).num_days();
    let roll = ctx.rng.unit();
    if at < ctx.now {
        if roll < 0.05 {
            PostStatus::Cancelled
        } else {
            PostStatus::Published
        }
    } else if days_ahead < 7 {
        if roll < 0.85 {
            PostStatus::Scheduled
        } else {
            PostStatus::Draft
        }
    } else if days_ahead < 14 {
        match roll {
            r if r < 0.35 => PostStatus::Scheduled,
            r if r < 0.8 => PostStatus::Draft,
            _ => PostStatus::Idea,
        }
    } else if roll < 0.5 {
        PostStatus::Draft
    } else {
        PostStatus::Idea
    }
}

/// Writes one post (and its metrics when published).
fn write_post(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    plan: &Plan,
    channel: &Channel,
    at: DateTime<Utc>,
    status: PostStatus,
) -> rusqlite::Result<()> {
    let texts = ctx.texts;
    let date = at.date_naive();
    let campaign = plan
        .campaigns
        .iter()
        .find(|c| c.starts_on <= date && date <= c.ends_on && !c.posts.is_empty());
    let visual = matches!(channel.network, Network::Instagram | Network::TikTok);
    let (template, campaign_id, pillar) = match campaign {
        Some(campaign) if channel.network != Network::Mastodon && ctx.rng.chance(0.4) => {
            let body = ctx.rng.pick(&campaign.posts).to_string();
            (
                body,
                Some(campaign.id),
                plan.pillars.len().saturating_sub(1),
            )
        }
        _ => {
            let weights: Vec<f64> = plan.pillars.iter().map(|(_, share)| *share).collect();
            let pillar = ctx.rng.weighted(&weights);
            let body = texts
                .pillars
                .get(pillar)
                .map(|p| ctx.rng.pick(&p.posts).to_string())
                .unwrap_or_default();
            (body, None, pillar)
        }
    };
    let mut body = ctx.fill(&template);
    if visual && ctx.rng.chance(0.7) {
        body = format!("{body}\n\n{}", texts.brand.hashtags);
    }
    let body = fit(&body, channel.char_limit);
    let persona_id = if channel.network == Network::LinkedIn {
        plan.personas.last().map(|(id, _)| *id)
    } else if ctx.rng.chance(0.55) {
        let index = ctx.rng.below(plan.personas.len());
        plan.personas.get(index).map(|(id, _)| *id)
    } else {
        None
    };
    let created_at = at.min(ctx.now) - Duration::hours(ctx.rng.range(20, 240));
    let published_at =
        (status == PostStatus::Published).then(|| at + Duration::minutes(ctx.rng.range(0, 20)));
    let no_date = status == PostStatus::Idea && ctx.rng.chance(0.5);
    let post = Post {
        channel_id: channel.id,
        body,
        status,
        scheduled_at: (!no_date).then_some(at),
        published_at,
        url: published_at.map(|_| url(channel, ctx.rng.next_u64())),
        campaign_id,
        pillar_id: plan.pillars.get(pillar).map(|(id, _)| *id),
        persona_id,
        evergreen: campaign_id.is_none() && ctx.rng.chance(0.12),
        cooldown_days: 30,
        max_repeats: None,
        until: None,
        notes: match status {
            PostStatus::Cancelled => texts.brand.cancelled_note.clone(),
            PostStatus::Idea => texts.brand.idea_note.clone(),
            _ => String::new(),
        },
        repeat_of: None,
        created_at,
        updated_at: published_at.unwrap_or(created_at),
    };
    let post_id = seed::insert_post(tx, &post)?;
    if let Some(published_at) = published_at {
        write_metrics(tx, ctx, channel, post_id, published_at, pillar)?;
    }
    Ok(())
}

/// Cuts a body to `limit` characters, ending with an ellipsis when it had to cut.
fn fit(body: &str, limit: usize) -> String {
    if body.chars().count() <= limit {
        return body.to_string();
    }
    let mut cut: String = body.chars().take(limit.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// A plausible public address for a post on the channel's network.
fn url(channel: &Channel, random: u64) -> String {
    let handle = channel.handle.trim_start_matches('@');
    let number = random % 10_000_000_000_000_000_000;
    match channel.network {
        Network::Instagram => format!("https://instagram.com/p/C{:x}", random >> 20),
        Network::X => format!("https://x.com/{handle}/status/{number}"),
        Network::Mastodon => format!("https://mastodon.social/@cafelanora/{}", random >> 8),
        Network::LinkedIn => {
            format!("https://www.linkedin.com/feed/update/urn:li:activity:{number}")
        }
        Network::TikTok => format!("https://www.tiktok.com/@{handle}/video/{number}"),
        other => format!("https://example.org/{}/{number}", other.as_str()),
    }
}

/// One reading a day after publishing and, for older posts, another a week after.
fn write_metrics(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    channel: &Channel,
    post_id: i64,
    published_at: DateTime<Utc>,
    pillar: usize,
) -> rusqlite::Result<()> {
    let days_ago = (ctx.now - published_at).num_days() as f64;
    let followers = (channel.followers as f64 - channel.growth * days_ago).max(50.0);
    let mut reach = followers * (0.12 + ctx.rng.unit() * 0.4);
    if channel.network == Network::TikTok && ctx.rng.chance(0.15) {
        reach *= 4.0 + ctx.rng.unit() * 6.0;
    }
    // Recipes are saved and shared more; promos less.
    let pillar_bonus = [0.005, 0.015, 0.01, -0.005]
        .get(pillar)
        .copied()
        .unwrap_or(0.0);
    let rate = 0.012 + ctx.rng.unit() * 0.06 + pillar_bonus;
    let clicks_rate = if channel.network == Network::LinkedIn {
        0.03
    } else {
        0.008
    };
    let mut readings = vec![(published_at + Duration::days(1)).min(ctx.now)];
    if published_at + Duration::days(7) < ctx.now {
        readings.push(published_at + Duration::days(7));
    }
    for (index, captured_at) in readings.into_iter().enumerate() {
        let growth = if index == 0 { 1.0 } else { 1.25 };
        let reach = reach * growth;
        let engaged = reach * rate;
        let metrics = NewPostMetrics {
            post_id,
            captured_at,
            impressions: Some((reach * (1.15 + ctx.rng.unit() * 0.5)).round() as i64),
            reach: Some(reach.round() as i64),
            likes: (engaged * 0.72).round() as i64,
            comments: (engaged * 0.07).round() as i64,
            shares: (engaged * 0.09).round() as i64,
            saves: (engaged * if pillar == 1 { 0.2 } else { 0.08 }).round() as i64,
            clicks: (reach * clicks_rate * ctx.rng.unit()).round() as i64,
        };
        seed::insert_post_metrics(tx, &metrics)?;
    }
    Ok(())
}
