//! The calendar's strategy face: campaigns with their spend, the pillar mix of a period and
//! each channel's pace against its plan.

use super::time::{format_time, parse_date};
use super::{Db, DbError};
use crate::domain::strategy::{CalendarStrategy, CampaignLine, ChannelPace, PillarLine};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

impl Db {
    /// The calendar's strategy face: campaigns, the pillar mix of `period` and channel pace for the week.
    pub fn calendar_strategy(
        &self,
        period: (NaiveDate, NaiveDate),
        week: (DateTime<Utc>, DateTime<Utc>),
        period_range: (DateTime<Utc>, DateTime<Utc>),
    ) -> Result<CalendarStrategy, DbError> {
        let campaigns = self.campaign_lines()?;
        let mut stmt = self.conn().prepare(
            "SELECT pi.name, pi.colour, pi.target_share,
                    (SELECT COUNT(*) FROM posts p WHERE p.pillar_id = pi.id AND p.status != 'cancelled'
                       AND p.scheduled_at >= ?1 AND p.scheduled_at < ?2)
             FROM pillars pi ORDER BY pi.target_share DESC, pi.name",
        )?;
        let pillars = stmt
            .query_map(
                params![format_time(period_range.0), format_time(period_range.1)],
                |row| {
                    Ok(PillarLine {
                        name: row.get(0)?,
                        colour: row.get(1)?,
                        target_share: row.get(2)?,
                        posts: row.get(3)?,
                    })
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.conn().prepare(
            "SELECT c.network, c.handle, COALESCE(cp.role, ''), COALESCE(cp.posts_per_week, 0), COALESCE(cp.tone, ''),
                    (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id AND p.status != 'cancelled'
                       AND p.scheduled_at >= ?1 AND p.scheduled_at < ?2)
             FROM channels c LEFT JOIN channel_plan cp ON cp.channel_id = c.id ORDER BY c.id",
        )?;
        let channels = stmt
            .query_map(params![format_time(week.0), format_time(week.1)], |row| {
                Ok(ChannelPace {
                    network: row.get(0)?,
                    channel: row.get(1)?,
                    role: row.get(2)?,
                    planned_per_week: row.get(3)?,
                    tone: row.get(4)?,
                    this_week: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(CalendarStrategy {
            campaigns,
            pillars,
            period: Some(period),
            channels,
        })
    }

    /// Every campaign with its spend and posts, by start date.
    pub fn campaign_lines(&self) -> Result<Vec<CampaignLine>, DbError> {
        let mut stmt = self.conn().prepare(
            "SELECT ca.name, ca.starts_on, ca.ends_on, ca.budget_cents,
                    COALESCE((SELECT SUM(amount_cents) FROM campaign_spend s WHERE s.campaign_id = ca.id), 0),
                    ca.conversions, ca.revenue_cents,
                    (SELECT COUNT(*) FROM posts p WHERE p.campaign_id = ca.id AND p.status != 'cancelled'),
                    ca.objective_id
             FROM campaigns ca ORDER BY ca.starts_on, ca.name",
        )?;
        let lines = stmt
            .query_map([], |row| {
                let starts: String = row.get(1)?;
                let ends: String = row.get(2)?;
                Ok(CampaignLine {
                    name: row.get(0)?,
                    starts_on: parse_date(&starts).unwrap_or_default(),
                    ends_on: parse_date(&ends).unwrap_or_default(),
                    budget_cents: row.get(3)?,
                    spent_cents: row.get(4)?,
                    conversions: row.get(5)?,
                    revenue_cents: row.get(6)?,
                    posts: row.get(7)?,
                    objective_id: row.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(lines)
    }
}
