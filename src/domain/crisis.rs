//! The crisis protocol's vocabulary: the crisis under way with its steps, statements and
//! contacts, and the log of past crises.

use crate::text::Outside;
use chrono::{DateTime, Utc};

/// One step of the protocol, ticked or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrisisStep {
    /// Database id.
    pub id: i64,
    /// The protocol level it belongs to.
    pub level: i64,
    /// What to do.
    pub text: Outside,
    /// When it was ticked in this crisis.
    pub checked_at: Option<DateTime<Utc>>,
}

/// One crisis in the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrisisLogEntry {
    /// When it was opened.
    pub opened_at: DateTime<Utc>,
    /// When it was closed, if it is.
    pub closed_at: Option<DateTime<Utc>>,
    /// Its severity.
    pub level: i64,
    /// What it was about.
    pub note: Outside,
}

/// The crisis under way, with everything the protocol gives to face it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCrisis {
    /// Database id.
    pub id: i64,
    /// When it was opened.
    pub opened_at: DateTime<Utc>,
    /// Its severity, 1 to 3.
    pub level: i64,
    /// What it is about.
    pub note: Outside,
    /// Whether scheduled posts are paused.
    pub pause_posts: bool,
    /// The steps of its level and the levels below.
    pub steps: Vec<CrisisStep>,
    /// Holding statements to copy into replies (title, text).
    pub statements: Vec<(Outside, Outside)>,
    /// Who to call (name, role, phone, email).
    pub contacts: Vec<(Outside, Outside, Outside, Outside)>,
}
