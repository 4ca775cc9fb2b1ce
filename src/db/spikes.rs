//! Reads what the spike detector needs: for each listening rule (and for negative mentions of the
//! brand) the mention times of the last eight days, with the rule's crisis threshold.

use super::time::{format_time, parse_time};
use super::{Db, DbError};
use crate::analytics::spikes::{Sensitivity, SpikeCheck, check_spike, in_cooldown};
use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

/// A rule (or the brand's negative mentions) whose last 24 hours stand out.
#[derive(Debug, Clone, PartialEq)]
pub struct SpikeAlert {
    /// What spiked, e.g. `negative mentions of the brand` or a rule's name.
    pub label: String,
    /// The numbers behind the alert.
    pub check: SpikeCheck,
}

/// The brand's negative mentions of a span with the brand rule's threshold settings.
#[derive(Debug, Clone, PartialEq)]
pub struct NegativeMentions {
    /// When each was published.
    pub times: Vec<DateTime<Utc>>,
    /// The rule's sensitivity.
    pub sensitivity: Sensitivity,
    /// The rule's minimum count.
    pub min_count: u32,
}

impl NegativeMentions {
    /// The spike check at `now` (it reads only the 8 days up to `now`).
    pub fn check_at(&self, now: DateTime<Utc>) -> SpikeCheck {
        check_spike(&self.times, now, self.sensitivity, self.min_count)
    }
}

/// Used when a rule has no threshold of its own.
const DEFAULT_MIN_COUNT: u32 = 5;
const DEFAULT_COOLDOWN_HOURS: u32 = 12;

impl Db {
    fn times(
        &self,
        sql: &str,
        id: Option<i64>,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, DbError> {
        let mut stmt = self.conn().prepare_cached(sql)?;
        let rows = stmt
            .query_map(params![id, format_time(since)], |row| {
                row.get::<_, String>(0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows.iter().filter_map(|t| parse_time(t)).collect())
    }

    /// The brand's negative mentions since `since` (the first brand rule's) with the rule's
    /// threshold settings, for checking them at several moments; `None` without a brand rule.
    pub fn negative_brand_mentions(
        &self,
        since: DateTime<Utc>,
    ) -> Result<Option<NegativeMentions>, DbError> {
        let rule = self
            .conn()
            .query_row(
                "SELECT r.id, t.sensitivity, t.min_count FROM listening_rules r
                   LEFT JOIN crisis_thresholds t ON t.rule_id = r.id
                  WHERE r.kind = 'brand' ORDER BY r.name LIMIT 1",
                [],
                |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, Option<String>>(1)?,
                        row.get::<_, Option<u32>>(2)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, sensitivity, min_count)) = rule else {
            return Ok(None);
        };
        let times = self.times(
            "SELECT published_at FROM mentions WHERE rule_id = ?1 AND published_at >= ?2 AND COALESCE(sentiment_corrected, sentiment_auto) = 'negative'",
            Some(id),
            since,
        )?;
        Ok(Some(NegativeMentions {
            times,
            sensitivity: sensitivity
                .as_deref()
                .and_then(Sensitivity::parse)
                .unwrap_or_default(),
            min_count: min_count.unwrap_or(DEFAULT_MIN_COUNT),
        }))
    }

    /// Every spike under way at `now`, unless a crisis is open or was closed within the cooldown.
    pub fn spike_alerts(&self, now: DateTime<Utc>) -> Result<Vec<SpikeAlert>, DbError> {
        let last_closed: Option<String> = self
            .conn()
            .query_row("SELECT MAX(closed_at) FROM crises", [], |row| row.get(0))
            .optional()?
            .flatten();
        let open: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM crises WHERE closed_at IS NULL",
            [],
            |row| row.get(0),
        )?;
        if open > 0 {
            return Ok(Vec::new());
        }
        let since = now - Duration::days(8);
        let mut stmt = self.conn().prepare_cached(
            "SELECT r.id, r.name, r.kind, t.sensitivity, t.min_count, t.cooldown_hours
             FROM listening_rules r LEFT JOIN crisis_thresholds t ON t.rule_id = r.id ORDER BY r.kind = 'brand' DESC, r.name",
        )?;
        let rules = stmt
            .query_map([], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, Option<u32>>(4)?,
                    row.get::<_, Option<u32>>(5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut alerts = Vec::new();
        for (id, name, kind, sensitivity, min_count, cooldown) in rules {
            let sensitivity = sensitivity
                .as_deref()
                .and_then(Sensitivity::parse)
                .unwrap_or_default();
            let min_count = min_count.unwrap_or(DEFAULT_MIN_COUNT);
            if in_cooldown(
                last_closed.as_deref().and_then(parse_time),
                now,
                cooldown.unwrap_or(DEFAULT_COOLDOWN_HOURS),
            ) {
                continue;
            }
            let all = self.times(
                "SELECT published_at FROM mentions WHERE rule_id = ?1 AND published_at >= ?2",
                Some(id),
                since,
            )?;
            let check = check_spike(&all, now, sensitivity, min_count);
            if check.spiking {
                alerts.push(SpikeAlert {
                    label: name.clone(),
                    check,
                });
            }
            if kind == "brand" {
                let negative = self.times(
                    "SELECT published_at FROM mentions WHERE rule_id = ?1 AND published_at >= ?2 AND COALESCE(sentiment_corrected, sentiment_auto) = 'negative'",
                    Some(id),
                    since,
                )?;
                let check = check_spike(&negative, now, sensitivity, min_count);
                if check.spiking {
                    alerts.push(SpikeAlert {
                        label: format!("negative mentions of {name}"),
                        check,
                    });
                }
            }
        }
        Ok(alerts)
    }
}
