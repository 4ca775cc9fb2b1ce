//! Gathers a period's report: the headline figures of the period and the one before, every
//! breakdown the Reports pane and the Markdown export show, and eight weeks of trends. Each
//! query reads only the period's rows through the time indexes.

use super::time::{format_date, format_time, parse_time};
use super::{Db, DbError};
use crate::domain::enums::Sentiment;
use crate::domain::report::{
    CampaignPeriod, CrisisLine, DaySentiment, PrescriptorFigures, Report, RuleLine, ScheduledLine,
    Trends,
};
use crate::domain::week::{WeekFigures, iso_week_label};
use crate::report::ReportRequest;
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::params;

/// How many scheduled posts of the next seven days a report lists.
const NEXT_WEEK_ROWS: i64 = 40;
/// Spike alerts are looked for day by day only in periods up to this many days.
const SPIKE_DAYS: i64 = 35;

impl Db {
    /// The report for `request.first..=request.last`.
    pub fn report(&self, request: &ReportRequest) -> Result<Report, DbError> {
        let (first, last) = (request.first, request.last);
        let days = (last - first).num_days() + 1;
        let clock = &request.count.clock;
        let (start, end) = clock.day_range(first, last);
        let (before_first, before_last) = (first - Duration::days(days), first - Duration::days(1));
        let (before_start, before_end) = clock.day_range(before_first, before_last);
        let count = &request.count;
        let this = self.week_figures(first, last, start, end, count)?;
        let before =
            self.week_figures(before_first, before_last, before_start, before_end, count)?;
        let measured_on = last.min(request.today);
        let strategy = self.reports_strategy(&this, measured_on, request.target_minutes)?;
        let (from, to) = (format_time(start), format_time(end));
        let (next_from, next_to) =
            clock.day_range(last + Duration::days(1), last + Duration::days(7));
        let (next_week, next_week_total) = self.scheduled_between(next_from, next_to)?;
        let (top_posts, bottom_posts) = self.report_posts(&from, &to)?;
        Ok(Report {
            brand: self.setting("brand_name")?.unwrap_or_default(),
            first,
            last,
            target_minutes: request.target_minutes,
            channels: self.report_channels(request, (start, end), (before_start, before_end))?,
            pillars: self.report_pillars(&from, &to)?,
            top_posts,
            bottom_posts,
            rules: self.report_rules(&from, &to, &format_time(before_start))?,
            voices: self.report_voices(&from, &to, this.brand_mentions)?,
            spikes: self.report_spikes(request, days)?,
            daily_sentiment: self.report_daily_sentiment(request, days)?,
            crises: self.report_crises(&from, &to)?,
            prescriptors: self.report_prescriptors(&from, &to, last, this.active_prescriptors)?,
            campaigns: self.report_campaigns(first, last, &strategy.campaigns)?,
            notes: self.report_notes(first, last)?,
            next_week,
            next_week_total,
            trends: self.report_trends(request, (days == 7).then_some([&this, &before]))?,
            this,
            before,
            strategy,
        })
    }

    fn report_rules(
        &self,
        from: &str,
        to: &str,
        before_from: &str,
    ) -> Result<Vec<RuleLine>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT r.name, r.kind,
                    (SELECT COUNT(*) FROM mentions m WHERE m.rule_id = r.id AND m.published_at >= ?1 AND m.published_at < ?2),
                    (SELECT COUNT(*) FROM mentions m WHERE m.rule_id = r.id AND m.published_at >= ?3 AND m.published_at < ?1)
             FROM listening_rules r ORDER BY r.kind = 'brand' DESC, r.kind, r.name",
        )?;
        let rows = stmt
            .query_map(params![from, to, before_from], |row| {
                Ok(RuleLine {
                    name: row.get(0)?,
                    kind: row.get(1)?,
                    mentions: row.get(2)?,
                    before: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The brand (its mentions in the period already counted) and each competitor with theirs.
    fn report_voices(
        &self,
        from: &str,
        to: &str,
        brand: i64,
    ) -> Result<Vec<(String, i64)>, DbError> {
        let name = self
            .setting("brand_name")?
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "the brand".into());
        let mut voices = vec![(name, brand)];
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.name, (SELECT COUNT(*) FROM mentions m JOIN listening_rules r ON r.id = m.rule_id
                             WHERE r.competitor_id = c.id AND m.published_at >= ?1 AND m.published_at < ?2)
             FROM competitors c ORDER BY c.name",
        )?;
        let rows = stmt
            .query_map(params![from, to], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<(String, i64)>>>()?;
        voices.extend(rows);
        Ok(voices)
    }

    /// The brand's mentions of each day by sentiment with the negative-spike threshold at the
    /// day's end (periods up to five weeks, days up to today).
    fn report_daily_sentiment(
        &self,
        request: &ReportRequest,
        days: i64,
    ) -> Result<Vec<DaySentiment>, DbError> {
        let mut out = Vec::new();
        if days > SPIKE_DAYS {
            return Ok(out);
        }
        let clock = &request.count.clock;
        let since = clock.day_range(request.first, request.first).0 - Duration::days(8);
        let negative = self.negative_brand_mentions(since)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT COALESCE(m.sentiment_corrected, m.sentiment_auto), COUNT(*)
               FROM mentions m JOIN listening_rules r ON r.id = m.rule_id
              WHERE r.kind = 'brand' AND m.published_at >= ?1 AND m.published_at < ?2
              GROUP BY 1",
        )?;
        let mut day = request.first;
        while day <= request.last && day <= request.today {
            let (start, end) = clock.day_range(day, day);
            let mut line = DaySentiment {
                day,
                threshold: negative.as_ref().map(|mentions| {
                    let check = mentions.check_at(end);
                    check.threshold.max(f64::from(check.min_count))
                }),
                ..DaySentiment::default()
            };
            let counts = stmt
                .query_map(params![format_time(start), format_time(end)], |row| {
                    Ok((row.get::<_, Sentiment>(0)?, row.get::<_, i64>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (sentiment, count) in counts {
                match sentiment {
                    Sentiment::Positive => line.positive = count,
                    Sentiment::Neutral => line.neutral = count,
                    Sentiment::Negative => line.negative = count,
                }
            }
            out.push(line);
            day += Duration::days(1);
        }
        Ok(out)
    }

    /// Spike alerts as they stood at the end of each day (periods up to five weeks).
    fn report_spikes(
        &self,
        request: &ReportRequest,
        days: i64,
    ) -> Result<Vec<(NaiveDate, String, u32)>, DbError> {
        let mut spikes: Vec<(NaiveDate, String, u32)> = Vec::new();
        if days > SPIKE_DAYS {
            return Ok(spikes);
        }
        let clock = &request.count.clock;
        let mut day = request.first;
        while day <= request.last && day <= request.today {
            let end_of_day = clock.day_range(day, day).1;
            for alert in self.spike_alerts(end_of_day)? {
                let already = spikes
                    .iter()
                    .any(|(d, label, _)| *label == alert.label && (day - *d).num_days() <= 1);
                if !already {
                    spikes.push((day, alert.label, alert.check.last_24h));
                }
            }
            day += Duration::days(1);
        }
        Ok(spikes)
    }

    fn report_crises(&self, from: &str, to: &str) -> Result<Vec<CrisisLine>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT level, opened_at, closed_at, note FROM crises
             WHERE opened_at < ?2 AND (closed_at IS NULL OR closed_at >= ?1) ORDER BY opened_at",
        )?;
        let rows = stmt
            .query_map(params![from, to], |row| {
                let opened: String = row.get(1)?;
                let closed: Option<String> = row.get(2)?;
                Ok(CrisisLine {
                    level: row.get(0)?,
                    opened_at: parse_time(&opened),
                    closed_at: closed.as_deref().and_then(parse_time),
                    note: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    fn report_prescriptors(
        &self,
        from: &str,
        to: &str,
        last: NaiveDate,
        active: i64,
    ) -> Result<PrescriptorFigures, DbError> {
        let (new_candidates, follow_ups_done, follow_ups_overdue, watchlist_activity) = self.conn().query_row(
            "SELECT (SELECT COUNT(*) FROM people WHERE role IN ('advocate', 'influencer') AND created_at >= ?1 AND created_at < ?2),
                    (SELECT COUNT(*) FROM interactions WHERE happened_at >= ?1 AND happened_at < ?2),
                    (SELECT COUNT(*) FROM people WHERE next_follow_up IS NOT NULL AND next_follow_up < ?3),
                    (SELECT COUNT(*) FROM mentions m JOIN people p ON p.id = m.person_id
                      WHERE p.role IN ('detractor', 'troll') AND m.published_at >= ?1 AND m.published_at < ?2)
                  + (SELECT COUNT(*) FROM messages m JOIN people p ON p.id = m.person_id
                      WHERE p.role IN ('detractor', 'troll') AND m.received_at >= ?1 AND m.received_at < ?2)",
            params![from, to, format_date(last)],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )?;
        Ok(PrescriptorFigures {
            active,
            new_candidates,
            follow_ups_done,
            follow_ups_overdue,
            watchlist_activity,
        })
    }

    fn report_campaigns(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        lines: &[crate::domain::strategy::CampaignLine],
    ) -> Result<Vec<CampaignPeriod>, DbError> {
        let mut out = Vec::new();
        for line in lines
            .iter()
            .filter(|c| c.starts_on <= last && c.ends_on >= first)
        {
            let spent: i64 = self.conn().query_row(
                "SELECT COALESCE(SUM(s.amount_cents), 0) FROM campaign_spend s JOIN campaigns c ON c.id = s.campaign_id
                 WHERE c.name = ?1 AND s.spent_on >= ?2 AND s.spent_on <= ?3",
                params![line.name, format_date(first), format_date(last)],
                |row| row.get(0),
            )?;
            out.push(CampaignPeriod {
                line: line.clone(),
                spent_in_period_cents: spent,
            });
        }
        Ok(out)
    }

    fn report_notes(
        &self,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Result<Vec<(String, String, String)>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT iso_week, victories, notes FROM week_notes WHERE iso_week >= ?1 AND iso_week <= ?2
             AND (victories != '' OR notes != '') ORDER BY iso_week",
        )?;
        let rows = stmt
            .query_map(
                params![iso_week_label(first), iso_week_label(last)],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The week's small victories and notes (empty when none were written).
    pub fn week_note(&self, iso_week: &str) -> Result<(String, String), DbError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn()
            .query_row(
                "SELECT victories, notes FROM week_notes WHERE iso_week = ?1",
                [iso_week],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?
            .unwrap_or_default())
    }

    /// Stores the week's small victories and notes in one transaction.
    pub fn save_week_note(
        &mut self,
        iso_week: &str,
        victories: &str,
        notes: &str,
    ) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO week_notes (iso_week, victories, notes) VALUES (?1, ?2, ?3)
                 ON CONFLICT (iso_week) DO UPDATE SET victories = excluded.victories, notes = excluded.notes",
                params![iso_week, victories, notes],
            )?;
            Ok(())
        })
    }

    fn scheduled_between(
        &self,
        start: chrono::DateTime<chrono::Utc>,
        end: chrono::DateTime<chrono::Utc>,
    ) -> Result<(Vec<ScheduledLine>, i64), DbError> {
        let (from, to) = (format_time(start), format_time(end));
        let total: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM posts WHERE status = 'scheduled' AND scheduled_at >= ?1 AND scheduled_at < ?2",
            params![from, to],
            |row| row.get(0),
        )?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.scheduled_at, c.network || ' ' || c.handle, p.body FROM posts p JOIN channels c ON c.id = p.channel_id
             WHERE p.status = 'scheduled' AND p.scheduled_at >= ?1 AND p.scheduled_at < ?2
             ORDER BY p.scheduled_at, p.id LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![from, to, NEXT_WEEK_ROWS], |row| {
                let at: String = row.get(0)?;
                Ok(ScheduledLine {
                    at: parse_time(&at),
                    channel: row.get(1)?,
                    body: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((rows, total))
    }

    /// The eight ISO weeks ending with the one holding `request.last`; `known` are weeks already
    /// counted (the report's week and the week before), reused instead of counted again.
    fn report_trends(
        &self,
        request: &ReportRequest,
        known: Option<[&WeekFigures; 2]>,
    ) -> Result<Trends, DbError> {
        let clock = &request.count.clock;
        let last_monday =
            request.last - Duration::days(i64::from(request.last.weekday().num_days_from_monday()));
        let mut trends = Trends::default();
        for back in (0..8).rev() {
            let first = last_monday - Duration::weeks(back);
            let last = first + Duration::days(6);
            let counted = known
                .into_iter()
                .flatten()
                .find(|week| week.first_day == Some(first));
            let week = match counted {
                Some(week) => week.clone(),
                None => {
                    let (start, end) = clock.day_range(first, last);
                    self.week_figures(first, last, start, end, &request.count)?
                }
            };
            trends.weeks.push(iso_week_label(first));
            trends
                .posts_published
                .push(Some(week.posts_published as f64));
            trends.engagement.push(week.engagement_rate());
            trends.followers.push(week.followers_end.map(|f| f as f64));
            trends.messages.push(Some(week.messages_received as f64));
            trends.median_response.push(week.median_response());
            trends.mentions.push(Some(week.mentions() as f64));
            trends.share_of_voice.push(week.share_of_voice());
        }
        Ok(trends)
    }
}
