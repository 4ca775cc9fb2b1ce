//! Inserts for listening and the crisis protocol: competitors, rules, mentions, thresholds,
//! runbook steps, contacts, holding statements and crises.

use crate::db::format_time;
use crate::domain::RuleKind;
use crate::domain::mentions::NewMention;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

/// Adds a competitor and returns its id.
pub fn insert_competitor(tx: &Connection, name: &str, notes: &str) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO competitors (name, notes) VALUES (?1, ?2)",
        params![name, notes],
    )?;
    Ok(tx.last_insert_rowid())
}

/// A listening rule: what to listen for, and what to leave out.
#[derive(Debug, Clone)]
pub struct NewListeningRule {
    /// Its unique name.
    pub name: String,
    /// Brand, competitor or sector.
    pub kind: RuleKind,
    /// The competitor it watches, for competitor rules.
    pub competitor_id: Option<i64>,
    /// Comma-separated terms.
    pub terms: String,
    /// Comma-separated exclusions.
    pub exclusions: String,
    /// Restrict to one source, or empty for all.
    pub source: String,
    /// Restrict to one language, or empty for all.
    pub language: String,
}

/// Inserts a listening rule and returns its id.
pub fn insert_listening_rule(tx: &Connection, rule: &NewListeningRule) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO listening_rules (name, kind, competitor_id, terms, exclusions, source, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            rule.name,
            rule.kind,
            rule.competitor_id,
            rule.terms,
            rule.exclusions,
            rule.source,
            rule.language,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Inserts one mention.
const INSERT_MENTION: &str =
    "INSERT INTO mentions (source, external_id, url, author, person_id, text, published_at,
                      reach, sentiment_auto, sentiment_corrected, rule_id, status, is_defence)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

/// Inserts one mention unless one with the same url or the same (source, external id) is stored.
const INSERT_MENTION_UNLESS_STORED: &str =
    "INSERT INTO mentions (source, external_id, url, author, person_id, text, published_at,
                      reach, sentiment_auto, sentiment_corrected, rule_id, status, is_defence)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
    ON CONFLICT DO NOTHING";

/// Inserts a mention and returns its id.
pub fn insert_mention(tx: &Connection, mention: &NewMention) -> rusqlite::Result<i64> {
    execute_insert(tx, INSERT_MENTION, mention)?;
    Ok(tx.last_insert_rowid())
}

/// Inserts a mention unless one with the same url or the same (source, external id) is stored:
/// its id, or `None` for such a duplicate.
pub fn insert_mention_unless_stored(
    tx: &Connection,
    mention: &NewMention,
) -> rusqlite::Result<Option<i64>> {
    let inserted = execute_insert(tx, INSERT_MENTION_UNLESS_STORED, mention)?;
    Ok((inserted == 1).then(|| tx.last_insert_rowid()))
}

/// Runs one of the insert statements with the mention's fields; answers the rows inserted.
fn execute_insert(tx: &Connection, sql: &str, mention: &NewMention) -> rusqlite::Result<usize> {
    tx.prepare_cached(sql)?.execute(params![
        mention.source,
        mention.external_id,
        mention.url,
        mention.author,
        mention.person_id,
        mention.text,
        format_time(mention.published_at),
        mention.reach,
        mention.sentiment_auto,
        mention.sentiment_corrected,
        mention.rule_id,
        mention.status,
        mention.is_defence,
    ])
}

/// When negative mentions on a rule count as a spike.
#[derive(Debug, Clone)]
pub struct NewCrisisThreshold {
    /// The rule watched, or none for all.
    pub rule_id: Option<i64>,
    /// `sensitive`, `balanced` or `strict`.
    pub sensitivity: String,
    /// The fewest negative mentions that can make a spike.
    pub min_count: i64,
    /// Hours to wait before alerting again.
    pub cooldown_hours: i64,
}

/// Inserts a crisis threshold and returns its id.
pub fn insert_crisis_threshold(
    tx: &Connection,
    threshold: &NewCrisisThreshold,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO crisis_thresholds (rule_id, sensitivity, min_count, cooldown_hours)
         VALUES (?1, ?2, ?3, ?4)",
        params![
            threshold.rule_id,
            threshold.sensitivity,
            threshold.min_count,
            threshold.cooldown_hours
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Adds a step of the crisis runbook for a level (1 to 3) and returns its id.
pub fn insert_crisis_step(
    tx: &Connection,
    level: i64,
    position: i64,
    step: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO crisis_steps (level, position, step) VALUES (?1, ?2, ?3)",
        params![level, position, step],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Adds someone to call in a crisis and returns their id.
pub fn insert_crisis_contact(
    tx: &Connection,
    name: &str,
    role: &str,
    phone: &str,
    email: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO crisis_contacts (name, role, phone, email) VALUES (?1, ?2, ?3, ?4)",
        params![name, role, phone, email],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Adds a holding statement for a crisis level (1 to 3) and returns its id.
pub fn insert_holding_statement(
    tx: &Connection,
    level: i64,
    title: &str,
    body: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO holding_statements (level, title, body) VALUES (?1, ?2, ?3)",
        params![level, title, body],
    )?;
    Ok(tx.last_insert_rowid())
}

/// A crisis opened (and maybe closed) on a rule.
#[derive(Debug, Clone)]
pub struct NewCrisis {
    /// When it was opened.
    pub opened_at: DateTime<Utc>,
    /// When it was closed, if it is over.
    pub closed_at: Option<DateTime<Utc>>,
    /// Its level, 1 to 3.
    pub level: i64,
    /// The rule whose spike opened it.
    pub rule_id: Option<i64>,
    /// What happened and what was done.
    pub note: String,
}

/// Inserts a crisis and returns its id.
pub fn insert_crisis(tx: &Connection, crisis: &NewCrisis) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO crises (opened_at, closed_at, level, rule_id, note) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            format_time(crisis.opened_at),
            crisis.closed_at.map(format_time),
            crisis.level,
            crisis.rule_id,
            crisis.note
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Ticks every step of protocol `level` for a crisis, at `at` (the demo's past crisis was worked through).
pub fn tick_level_steps(
    tx: &Connection,
    crisis: i64,
    level: i64,
    at: DateTime<Utc>,
) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT INTO crisis_checks (crisis_id, step_id, checked_at) SELECT ?1, id, ?3 FROM crisis_steps WHERE level = ?2",
        params![crisis, level, format_time(at)],
    )
}
