//! The strategy plan as one document: brand settings, objectives, personas, pillars, channel
//! plan, campaigns, competitors, listening rules, crisis protocol and advocacy tiers.
//!
//! - [`write`]: the commented TOML text `cmdeck plan export` writes.
//! - `crisis`: the crisis protocol and advocacy tier types.
//! - [`validate`]: reading that text back, reporting every mistake with its line and key.
//!
//! Dates are `YYYY-MM-DD` text and money is euros with two decimals (stored as cents); channels
//! are named `network:handle`; objectives, campaigns and competitors are referred to by name.

mod crisis;
pub mod validate;
pub mod write;

use serde::Deserialize;

pub use crisis::{Contact, Crisis, Statement, Tier};
pub use validate::parse;
pub use write::{to_toml, to_toml_in};

/// The whole plan.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The brand's settings.
    pub brand: Brand,
    /// Measurable objectives.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Audience personas.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// Content pillars with their target share of posts.
    #[serde(default)]
    pub pillars: Vec<Pillar>,
    /// The plan for each channel.
    #[serde(default)]
    pub channels: Vec<ChannelPlan>,
    /// Campaigns with their spend ledger.
    #[serde(default)]
    pub campaigns: Vec<Campaign>,
    /// Competitors watched by listening rules.
    #[serde(default)]
    pub competitors: Vec<Competitor>,
    /// Listening rules with their crisis threshold.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// The crisis protocol.
    #[serde(default)]
    pub crisis: Crisis,
    /// Advocacy tiers for prescriptors, lowest first.
    #[serde(default)]
    pub tiers: Vec<Tier>,
}

impl ChannelPlan {
    /// Whether the entry says anything about the channel's plan (role, pace, tone or slots),
    /// rather than only declaring the channel.
    pub fn is_planned(&self) -> bool {
        !self.role.trim().is_empty()
            || !self.tone.trim().is_empty()
            || !self.slots.trim().is_empty()
            || self.posts_per_week > 0.0
    }
}

impl Plan {
    /// What is allowed but probably unintended: pillar shares that do not add up to 1.
    pub fn warnings(&self) -> Vec<String> {
        self.warnings_in(crate::i18n::Lang::En)
    }

    /// [`Plan::warnings`], worded in `lang`.
    pub fn warnings_in(&self, lang: crate::i18n::Lang) -> Vec<String> {
        let total: f64 = self.pillars.iter().map(|p| p.share).sum();
        if !self.pillars.is_empty() && (total - 1.0).abs() > 0.01 {
            let sum = crate::i18n::decimal(lang, total * 100.0, 0);
            vec![lang.text_with(
                "cli-plan-shares-off",
                &[("sum", crate::i18n::Arg::Text(&sum))],
            )]
        } else {
            Vec::new()
        }
    }
}

/// A named plan entry renamed in the TUI, so that its row keeps its id (and what refers to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    /// The table: `objectives`, `personas`, `pillars`, `campaigns`, `competitors`,
    /// `listening_rules` or `channels` (whose names are `network:handle`).
    pub table: &'static str,
    /// The old name.
    pub from: String,
    /// The new name.
    pub to: String,
}

/// The brand's settings (`settings` table).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// The brand's name.
    #[serde(default)]
    pub name: String,
    /// The inbox's first-response target in minutes, when set.
    pub response_target_minutes: Option<u32>,
    /// Business hours for response times (`mon-fri 09:00-18:00`); empty: the config's, if any.
    #[serde(default)]
    pub business_hours: String,
    /// The tone of voice guide.
    #[serde(default)]
    pub tone_guide: String,
    /// When to escalate a message.
    #[serde(default)]
    pub escalation_rules: String,
    /// The brand's time zone (`Europe/Madrid`); empty: the computer's.
    #[serde(default)]
    pub time_zone: String,
    /// The first day of the brand's week, `monday` or `sunday`; empty: the config's.
    #[serde(default)]
    pub week_start: String,
    /// The brand's own words for the sentiment guess: `Bomba, Cremaet=+2` (a term alone
    /// counts nothing, so a product called "Bomba" is not read as negative).
    #[serde(default)]
    pub sentiment_terms: String,
}

/// An objective and its manually entered weekly values.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Unique name.
    pub name: String,
    /// The KPI's stored name (see [`crate::domain::Kpi`]).
    pub kpi: String,
    /// The channel it is measured on (`network:handle`), or all channels.
    pub channel: Option<String>,
    /// Where it started.
    #[serde(default)]
    pub baseline: f64,
    /// Where it should get to.
    pub target: f64,
    /// First day, `YYYY-MM-DD`.
    pub starts_on: String,
    /// Last day, `YYYY-MM-DD`.
    pub deadline: String,
    /// A note for the owner.
    #[serde(default)]
    pub owner_note: String,
    /// Values entered by hand, by ISO week.
    #[serde(default)]
    pub weekly: Vec<WeekValue>,
}

/// A KPI value entered by hand for one ISO week.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekValue {
    /// `YYYY-Www`.
    pub week: String,
    /// The value.
    pub value: f64,
}

/// An audience persona.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Unique name.
    pub name: String,
    /// Who they are.
    #[serde(default)]
    pub description: String,
    /// What they want.
    #[serde(default)]
    pub goals: String,
    /// What bothers them.
    #[serde(default)]
    pub pains: String,
    /// Where they are.
    #[serde(default)]
    pub channels: String,
    /// What content they like.
    #[serde(default)]
    pub content: String,
}

/// A content pillar.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    /// Unique name.
    pub name: String,
    /// Target share of posts, 0 to 1; all pillars sum to 1.
    pub share: f64,
    /// Display colour.
    #[serde(default)]
    pub colour: String,
    /// What it covers.
    #[serde(default)]
    pub description: String,
}

/// One channel and its plan. An entry naming a channel the database does not have yet
/// declares it: importing the plan creates the channel.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelPlan {
    /// `network:handle`.
    pub channel: String,
    /// The name shown in lists; left as stored when the file does not say.
    #[serde(default)]
    pub name: Option<String>,
    /// The maximum post length; the network's default for a new channel when the file does not say.
    #[serde(default)]
    pub char_limit: Option<u32>,
    /// Whether the channel is archived (out of the forms, history kept); left as stored when the
    /// file does not say.
    #[serde(default)]
    pub archived: Option<bool>,
    /// Its role in the mix.
    #[serde(default)]
    pub role: String,
    /// Posts per week.
    #[serde(default)]
    pub posts_per_week: f64,
    /// Its tone.
    #[serde(default)]
    pub tone: String,
    /// Posting slots.
    #[serde(default)]
    pub slots: String,
}

/// A campaign.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// Unique name.
    pub name: String,
    /// The objective it serves, by name.
    pub objective: Option<String>,
    /// First day.
    pub starts_on: String,
    /// Last day.
    pub ends_on: String,
    /// Budget in euros.
    #[serde(default)]
    pub budget: f64,
    /// Conversions counted.
    #[serde(default)]
    pub conversions: i64,
    /// Revenue in euros.
    #[serde(default)]
    pub revenue: f64,
    /// UTM source.
    #[serde(default)]
    pub utm_source: String,
    /// UTM medium.
    #[serde(default)]
    pub utm_medium: String,
    /// UTM campaign.
    #[serde(default)]
    pub utm_campaign: String,
    /// Notes.
    #[serde(default)]
    pub notes: String,
    /// The spend ledger.
    #[serde(default)]
    pub spend: Vec<Spend>,
}

/// One line of a campaign's spend ledger.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spend {
    /// The day, `YYYY-MM-DD`.
    pub on: String,
    /// Amount in euros.
    pub amount: f64,
    /// What it paid for.
    #[serde(default)]
    pub note: String,
}

/// A competitor.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    /// Unique name.
    pub name: String,
    /// Notes.
    #[serde(default)]
    pub notes: String,
}

/// A listening rule.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Unique name.
    pub name: String,
    /// `brand`, `competitor` or `sector`.
    pub kind: String,
    /// The competitor it watches (competitor rules only), by name.
    pub competitor: Option<String>,
    /// Terms to match.
    pub terms: String,
    /// Terms that exclude a match.
    #[serde(default)]
    pub exclusions: String,
    /// Source restriction.
    #[serde(default)]
    pub source: String,
    /// Language restriction.
    #[serde(default)]
    pub language: String,
    /// The crisis threshold on this rule's mentions.
    pub threshold: Option<Threshold>,
}

/// When a rule's negative mentions raise a crisis alert.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    /// `sensitive`, `balanced` or `strict`.
    pub sensitivity: String,
    /// Least number of mentions.
    pub min_count: i64,
    /// Hours between two alerts.
    pub cooldown_hours: i64,
}

/// Euros (two decimals) to cents.
pub fn cents(euros: f64) -> i64 {
    (euros * 100.0).round() as i64
}

/// Cents to euros.
pub fn euros(cents: i64) -> f64 {
    cents as f64 / 100.0
}

#[cfg(test)]
mod tests;
