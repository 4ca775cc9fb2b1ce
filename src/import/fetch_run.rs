//! One fetch of every configured feed through the stored listening rules, for `cmdeck fetch` and
//! the desk alike: each feed's line goes to `progress` as it finishes, then a closing line says
//! how it went. It does not decide what an empty feed list means; its callers do.

use super::fetch::{FetchSummary, fetch_all};
use super::rules::LocalRules;
use crate::config::FeedConfig;
use crate::db::{Db, DbError};
use chrono::{DateTime, Utc};

/// Fetches `feeds`, calling `progress` with each feed's line, then returns the closing line:
/// `Ok` when at least one feed worked, `Err` when none did (the progress lines said why).
pub fn fetch_feeds(
    db: &mut Db,
    feeds: &[FeedConfig],
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(&str),
) -> Result<Result<String, String>, DbError> {
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
