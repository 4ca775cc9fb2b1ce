//! The demo's settings, channels with their audience history, and the strategy plan: pillars,
//! personas, channel plan, objectives, campaigns, advocacy tiers, saved replies and week notes.

use super::{Campaign, Channel, Ctx, Plan, parse_name};
use crate::db::seed::{self, NewCampaign, NewChannel, NewChannelPlan, NewObjective};
use crate::db::seed::{NewAdvocacyTier, NewPersona, NewPillar};
use crate::domain::{Kpi, Network};
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::Transaction;

/// How many days of audience snapshots each channel gets.
const SNAPSHOT_DAYS: i64 = 70;

/// Writes everything that comes before the day-to-day work and returns its ids.
pub(super) fn write(tx: &Transaction<'_>, ctx: &mut Ctx<'_>) -> rusqlite::Result<Plan> {
    let brand = &ctx.texts.brand;
    seed::set_setting(tx, "brand_name", &brand.name)?;
    seed::set_setting(
        tx,
        "response_target_minutes",
        &brand.response_target_minutes,
    )?;
    seed::set_setting(tx, "tone_guide", &brand.tone_guide)?;
    seed::set_setting(tx, "escalation_rules", &brand.escalation_rules)?;
    seed::set_setting(tx, "sentiment_terms", &brand.sentiment_terms)?;
    let channels = channels(tx, ctx)?;
    let mut pillars = Vec::new();
    for pillar in &ctx.texts.pillars {
        let new = NewPillar {
            name: pillar.name.clone(),
            target_share: pillar.share,
            colour: pillar.colour.clone(),
            description: pillar.description.clone(),
        };
        pillars.push((seed::insert_pillar(tx, &new)?, pillar.share));
    }
    let mut personas = Vec::new();
    for persona in &ctx.texts.personas {
        let new = NewPersona {
            name: persona.name.clone(),
            description: persona.description.clone(),
            goals: persona.goals.clone(),
            pains: persona.pains.clone(),
            channels: persona.channels.clone(),
            content: persona.content.clone(),
        };
        personas.push((seed::insert_persona(tx, &new)?, persona.name.clone()));
    }
    let objectives = objectives(tx, ctx, &channels)?;
    let campaigns = campaigns(tx, ctx, &objectives)?;
    for tier in &ctx.texts.tiers {
        let new = NewAdvocacyTier {
            name: tier.name.clone(),
            position: tier.position,
            receives: tier.receives.clone(),
            move_up: tier.move_up.clone(),
        };
        seed::insert_advocacy_tier(tx, &new)?;
    }
    for reply in &ctx.texts.saved_replies {
        seed::insert_saved_reply(tx, &reply.name, &reply.body)?;
    }
    let last_week = iso_week(ctx.day(-7));
    seed::insert_week_note(tx, &last_week, &brand.week_victories, &brand.week_notes)?;
    Ok(Plan {
        channels,
        pillars,
        personas,
        campaigns,
    })
}

/// The ISO week of a date, as `2026-W47`.
pub(super) fn iso_week(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// Channels, their plan, and a daily follower count for the last ten weeks.
fn channels(tx: &Transaction<'_>, ctx: &mut Ctx<'_>) -> rusqlite::Result<Vec<Channel>> {
    let mut channels = Vec::new();
    for text in &ctx.texts.channels {
        let network = parse_name(&text.network, Network::parse, "network")?;
        let new = NewChannel {
            network,
            handle: text.handle.clone(),
            name: text.name.clone(),
            char_limit: network.default_char_limit(),
        };
        let id = seed::insert_channel(tx, &new)?;
        let plan = NewChannelPlan {
            channel_id: id,
            role: text.role.clone(),
            posts_per_week: text.posts_per_week,
            tone: text.tone.clone(),
            slots: text.slots.clone(),
        };
        seed::insert_channel_plan(tx, &plan)?;
        for days_ago in 0..SNAPSHOT_DAYS {
            let trend = text.followers as f64 - text.growth_per_day * days_ago as f64;
            let noise = ctx.rng.range(-3, 3) as f64 * (1.0 + text.growth_per_day / 5.0);
            let followers = (trend + noise).round().max(0.0) as i64;
            seed::insert_audience_snapshot(tx, id, ctx.day(-days_ago), followers)?;
        }
        channels.push(Channel {
            id,
            network,
            handle: text.handle.clone(),
            followers: text.followers,
            growth: text.growth_per_day,
            slots: text.slots.clone(),
            char_limit: network.default_char_limit() as usize,
        });
    }
    Ok(channels)
}

/// Objectives (about six weeks in), with weekly values for the manual ones; returns (id, name).
fn objectives(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    channels: &[Channel],
) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut ids = Vec::new();
    for (index, text) in ctx.texts.objectives.iter().enumerate() {
        let kpi = parse_name(&text.kpi, Kpi::parse, "kpi")?;
        let channel_id = match &text.channel {
            Some(name) => {
                let network = parse_name(name, Network::parse, "network")?;
                channels.iter().find(|c| c.network == network).map(|c| c.id)
            }
            None => None,
        };
        let new = NewObjective {
            name: text.name.clone(),
            kpi,
            channel_id,
            baseline: text.baseline,
            target: text.target,
            starts_on: ctx.day(-42),
            deadline: ctx.day(42 + 5 * index as i64),
            owner_note: text.owner_note.clone(),
        };
        let id = seed::insert_objective(tx, &new)?;
        let weeks = text.weekly.len() as i64;
        for (offset, value) in text.weekly.iter().enumerate() {
            let week = iso_week(ctx.day(-7 * (weeks - offset as i64)));
            seed::insert_manual_kpi_value(tx, id, &week, *value)?;
        }
        ids.push((id, text.name.clone()));
    }
    Ok(ids)
}

/// Campaigns with their spend ledger up to today.
fn campaigns(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    objectives: &[(i64, String)],
) -> rusqlite::Result<Vec<Campaign>> {
    let mut campaigns = Vec::new();
    for text in &ctx.texts.campaigns {
        let objective_id = objectives
            .iter()
            .find(|(_, name)| *name == text.objective)
            .map(|(id, _)| *id);
        let starts_on = ctx.day(text.starts_in_days);
        let ends_on = ctx.day(text.ends_in_days);
        let new = NewCampaign {
            name: text.name.clone(),
            objective_id,
            starts_on,
            ends_on,
            budget_cents: text.budget_euros * 100,
            conversions: text.conversions,
            revenue_cents: text.revenue_euros * 100,
            utm_source: text.utm_source.clone(),
            utm_medium: text.utm_medium.clone(),
            utm_campaign: text.utm_campaign.clone(),
            notes: text.notes.clone(),
        };
        let id = seed::insert_campaign(tx, &new)?;
        write_spend(
            tx,
            ctx,
            id,
            starts_on,
            ends_on,
            text.budget_euros * 100,
            &text.spend,
        )?;
        campaigns.push(Campaign {
            id,
            starts_on,
            ends_on,
            posts: text.posts.clone(),
        });
    }
    Ok(campaigns)
}

/// Spreads spend entries over the campaign's days so far, about 90% of the budget over its life.
fn write_spend(
    tx: &Transaction<'_>,
    ctx: &mut Ctx<'_>,
    campaign_id: i64,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    budget_cents: i64,
    notes: &[String],
) -> rusqlite::Result<()> {
    let span = (ends_on - starts_on).num_days().max(1);
    let count = notes.len().max(1) as i64;
    for (index, note) in notes.iter().enumerate() {
        let spent_on = starts_on + Duration::days(span * index as i64 / count);
        if spent_on > ctx.today {
            continue;
        }
        let share = 0.9 / count as f64 * (0.8 + ctx.rng.unit() * 0.4);
        let amount = (budget_cents as f64 * share).round() as i64;
        seed::insert_campaign_spend(tx, campaign_id, spent_on, amount, note)?;
    }
    Ok(())
}
