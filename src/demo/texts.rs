//! The demo brand's texts, read from the embedded `assets/demo.toml`; code and prose stay apart.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The embedded text file.
const SOURCE: &str = include_str!("../../assets/demo.toml");

/// Every text of the demo brand.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub(super) brand: Brand,
    pub(super) channels: Vec<ChannelText>,
    pub(super) pillars: Vec<PillarText>,
    pub(super) personas: Vec<PersonaText>,
    pub(super) objectives: Vec<ObjectiveText>,
    pub(super) campaigns: Vec<CampaignText>,
    pub(super) competitors: Vec<CompetitorText>,
    pub(super) rules: RulesText,
    pub(super) crisis: CrisisText,
    pub(super) tiers: Vec<TierText>,
    pub(super) saved_replies: Vec<SavedReplyText>,
    pub(super) people: Vec<PersonText>,
    pub(super) interactions: BTreeMap<String, Vec<String>>,
    pub(super) authors: AuthorsText,
    pub(super) messages: MessageTexts,
    pub(super) mentions: MentionTexts,
}

/// The brand's settings and word lists.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub(super) name: String,
    pub(super) response_target_minutes: String,
    pub(super) tone_guide: String,
    pub(super) escalation_rules: String,
    pub(super) sentiment_terms: String,
    pub(super) week_victories: String,
    pub(super) week_notes: String,
    pub(super) cancelled_note: String,
    pub(super) idea_note: String,
    pub(super) hashtags: String,
    pub(super) origins: Vec<String>,
    pub(super) methods: Vec<String>,
}

/// One channel and its plan.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelText {
    pub(super) network: String,
    pub(super) handle: String,
    pub(super) name: String,
    pub(super) followers: i64,
    pub(super) growth_per_day: f64,
    pub(super) role: String,
    pub(super) posts_per_week: f64,
    pub(super) tone: String,
    pub(super) slots: String,
}

/// A content pillar and its post bodies.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PillarText {
    pub(super) name: String,
    pub(super) share: f64,
    pub(super) colour: String,
    pub(super) description: String,
    pub(super) posts: Vec<String>,
}

/// A buyer persona.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonaText {
    pub(super) name: String,
    pub(super) description: String,
    pub(super) goals: String,
    pub(super) pains: String,
    pub(super) channels: String,
    pub(super) content: String,
}

/// An objective; `weekly` holds recent values of a manual KPI, oldest first.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveText {
    pub(super) name: String,
    pub(super) kpi: String,
    pub(super) channel: Option<String>,
    pub(super) baseline: f64,
    pub(super) target: f64,
    pub(super) owner_note: String,
    #[serde(default)]
    pub(super) weekly: Vec<f64>,
}

/// A campaign, its dates relative to today, spend notes and post bodies.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignText {
    pub(super) name: String,
    pub(super) objective: String,
    pub(super) starts_in_days: i64,
    pub(super) ends_in_days: i64,
    pub(super) budget_euros: i64,
    pub(super) conversions: i64,
    pub(super) revenue_euros: i64,
    pub(super) utm_source: String,
    pub(super) utm_medium: String,
    pub(super) utm_campaign: String,
    pub(super) notes: String,
    pub(super) spend: Vec<String>,
    pub(super) posts: Vec<String>,
}

/// A competitor and the terms that find it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetitorText {
    pub(super) name: String,
    pub(super) rule_name: String,
    pub(super) notes: String,
    pub(super) terms: String,
}

/// The brand and sector listening rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesText {
    pub(super) brand_name: String,
    pub(super) brand_terms: String,
    pub(super) brand_exclusions: String,
    pub(super) sector_name: String,
    pub(super) sector_terms: String,
    pub(super) sector_exclusions: String,
}

/// The crisis protocol: threshold, runbook per level, contacts and statements.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisText {
    pub(super) sensitivity: String,
    pub(super) min_count: i64,
    pub(super) cooldown_hours: i64,
    pub(super) past_crisis_note: String,
    pub(super) level1: Vec<String>,
    pub(super) level2: Vec<String>,
    pub(super) level3: Vec<String>,
    pub(super) contacts: Vec<ContactText>,
    pub(super) statements: Vec<StatementText>,
}

/// A crisis contact.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactText {
    pub(super) name: String,
    pub(super) role: String,
    pub(super) phone: String,
    pub(super) email: String,
}

/// A holding statement.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementText {
    pub(super) level: i64,
    pub(super) title: String,
    pub(super) body: String,
}

/// An advocacy tier.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierText {
    pub(super) name: String,
    pub(super) position: i64,
    pub(super) receives: String,
    pub(super) move_up: String,
}

/// A saved reply.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedReplyText {
    pub(super) name: String,
    pub(super) body: String,
}

/// A person; handles are `network:handle`, follow_up is days from today.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonText {
    pub(super) name: String,
    pub(super) role: String,
    #[serde(default)]
    pub(super) tier: String,
    pub(super) persona: Option<String>,
    pub(super) tags: String,
    pub(super) notes: String,
    pub(super) reach: i64,
    pub(super) handles: Vec<String>,
    pub(super) follow_up: Option<i64>,
}

/// Authors not linked to a person.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorsText {
    pub(super) names: Vec<String>,
}

/// Inbox bodies by kind of message.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageTexts {
    pub(super) positive: Vec<String>,
    pub(super) question: Vec<String>,
    pub(super) negative: Vec<String>,
    pub(super) sarcastic: Vec<String>,
    pub(super) hostile: Vec<String>,
    pub(super) reviews_positive: Vec<String>,
    pub(super) reviews_negative: Vec<String>,
    pub(super) emails: Vec<String>,
    pub(super) escalated_author: String,
    pub(super) escalated_rule: String,
    pub(super) escalated_words: Vec<String>,
    pub(super) escalated: String,
    pub(super) replies: Vec<String>,
}

/// Mention texts by rule and tone; `{name}` is the competitor.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionTexts {
    pub(super) news_author: String,
    pub(super) brand_positive: Vec<String>,
    pub(super) brand_neutral: Vec<String>,
    pub(super) brand_negative: Vec<String>,
    pub(super) delivery: Vec<String>,
    pub(super) defence: Vec<String>,
    pub(super) competitor_positive: Vec<String>,
    pub(super) competitor_neutral: Vec<String>,
    pub(super) competitor_negative: Vec<String>,
    pub(super) sector: Vec<String>,
}

/// A wrong or missing piece of the embedded texts, as a database-side error.
pub fn invalid(what: String) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(what.into())
}

/// Parses the embedded texts.
pub fn load() -> rusqlite::Result<Texts> {
    toml::from_str(SOURCE).map_err(|error| rusqlite::Error::ToSqlConversionFailure(error.into()))
}
