//! The demo's listening setup and crisis protocol: competitors, listening rules, the crisis
//! threshold, runbook steps, contacts, holding statements and last week's closed crisis.

use super::Ctx;
use crate::db::seed::{self, NewCrisis, NewCrisisThreshold, NewListeningRule};
use crate::domain::RuleKind;
use chrono::Duration;
use rusqlite::Transaction;

/// The listening rules the mentions are matched by.
pub(super) struct Rules {
    /// The brand rule.
    pub(super) brand: i64,
    /// One rule per competitor, with the competitor's name.
    pub(super) competitors: Vec<(i64, String)>,
    /// The sector rule.
    pub(super) sector: i64,
}

/// Writes competitors, rules and the crisis protocol; returns the rule ids.
pub(super) fn write(tx: &Transaction<'_>, ctx: &mut Ctx<'_>) -> rusqlite::Result<Rules> {
    let texts = ctx.texts;
    let rule = |name: &str, kind, competitor_id, terms: &str, exclusions: &str| NewListeningRule {
        name: name.to_string(),
        kind,
        competitor_id,
        terms: terms.to_string(),
        exclusions: exclusions.to_string(),
        source: String::new(),
        language: String::new(),
    };
    let rules = &texts.rules;
    let brand = seed::insert_listening_rule(
        tx,
        &rule(
            &rules.brand_name,
            RuleKind::Brand,
            None,
            &rules.brand_terms,
            &rules.brand_exclusions,
        ),
    )?;
    let mut competitors = Vec::new();
    for competitor in &texts.competitors {
        let competitor_id = seed::insert_competitor(tx, &competitor.name, &competitor.notes)?;
        let new = rule(
            &competitor.rule_name,
            RuleKind::Competitor,
            Some(competitor_id),
            &competitor.terms,
            "",
        );
        competitors.push((
            seed::insert_listening_rule(tx, &new)?,
            competitor.name.clone(),
        ));
    }
    let sector = seed::insert_listening_rule(
        tx,
        &rule(
            &rules.sector_name,
            RuleKind::Sector,
            None,
            &rules.sector_terms,
            &rules.sector_exclusions,
        ),
    )?;
    let crisis = &texts.crisis;
    let threshold = NewCrisisThreshold {
        rule_id: Some(brand),
        sensitivity: crisis.sensitivity.clone(),
        min_count: crisis.min_count,
        cooldown_hours: crisis.cooldown_hours,
    };
    seed::insert_crisis_threshold(tx, &threshold)?;
    for (level, steps) in [
        (1, &crisis.level1),
        (2, &crisis.level2),
        (3, &crisis.level3),
    ] {
        for (position, step) in steps.iter().enumerate() {
            seed::insert_crisis_step(tx, level, position as i64 + 1, step)?;
        }
    }
    for contact in &crisis.contacts {
        seed::insert_crisis_contact(
            tx,
            &contact.name,
            &contact.role,
            &contact.phone,
            &contact.email,
        )?;
    }
    for statement in &crisis.statements {
        seed::insert_holding_statement(tx, statement.level, &statement.title, &statement.body)?;
    }
    // The delivery problem of three to four days ago: opened, answered, closed the next day.
    let opened_at = ctx.now - Duration::hours(80);
    let past = NewCrisis {
        opened_at,
        closed_at: Some(opened_at + Duration::hours(26)),
        level: 1,
        rule_id: Some(brand),
        note: crisis.past_crisis_note.clone(),
    };
    let past_id = seed::insert_crisis(tx, &past)?;
    seed::tick_level_steps(tx, past_id, 1, opened_at + Duration::hours(2))?;
    Ok(Rules {
        brand,
        competitors,
        sector,
    })
}
