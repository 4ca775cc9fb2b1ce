//! The `[[feeds]]` entries: the RSS / Atom feeds `cmdeck fetch` reads, each an `http://` or
//! `https://` URL or a file path, with an optional name and timeout.

use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use super::{ConfigError, Place};

/// The time a feed is given to answer when its entry sets none, in seconds.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 10;

/// One feed to fetch, from `[[feeds]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedConfig {
    /// An `http://` or `https://` URL, or a file path.
    pub url: String,
    /// The name shown in `cmdeck fetch`'s lines; the feed's host or file name when unset.
    pub name: Option<String>,
    /// How long the feed is given to answer.
    pub timeout: Duration,
}

impl FeedConfig {
    /// Whether the feed is fetched over HTTP (otherwise it is a file).
    pub fn is_http(&self) -> bool {
        is_http(&self.url)
    }
}

/// Whether `location` is an `http://` or `https://` URL (scheme case ignored).
pub fn is_http(location: &str) -> bool {
    let lower = location.trim().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// One `[[feeds]]` entry as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RawFeed {
    url: Option<Spanned<String>>,
    name: Option<Spanned<String>>,
    timeout_seconds: Option<Spanned<u32>>,
}

/// Validates the `[[feeds]]` entries; errors count them from 1 (`feeds[2].url`).
pub(super) fn feeds_config(
    raw: &[Spanned<RawFeed>],
    at: Place<'_>,
) -> Result<Vec<FeedConfig>, ConfigError> {
    let lang = at.lang;
    let mut feeds = Vec::with_capacity(raw.len());
    for (index, entry) in raw.iter().enumerate() {
        let key = |field: &str| format!("feeds[{}].{field}", index + 1);
        let feed = entry.get_ref();
        let Some(url) = &feed.url else {
            return Err(at.error(
                entry.span(),
                key("url"),
                lang.text("error-config-feed-no-url"),
            ));
        };
        let location = url.get_ref().trim();
        let scheme = location.split_once("://").map(|(scheme, _)| scheme);
        let file_url = scheme.is_some_and(|scheme| scheme.eq_ignore_ascii_case("file"));
        if location.is_empty() || (scheme.is_some() && !is_http(location) && !file_url) {
            return Err(at.error(
                url.span(),
                key("url"),
                lang.text("error-config-feed-bad-url"),
            ));
        }
        let name = match &feed.name {
            Some(name) if name.get_ref().trim().is_empty() => {
                return Err(at.error(
                    name.span(),
                    key("name"),
                    lang.text("error-config-feed-empty-name"),
                ));
            }
            Some(name) => Some(name.get_ref().trim().to_string()),
            None => None,
        };
        let seconds = match &feed.timeout_seconds {
            Some(seconds) if !(1..=300).contains(seconds.get_ref()) => {
                return Err(at.error(
                    seconds.span(),
                    key("timeout_seconds"),
                    lang.text("error-config-feed-timeout"),
                ));
            }
            Some(seconds) => *seconds.get_ref(),
            None => DEFAULT_TIMEOUT_SECONDS,
        };
        feeds.push(FeedConfig {
            url: location.to_string(),
            name,
            timeout: Duration::from_secs(u64::from(seconds)),
        });
    }
    Ok(feeds)
}
