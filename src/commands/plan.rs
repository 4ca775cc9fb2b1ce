//! `cmdeck plan export FILE [--force]` and `cmdeck plan import FILE`: the strategy plan as a
//! commented TOML file, written atomically and read back only when every entry is right.

use super::CommandError;
use crate::db::Db;
use crate::plan::{Plan, parse, to_toml};
use std::path::Path;

/// Writes the plan to `file` (a temporary file renamed into place); refuses to overwrite an
/// existing file unless `force`.
pub fn export(db: &Db, file: &Path, force: bool) -> Result<String, CommandError> {
    if file.exists() && !force {
        return Err(CommandError::usage(format!(
            "{} already exists; pass --force to overwrite it",
            file.display()
        )));
    }
    let plan = db.read_plan()?;
    let text = to_toml(&plan);
    crate::files::write_atomically(file, text.as_bytes())?;
    Ok(format!(
        "Exported the plan to {}: {}.\n",
        file.display(),
        summary(&plan)
    ))
}

/// Checks every entry of `file`, then replaces the plan with it in one transaction.
pub fn import(db: &mut Db, file: &Path) -> Result<String, CommandError> {
    let text = std::fs::read_to_string(file).map_err(|error| {
        CommandError::usage(format!("could not read {}: {error}", file.display()))
    })?;
    let channels = db.channel_labels()?;
    let plan = parse(file, &text, &channels)
        .map_err(|errors| CommandError::Usage(errors.iter().map(ToString::to_string).collect()))?;
    db.replace_plan(&plan)?;
    let warnings: String = plan
        .warnings()
        .iter()
        .map(|w| format!("Warning: {w}.\n"))
        .collect();
    Ok(format!(
        "Imported the plan from {}: {}.\n{warnings}",
        file.display(),
        summary(&plan)
    ))
}

/// How many of each thing the plan holds, as words.
pub fn summary(plan: &Plan) -> String {
    let crisis = &plan.crisis;
    let steps = crisis.level_1.len() + crisis.level_2.len() + crisis.level_3.len();
    [
        (plan.objectives.len(), "objective", "objectives"),
        (plan.personas.len(), "persona", "personas"),
        (plan.pillars.len(), "pillar", "pillars"),
        (plan.channels.len(), "channel plan", "channel plans"),
        (plan.campaigns.len(), "campaign", "campaigns"),
        (plan.competitors.len(), "competitor", "competitors"),
        (plan.rules.len(), "listening rule", "listening rules"),
        (steps, "crisis step", "crisis steps"),
        (crisis.contacts.len(), "crisis contact", "crisis contacts"),
        (
            crisis.statements.len(),
            "holding statement",
            "holding statements",
        ),
        (plan.tiers.len(), "advocacy tier", "advocacy tiers"),
    ]
    .iter()
    .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
    .collect::<Vec<_>>()
    .join(", ")
}
