//! The weekly (or any period's) report as plain data: every figure the Reports pane draws and the
//! Markdown export writes, gathered once by the database for a period and the one before it.

use super::strategy::{CampaignLine, ReportsStrategy};
use super::week::WeekFigures;
use chrono::{DateTime, NaiveDate, Utc};

/// A period's report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// The brand's name.
    pub brand: String,
    /// First local day.
    pub first: NaiveDate,
    /// Last local day.
    pub last: NaiveDate,
    /// The headline figures of the period.
    pub this: WeekFigures,
    /// The same figures for the period just before, as long.
    pub before: WeekFigures,
    /// The response-time target the figures were counted against, in minutes.
    pub target_minutes: u32,
    /// Publishing, engagement, audience and community by channel.
    pub channels: Vec<ChannelLine>,
    /// Posts planned per pillar against the pillar's target share.
    pub pillars: Vec<PillarLine>,
    /// The best three published posts by engagement rate.
    pub top_posts: Vec<PostLine>,
    /// The weakest three.
    pub bottom_posts: Vec<PostLine>,
    /// Mentions per listening rule.
    pub rules: Vec<RuleLine>,
    /// The brand and each competitor, with their mentions.
    pub voices: Vec<(String, i64)>,
    /// Spike alerts raised on the period's days: (day, what spiked, mentions in 24 h).
    pub spikes: Vec<(NaiveDate, String, u32)>,
    /// The brand's mentions of each day by sentiment, with the negative-spike threshold at the
    /// day's end (periods up to five weeks, days up to today).
    pub daily_sentiment: Vec<DaySentiment>,
    /// Crises open during the period.
    pub crises: Vec<CrisisLine>,
    /// The prescriptor programme's activity.
    pub prescriptors: PrescriptorFigures,
    /// Campaigns running in the period, with spend in the period and to date.
    pub campaigns: Vec<CampaignPeriod>,
    /// Small victories and notes of the ISO weeks in the period: (week, victories, notes).
    pub notes: Vec<(String, String, String)>,
    /// Posts scheduled for the seven days after the period.
    pub next_week: Vec<ScheduledLine>,
    /// How many posts are scheduled for those seven days (the list may be shortened).
    pub next_week_total: i64,
    /// The last eight ISO weeks up to the period's last day.
    pub trends: Trends,
    /// Objectives measured on the period, and campaign money.
    pub strategy: ReportsStrategy,
}

/// The brand's mentions of one day by sentiment (a correction wins over the guess), and how
/// many negative ones in 24 hours would have raised the spike alert at the end of that day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DaySentiment {
    /// The local day.
    pub day: NaiveDate,
    /// Positive mentions.
    pub positive: i64,
    /// Neutral mentions.
    pub neutral: i64,
    /// Negative mentions.
    pub negative: i64,
    /// The negative-spike threshold (mean + k × standard deviation of the 7 days before); `None`
    /// without a brand rule.
    pub threshold: Option<f64>,
}

/// One channel's figures in the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChannelLine {
    /// `network @handle`.
    pub label: String,
    /// Posts planned (any status but cancelled).
    pub planned: i64,
    /// Posts published.
    pub published: i64,
    /// Posts published in the period before.
    pub published_before: i64,
    /// Impressions of the published posts.
    pub impressions: i64,
    /// Reach of the published posts.
    pub reach: i64,
    /// Interactions on the published posts.
    pub interactions: i64,
    /// Followers the day before the period.
    pub followers_start: Option<i64>,
    /// Followers on the last day.
    pub followers_end: Option<i64>,
    /// Messages received.
    pub received: i64,
    /// First-response times of the answered ones, in minutes.
    pub response_minutes: Vec<f64>,
}

/// A pillar's share of the period's posts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PillarLine {
    /// The pillar (or "no pillar").
    pub name: String,
    /// Its target share, 0 to 1 (`None` for posts without a pillar).
    pub target: Option<f64>,
    /// Posts planned under it.
    pub posts: i64,
}

/// A published post and how it did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostLine {
    /// `network @handle`.
    pub channel: String,
    /// When it went out.
    pub published_at: Option<DateTime<Utc>>,
    /// Its text.
    pub body: String,
    /// Its public link, if any.
    pub url: Option<String>,
    /// Likes + comments + shares + saves.
    pub interactions: i64,
    /// Interactions ÷ impressions (reach when impressions are missing).
    pub rate: Option<f64>,
}

/// Mentions matched by one rule.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleLine {
    /// The rule.
    pub name: String,
    /// `brand`, `competitor` or `sector`.
    pub kind: String,
    /// Mentions in the period.
    pub mentions: i64,
    /// Mentions in the period before.
    pub before: i64,
}

/// A crisis open at some point of the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CrisisLine {
    /// Severity 1 to 3.
    pub level: i64,
    /// When it opened.
    pub opened_at: Option<DateTime<Utc>>,
    /// When it closed, if it did.
    pub closed_at: Option<DateTime<Utc>>,
    /// What it was about.
    pub note: String,
}

/// The prescriptor programme in the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrescriptorFigures {
    /// Advocates and influencers with a linked message or mention.
    pub active: i64,
    /// People added as advocates or influencers.
    pub new_candidates: i64,
    /// Interactions logged (follow-ups done).
    pub follow_ups_done: i64,
    /// People whose follow-up date was before the period's last day and is still pending.
    pub follow_ups_overdue: i64,
    /// Messages and mentions from people on the watchlist (detractors and trolls).
    pub watchlist_activity: i64,
}

/// A campaign running in the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignPeriod {
    /// The campaign with its totals to date.
    pub line: CampaignLine,
    /// Spend dated in the period, in cents.
    pub spent_in_period_cents: i64,
}

/// A post scheduled after the period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScheduledLine {
    /// When.
    pub at: Option<DateTime<Utc>>,
    /// `network @handle`.
    pub channel: String,
    /// Its text.
    pub body: String,
}

/// Eight weeks of the main figures, oldest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Trends {
    /// ISO week labels.
    pub weeks: Vec<String>,
    /// Posts published.
    pub posts_published: Vec<Option<f64>>,
    /// Engagement rate.
    pub engagement: Vec<Option<f64>>,
    /// Followers at the end of the week.
    pub followers: Vec<Option<f64>>,
    /// Messages received.
    pub messages: Vec<Option<f64>>,
    /// Median first response in minutes.
    pub median_response: Vec<Option<f64>>,
    /// Mentions.
    pub mentions: Vec<Option<f64>>,
    /// Share of voice.
    pub share_of_voice: Vec<Option<f64>>,
}

impl Trends {
    /// Each trend with its name and whether it is a rate (0–1).
    pub fn series(&self) -> [(&'static str, &[Option<f64>], bool); 7] {
        [
            ("posts published", &self.posts_published, false),
            ("engagement rate", &self.engagement, true),
            ("followers", &self.followers, false),
            ("messages received", &self.messages, false),
            ("median first response (min)", &self.median_response, false),
            ("mentions", &self.mentions, false),
            ("share of voice", &self.share_of_voice, true),
        ]
    }
}

/// A Unicode sparkline of `values` (`·` where there is no data), scaled between their min and max.
pub fn sparkline(values: &[Option<f64>]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let known: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    let (low, high) = known
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    values
        .iter()
        .map(|value| match value {
            Some(v) if v.is_finite() => {
                if high > low {
                    let step = ((v - low) / (high - low) * 7.0).round() as usize;
                    BARS[step.min(7)]
                } else {
                    BARS[3]
                }
            }
            _ => '·',
        })
        .collect()
}

/// A bar of `width` cells for `part` of `whole` (eighths of a cell), empty when `whole` is 0.
pub fn bar(part: i64, whole: i64, width: usize) -> String {
    const EIGHTHS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    if whole <= 0 || part <= 0 {
        return String::new();
    }
    let eighths = ((part as f64 / whole as f64) * (width * 8) as f64).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8 - 1]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sparkline_spans_the_lowest_to_the_highest_value_and_marks_gaps() {
        assert_eq!(sparkline(&[Some(0.0), Some(7.0), None, Some(3.5)]), "▁█·▅");
        assert_eq!(sparkline(&[Some(2.0), Some(2.0)]), "▄▄");
        assert_eq!(sparkline(&[None, None]), "··");
    }

    #[test]
    fn a_bar_is_proportional_in_eighths_of_a_cell() {
        assert_eq!(bar(1, 2, 4), "██");
        assert_eq!(bar(1, 16, 2), "▏");
        assert_eq!(bar(0, 5, 4), "");
        assert_eq!(bar(3, 0, 4), "");
    }
}
