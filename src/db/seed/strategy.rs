//! Inserts for the strategy tables: objectives and manual KPI values, personas, pillars, the
//! channel plan, campaigns with their spend ledger, and week notes.

use crate::db::format_date;
use crate::domain::Kpi;
use chrono::NaiveDate;
use rusqlite::{Connection, params};

/// An objective measured by a KPI, with baseline, target and dates.
#[derive(Debug, Clone)]
pub struct NewObjective {
    /// What the objective is called.
    pub name: String,
    /// The metric it is measured by.
    pub kpi: Kpi,
    /// The channel it is about, if only one.
    pub channel_id: Option<i64>,
    /// The value at the start.
    pub baseline: f64,
    /// The value to reach.
    pub target: f64,
    /// When it starts.
    pub starts_on: NaiveDate,
    /// When the target is due.
    pub deadline: NaiveDate,
    /// Why it matters, how it is measured.
    pub owner_note: String,
}

/// Inserts an objective and returns its id.
pub fn insert_objective(tx: &Connection, objective: &NewObjective) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO objectives (name, kpi, channel_id, baseline, target, starts_on, deadline, owner_note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            objective.name,
            objective.kpi,
            objective.channel_id,
            objective.baseline,
            objective.target,
            format_date(objective.starts_on),
            format_date(objective.deadline),
            objective.owner_note,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Records the value of a manual KPI for one ISO week (`2026-W47`).
pub fn insert_manual_kpi_value(
    tx: &Connection,
    objective_id: i64,
    iso_week: &str,
    value: f64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO manual_kpi_values (objective_id, iso_week, value) VALUES (?1, ?2, ?3)",
        params![objective_id, iso_week, value],
    )?;
    Ok(())
}

/// An audience segment (buyer persona).
#[derive(Debug, Clone, Default)]
pub struct NewPersona {
    /// Its short name.
    pub name: String,
    /// Who they are.
    pub description: String,
    /// What they want.
    pub goals: String,
    /// What bothers them.
    pub pains: String,
    /// Where to find them.
    pub channels: String,
    /// What content serves them.
    pub content: String,
}

/// Inserts a persona and returns its id.
pub fn insert_persona(tx: &Connection, persona: &NewPersona) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO personas (name, description, goals, pains, channels, content)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            persona.name,
            persona.description,
            persona.goals,
            persona.pains,
            persona.channels,
            persona.content,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// A content pillar with its target share of posts.
#[derive(Debug, Clone, Default)]
pub struct NewPillar {
    /// Its name.
    pub name: String,
    /// The share of posts it should get, 0 to 1.
    pub target_share: f64,
    /// The colour it is drawn in (a colour name).
    pub colour: String,
    /// What belongs in it.
    pub description: String,
}

/// Inserts a pillar and returns its id.
pub fn insert_pillar(tx: &Connection, pillar: &NewPillar) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO pillars (name, target_share, colour, description) VALUES (?1, ?2, ?3, ?4)",
        params![
            pillar.name,
            pillar.target_share,
            pillar.colour,
            pillar.description
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The plan for one channel: its role, cadence, tone and posting slots.
#[derive(Debug, Clone, Default)]
pub struct NewChannelPlan {
    /// The channel planned.
    pub channel_id: i64,
    /// What the channel is for.
    pub role: String,
    /// How many posts a week it should get.
    pub posts_per_week: f64,
    /// How it sounds.
    pub tone: String,
    /// Posting slots, e.g. `mon 09:30, wed 09:30`.
    pub slots: String,
}

/// Inserts a channel's plan.
pub fn insert_channel_plan(tx: &Connection, plan: &NewChannelPlan) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO channel_plan (channel_id, role, posts_per_week, tone, slots)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            plan.channel_id,
            plan.role,
            plan.posts_per_week,
            plan.tone,
            plan.slots
        ],
    )?;
    Ok(())
}

/// A campaign with dates, budget and results.
#[derive(Debug, Clone, Default)]
pub struct NewCampaign {
    /// Its unique name.
    pub name: String,
    /// The objective it serves.
    pub objective_id: Option<i64>,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Budget, in cents.
    pub budget_cents: i64,
    /// Conversions counted so far.
    pub conversions: i64,
    /// Revenue attributed, in cents.
    pub revenue_cents: i64,
    /// `utm_source` tag.
    pub utm_source: String,
    /// `utm_medium` tag.
    pub utm_medium: String,
    /// `utm_campaign` tag.
    pub utm_campaign: String,
    /// Free notes.
    pub notes: String,
}

/// Inserts a campaign and returns its id.
pub fn insert_campaign(tx: &Connection, campaign: &NewCampaign) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO campaigns (name, objective_id, starts_on, ends_on, budget_cents, conversions,
                                revenue_cents, utm_source, utm_medium, utm_campaign, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            campaign.name,
            campaign.objective_id,
            format_date(campaign.starts_on),
            format_date(campaign.ends_on),
            campaign.budget_cents,
            campaign.conversions,
            campaign.revenue_cents,
            campaign.utm_source,
            campaign.utm_medium,
            campaign.utm_campaign,
            campaign.notes,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Records money spent on a campaign on one day and returns the ledger row's id.
pub fn insert_campaign_spend(
    tx: &Connection,
    campaign_id: i64,
    spent_on: NaiveDate,
    amount_cents: i64,
    note: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO campaign_spend (campaign_id, spent_on, amount_cents, note) VALUES (?1, ?2, ?3, ?4)",
        params![campaign_id, format_date(spent_on), amount_cents, note],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Stores the victories and notes of one ISO week (`2026-W47`).
pub fn insert_week_note(
    tx: &Connection,
    iso_week: &str,
    victories: &str,
    notes: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO week_notes (iso_week, victories, notes) VALUES (?1, ?2, ?3)",
        params![iso_week, victories, notes],
    )?;
    Ok(())
}
