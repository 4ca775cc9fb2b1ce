//! The listening rules' vocabulary: a rule as the form edits it, as undo puts it back, and as
//! the importer matches mentions against it.

use super::enums::RuleKind;

/// A listening rule as the form edits it, with its crisis threshold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInput {
    /// Its name.
    pub name: String,
    /// Brand, competitor or sector.
    pub kind: RuleKind,
    /// For a competitor rule, the competitor's name (created when new).
    pub competitor: String,
    /// Comma-separated terms.
    pub terms: String,
    /// Comma-separated exclusions.
    pub exclusions: String,
    /// Only this source, when set.
    pub source: String,
    /// Only this language, when set.
    pub language: String,
    /// sensitive, balanced or strict.
    pub sensitivity: String,
    /// Minimum mentions in 24 h before an alert.
    pub min_count: u32,
    /// Hours between two alerts.
    pub cooldown_hours: u32,
}

/// A rule exactly as stored, with the mentions it had matched: what undo puts back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSnapshot {
    /// Database id.
    pub id: i64,
    /// The fields.
    pub input: RuleInput,
    /// The mentions that recorded it.
    pub mentions: Vec<i64>,
}

/// A listening rule as stored, for matching: what to listen for and what to leave out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleTerms {
    /// Its id, stored on the mentions it matches.
    pub id: i64,
    /// Its unique name.
    pub name: String,
    /// Comma-separated terms.
    pub terms: String,
    /// Comma-separated exclusions.
    pub exclusions: String,
    /// The one source it listens to, or empty for all.
    pub source: String,
    /// Brand, competitor or sector.
    pub kind: crate::domain::RuleKind,
    /// The one language it listens to, or empty for all.
    pub language: String,
}
