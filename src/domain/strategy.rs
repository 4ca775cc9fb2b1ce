//! What each pane's strategy face shows: the plan next to the execution figures it governs.

use super::enums::{Kpi, Network, RuleKind};
use super::week::TrafficLight;
use crate::text::Outside;
use chrono::NaiveDate;

/// A campaign with its money.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignLine {
    /// Its name.
    pub name: Outside,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Budget in cents.
    pub budget_cents: i64,
    /// Spent so far in cents (sum of the spend ledger).
    pub spent_cents: i64,
    /// Conversions recorded.
    pub conversions: i64,
    /// Revenue recorded in cents.
    pub revenue_cents: i64,
    /// Posts planned or published under it.
    pub posts: i64,
    /// The objective it serves, if any.
    pub objective_id: Option<i64>,
}

impl CampaignLine {
    /// Cost per result = spend ÷ conversions.
    pub fn cost_per_result(&self) -> Option<f64> {
        (self.conversions > 0).then(|| self.spent_cents as f64 / 100.0 / self.conversions as f64)
    }

    /// ROI = (revenue − spend) ÷ spend.
    pub fn roi(&self) -> Option<f64> {
        (self.spent_cents > 0)
            .then(|| (self.revenue_cents - self.spent_cents) as f64 / self.spent_cents as f64)
    }
}

/// A content pillar: its target share and what the period actually holds.
#[derive(Debug, Clone, PartialEq)]
pub struct PillarLine {
    /// Its name.
    pub name: Outside,
    /// Its colour name from the plan.
    pub colour: String,
    /// Target share of posts, 0–1.
    pub target_share: f64,
    /// Posts in the period.
    pub posts: i64,
}

/// A channel's planned pace against what is planned this week.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelPace {
    /// The network.
    pub network: Network,
    /// The handle.
    pub channel: String,
    /// The channel's role in the mix.
    pub role: String,
    /// Posts per week in the plan.
    pub planned_per_week: f64,
    /// Posts (not cancelled) dated this week.
    pub this_week: i64,
    /// Tone for this channel.
    pub tone: String,
}

/// The Calendar's strategy face.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CalendarStrategy {
    /// Campaigns by start date.
    pub campaigns: Vec<CampaignLine>,
    /// Pillar mix over the period.
    pub pillars: Vec<PillarLine>,
    /// The period the pillar mix covers.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Channel pace this week.
    pub channels: Vec<ChannelPace>,
}

/// First-response statistics for one week.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResponseStats {
    /// Messages received.
    pub received: i64,
    /// Of those, answered.
    pub answered: i64,
    /// Answered within the target.
    pub within_target: i64,
    /// Median first response in minutes.
    pub median_minutes: Option<f64>,
    /// Slowest first response in minutes.
    pub slowest_minutes: Option<f64>,
}

/// The Inbox's strategy face.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InboxStrategy {
    /// The response-time target in minutes.
    pub target_minutes: u32,
    /// This week.
    pub this_week: ResponseStats,
    /// Last week.
    pub last_week: ResponseStats,
    /// Messages this week by channel and kind.
    pub volume: Vec<(String, i64)>,
    /// The tone-of-voice guide.
    pub tone_guide: String,
    /// The escalation rules.
    pub escalation_rules: String,
}

/// A listening rule with its volume.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleLine {
    /// Its name.
    pub name: Outside,
    /// What it listens for.
    pub kind: RuleKind,
    /// Comma-separated terms.
    pub terms: String,
    /// Comma-separated exclusions.
    pub exclusions: String,
    /// Mentions matched in the last 7 days.
    pub last_7_days: i64,
}

/// One week's sentiment split.
#[derive(Debug, Clone, PartialEq)]
pub struct SentimentWeek {
    /// ISO week label.
    pub week: String,
    /// Positive mentions.
    pub positive: i64,
    /// Neutral mentions.
    pub neutral: i64,
    /// Negative mentions.
    pub negative: i64,
}

/// A crisis threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdLine {
    /// The rule it watches (all brand mentions when none).
    pub rule: String,
    /// sensitive, balanced or strict.
    pub sensitivity: String,
    /// Minimum count in 24 h before an alert.
    pub min_count: i64,
    /// Hours between two alerts.
    pub cooldown_hours: i64,
}

/// The Mentions' strategy face.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListeningStrategy {
    /// The listening rules.
    pub rules: Vec<RuleLine>,
    /// Mentions this week: the brand first, then each competitor.
    pub voices: Vec<(String, i64)>,
    /// Sentiment over the last 8 weeks, oldest first.
    pub sentiment_trend: Vec<SentimentWeek>,
    /// Crisis thresholds.
    pub thresholds: Vec<ThresholdLine>,
    /// The crisis protocol steps by level.
    pub protocol: Vec<(i64, String)>,
    /// Share of voice over the last 8 weeks, oldest first (`None`: no brand or competitor mention).
    pub voice_trend: Vec<(String, Option<f64>)>,
    /// This week's sources by total reach: name, reach, mentions.
    pub top_sources: Vec<(String, i64, i64)>,
    /// This week's authors by total reach: name, reach, mentions.
    pub top_authors: Vec<(String, i64, i64)>,
    /// Crises opened and closed, latest first.
    pub crises: Vec<crate::domain::crisis::CrisisLogEntry>,
    /// The rules' ids, parallel to `rules`, for editing.
    pub rule_ids: Vec<i64>,
}

impl ListeningStrategy {
    /// Share of voice = brand ÷ (brand + competitors), this week.
    pub fn share_of_voice(&self) -> Option<f64> {
        let brand = self.voices.first().map(|v| v.1).unwrap_or(0);
        let all: i64 = self.voices.iter().map(|v| v.1).sum();
        super::week::ratio(brand, all)
    }
}

/// A buyer persona with its head count.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonaLine {
    /// Its name.
    pub name: Outside,
    /// Who they are.
    pub description: String,
    /// What they want.
    pub goals: String,
    /// What hurts them.
    pub pains: String,
    /// Where they are.
    pub channels: String,
    /// What content serves them.
    pub content: String,
    /// People assigned to it.
    pub people: i64,
}

/// An advocacy programme tier with its head count.
#[derive(Debug, Clone, PartialEq)]
pub struct TierLine {
    /// Its name.
    pub name: Outside,
    /// What members receive.
    pub receives: String,
    /// How one moves up.
    pub move_up: String,
    /// People in it.
    pub people: i64,
}

/// The Prescriptors' strategy face.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeopleStrategy {
    /// Buyer personas.
    pub personas: Vec<PersonaLine>,
    /// Advocacy tiers, top first.
    pub tiers: Vec<TierLine>,
}

/// An objective with its KPI measured.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveLine {
    /// Its name.
    pub name: Outside,
    /// Its KPI.
    pub kpi: Kpi,
    /// Where it started.
    pub baseline: f64,
    /// Where it should end.
    pub target: f64,
    /// Its current value; `None` when there is no data.
    pub actual: Option<f64>,
    /// Start of the period.
    pub starts_on: NaiveDate,
    /// Deadline.
    pub deadline: NaiveDate,
    /// The verdict.
    pub light: Option<TrafficLight>,
}

/// The Reports' strategy face.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportsStrategy {
    /// Objectives with their KPIs.
    pub objectives: Vec<ObjectiveLine>,
    /// Campaign money.
    pub campaigns: Vec<CampaignLine>,
}
