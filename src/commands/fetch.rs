//! `cmdeck fetch`: reads every `[[feeds]]` entry of the config through the listening rules,
//! printing one line per feed as it finishes. It succeeds when at least one feed worked.

use super::CommandError;
use crate::config::FeedConfig;
use crate::db::Db;
use crate::import::fetch::{FetchSummary, fetch_all};
use crate::import::rules::LocalRules;
use chrono::{DateTime, Utc};

/// Fetches `feeds`, calling `progress` with each feed's line, then returns the closing line.
/// No feeds configured is a usage error; every feed failing is an `Err` with the closing line
/// (the caller exits 1), as the progress lines have already said why.
pub fn fetch(
    db: &mut Db,
    feeds: &[FeedConfig],
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(&str),
) -> Result<Result<String, String>, CommandError> {
    if feeds.is_empty() {
        return Err(CommandError::usage(
            "no feeds to fetch: add [[feeds]] entries with a url to the config file \
             (see config.example.toml)",
        ));
    }
    let rules = LocalRules::new(&db.rule_terms()?);
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    let summary = fetch_all(db, feeds, &classify, now, progress)?;
    Ok(closing(&summary))
}

/// The closing line: how many feeds worked and what was added, or that none worked.
fn closing(summary: &FetchSummary) -> Result<String, String> {
    let total = summary.worked + summary.failed;
    if summary.worked == 0 {
        return Err(format!("none of the {total} feeds could be read"));
    }
    Ok(format!(
        "{} of {total} feeds read, {} new mention{}.",
        summary.worked,
        summary.added,
        if summary.added == 1 { "" } else { "s" }
    ))
}
