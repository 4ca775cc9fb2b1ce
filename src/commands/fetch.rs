//! `cmdeck fetch`: reads every `[[feeds]]` entry of the config through the listening rules,
//! printing one line per feed as it finishes. It succeeds when at least one feed worked.

use super::CommandError;
use crate::config::FeedConfig;
use crate::db::Db;
use crate::i18n::Lang;
use crate::import::fetch_run::fetch_feeds;
use chrono::{DateTime, Utc};

/// Fetches `feeds` with every line in `lang`, calling `progress` with each feed's line, then returns the closing line.
/// No feeds configured is a usage error; every feed failing is an `Err` with the closing line
/// (the caller exits 1), as the progress lines have already said why.
pub fn fetch(
    db: &mut Db,
    feeds: &[FeedConfig],
    now: DateTime<Utc>,
    lang: Lang,
    progress: &mut dyn FnMut(&str),
) -> Result<Result<String, String>, CommandError> {
    if feeds.is_empty() {
        return Err(CommandError::usage(lang.text("fetch-no-feeds")));
    }
    Ok(fetch_feeds(db, feeds, now, lang, progress)?)
}
