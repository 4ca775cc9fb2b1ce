//! `cmdeck plan export FILE [--force]` and `cmdeck plan import FILE`: the strategy plan as a
//! commented TOML file, written atomically and read back only when every entry is right.

use super::CommandError;
use crate::db::Db;
use crate::i18n::{Arg, Lang};
use crate::plan::{Plan, parse, to_toml_in};
use std::path::Path;

/// Writes the plan to `file` (a temporary file renamed into place); refuses to overwrite an
/// existing file unless `force`. What it says, and the file's comments, are in `lang`.
pub fn export(db: &Db, file: &Path, force: bool, lang: Lang) -> Result<String, CommandError> {
    let shown = crate::text::sanitize_line(&file.display().to_string());
    if file.exists() && !force {
        return Err(CommandError::usage(
            lang.text_with("cli-plan-exists", &[("file", Arg::Text(&shown))]),
        ));
    }
    let plan = db.read_plan()?;
    let text = to_toml_in(&plan, lang);
    crate::files::write_atomically(file, text.as_bytes())
        .map_err(|error| CommandError::usage(error.message(lang)))?;
    Ok(lang.text_with(
        "cli-plan-exported",
        &[
            ("file", Arg::Text(&shown)),
            ("summary", Arg::Text(&summary(lang, &plan))),
        ],
    ) + "\n")
}

/// Checks every entry of `file`, then replaces the plan with it in one transaction. What it says,
/// the file's own mistakes included, is in `lang`.
pub fn import(db: &mut Db, file: &Path, lang: Lang) -> Result<String, CommandError> {
    let shown = crate::text::sanitize_line(&file.display().to_string());
    let text = std::fs::read_to_string(file).map_err(|error| {
        CommandError::usage(lang.text_with(
            "cli-plan-not-read",
            &[
                ("file", Arg::Text(&shown)),
                ("why", Arg::Text(&crate::files::io_reason(lang, &error))),
            ],
        ))
    })?;
    let channels = db.channel_labels()?;
    let plan = parse(file, &text, &channels, lang).map_err(|errors| {
        CommandError::Usage(errors.iter().map(|error| error.message(lang)).collect())
    })?;
    db.replace_plan(&plan)?;
    let warnings: String = plan
        .warnings_in(lang)
        .iter()
        .map(|w| lang.text_with("cli-plan-warning", &[("warning", Arg::Text(w))]) + "\n")
        .collect();
    Ok(lang.text_with(
        "cli-plan-imported",
        &[
            ("file", Arg::Text(&shown)),
            ("summary", Arg::Text(&summary(lang, &plan))),
        ],
    ) + "\n"
        + &warnings)
}

/// How many of each thing the plan holds, as words in `lang`.
pub fn summary(lang: Lang, plan: &Plan) -> String {
    let crisis = &plan.crisis;
    let steps = crisis.level_1.len() + crisis.level_2.len() + crisis.level_3.len();
    [
        (plan.objectives.len(), "objectives"),
        (plan.personas.len(), "personas"),
        (plan.pillars.len(), "pillars"),
        (plan.channels.len(), "channel-plans"),
        (plan.campaigns.len(), "campaigns"),
        (plan.competitors.len(), "competitors"),
        (plan.rules.len(), "listening-rules"),
        (steps, "crisis-steps"),
        (crisis.contacts.len(), "crisis-contacts"),
        (crisis.statements.len(), "holding-statements"),
        (plan.tiers.len(), "advocacy-tiers"),
    ]
    .iter()
    .map(|(n, what)| {
        let n = i64::try_from(*n).unwrap_or(i64::MAX);
        lang.text_with(
            "cli-plan-counted",
            &[
                ("what", Arg::Text(what)),
                ("count", Arg::Count(n)),
                ("shown", Arg::Text(&crate::i18n::count(lang, n))),
            ],
        )
    })
    .collect::<Vec<_>>()
    .join(", ")
}
