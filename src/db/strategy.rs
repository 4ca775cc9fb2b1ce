//! The plan's objectives measured against the week's figures (the Reports strategy face).

use super::time::parse_date;
use super::{Db, DbError};
use crate::domain::Kpi;
use crate::domain::strategy::{CampaignLine, ObjectiveLine, ReportsStrategy};
use crate::domain::week::{TrafficLight, WeekFigures, iso_week_label};
use chrono::NaiveDate;
use rusqlite::OptionalExtension;

/// An objective as stored, before it is measured.
struct StoredObjective {
    id: i64,
    name: String,
    kpi: Kpi,
    channel_id: Option<i64>,
    baseline: f64,
    target: f64,
    starts_on: NaiveDate,
    deadline: NaiveDate,
}

impl Db {
    /// Objectives with their KPI measured on `week` (the figures of the week containing `today`).
    pub fn reports_strategy(
        &self,
        week: &WeekFigures,
        today: NaiveDate,
        target_minutes: u32,
    ) -> Result<ReportsStrategy, DbError> {
        let campaigns = self.campaign_lines()?;
        let mut stmt = self.conn().prepare(
            "SELECT id, name, kpi, channel_id, baseline, target, starts_on, deadline FROM objectives ORDER BY deadline, id",
        )?;
        let stored = stmt
            .query_map([], |row| {
                let starts: String = row.get(6)?;
                let deadline: String = row.get(7)?;
                Ok(StoredObjective {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kpi: row.get(2)?,
                    channel_id: row.get(3)?,
                    baseline: row.get(4)?,
                    target: row.get(5)?,
                    starts_on: parse_date(&starts).unwrap_or(today),
                    deadline: parse_date(&deadline).unwrap_or(today),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut objectives = Vec::with_capacity(stored.len());
        for objective in stored {
            let actual = self.kpi_actual(&objective, week, today, target_minutes, &campaigns)?;
            let light = actual.and_then(|value| {
                TrafficLight::judge(
                    objective.baseline,
                    objective.target,
                    value,
                    objective.starts_on,
                    objective.deadline,
                    today,
                )
            });
            objectives.push(ObjectiveLine {
                name: objective.name.into(),
                kpi: objective.kpi,
                baseline: objective.baseline,
                target: objective.target,
                actual,
                starts_on: objective.starts_on,
                deadline: objective.deadline,
                light,
            });
        }
        Ok(ReportsStrategy {
            objectives,
            campaigns,
        })
    }

    /// One KPI's current value; rates are percentages, times are minutes, money is euros.
    fn kpi_actual(
        &self,
        objective: &StoredObjective,
        week: &WeekFigures,
        today: NaiveDate,
        target_minutes: u32,
        campaigns: &[CampaignLine],
    ) -> Result<Option<f64>, DbError> {
        let percent = |value: Option<f64>| value.map(|v| v * 100.0);
        let linked = campaigns
            .iter()
            .any(|c| c.objective_id == Some(objective.id));
        let counted = || {
            campaigns
                .iter()
                .filter(move |c| !linked || c.objective_id == Some(objective.id))
        };
        let spent: i64 = counted().map(|c| c.spent_cents).sum();
        let revenue: i64 = counted().map(|c| c.revenue_cents).sum();
        let conversions: i64 = counted().map(|c| c.conversions).sum();
        Ok(match objective.kpi {
            Kpi::Followers => self.followers_on(today, objective.channel_id)?.map(|f| f as f64),
            Kpi::EngagementRate => percent(week.engagement_rate()),
            Kpi::PostsPublished => Some(week.posts_published as f64),
            Kpi::Reach => Some(week.reach as f64),
            Kpi::Mentions => Some(week.mentions() as f64),
            Kpi::ShareOfVoice => percent(week.share_of_voice()),
            Kpi::PositiveShare => percent(week.positive_share()),
            Kpi::MedianFirstResponse => week.median_response(),
            Kpi::AnsweredWithinTarget => percent(week.within_target(f64::from(target_minutes))),
            Kpi::ActivePrescriptors => Some(week.active_prescriptors as f64),
            Kpi::Conversions => counted().next().map(|_| conversions as f64),
            Kpi::CostPerResult => (conversions > 0).then(|| spent as f64 / 100.0 / conversions as f64),
            Kpi::Roi => (spent > 0).then(|| (revenue - spent) as f64 / spent as f64 * 100.0),
            Kpi::Manual => self
                .conn()
                .query_row(
                    "SELECT value FROM manual_kpi_values WHERE objective_id = ?1 AND iso_week <= ?2 ORDER BY iso_week DESC LIMIT 1",
                    rusqlite::params![objective.id, iso_week_label(today)],
                    |row| row.get(0),
                )
                .optional()?,
        })
    }
}
