//! `cmdeck fetch`: every `[[feeds]]` entry fetched on its own worker thread (an HTTP GET with a
//! timeout, or a file read), then imported through the listening rules on the calling thread as
//! each one finishes, with one progress line per feed. One broken feed never stops the others.

use super::ImportError;
use super::address_policy::{MAX_REDIRECTS, is_public, may_follow};
use super::feeds::{FeedReport, MAX_FEED_BYTES, import_feed, origin_name};
use crate::config::FeedConfig;
use crate::db::{Db, DbError};
use crate::i18n::{Arg, Lang};
use crate::text::sanitize_line;
use chrono::{DateTime, Utc};
use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long past the longest feed timeout the results are waited for, at most.
const GRACE: Duration = Duration::from_secs(2);

/// What `fetch` did over all feeds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FetchSummary {
    /// The feeds read and imported.
    pub worked: usize,
    /// The feeds that failed (unreachable, timed out, not a feed…).
    pub failed: usize,
    /// The new mentions stored over all feeds.
    pub added: usize,
}

/// A duration as people say it: `10 s`, `250 ms`.
pub fn say_duration(duration: Duration) -> String {
    if duration.subsec_millis() == 0 && duration.as_secs() > 0 {
        format!("{} s", duration.as_secs())
    } else {
        format!("{} ms", duration.as_millis())
    }
}

/// Reads a feed document: an HTTP GET for an `http(s)://` location, given `timeout` in all,
/// following at most [`MAX_REDIRECTS`] redirects and none from a public address to a local one
/// (see [`super::address_policy`]); otherwise a file, named by its path or a `file://` URL. Over
/// [`MAX_FEED_BYTES`] is refused. The error is one clause, in `lang`.
pub fn fetch_bytes(location: &str, timeout: Duration, lang: Lang) -> Result<Vec<u8>, String> {
    let too_large = || lang.text("fetch-too-large");
    let cannot_read = |error: std::io::Error| {
        lang.text_with(
            "fetch-cannot-read",
            &[("why", Arg::Text(&crate::files::io_reason(lang, &error)))],
        )
    };
    let timed_out = || {
        lang.text_with(
            "fetch-timed-out",
            &[("duration", Arg::Text(&say_duration(timeout)))],
        )
    };
    if !crate::config::is_http(location) {
        let path = file_location(location, lang)?;
        let file = std::fs::File::open(path).map_err(cannot_read)?;
        let mut bytes = Vec::new();
        file.take(MAX_FEED_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot_read)?;
        return if bytes.len() > MAX_FEED_BYTES {
            Err(too_large())
        } else {
            Ok(bytes)
        };
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(0)
        .user_agent(concat!("cmdeck/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let describe = |error: ureq::Error| match error {
        ureq::Error::StatusCode(code) => lang.text_with(
            "fetch-http-status",
            &[("code", Arg::Text(&code.to_string()))],
        ),
        ureq::Error::Timeout(_) => timed_out(),
        ureq::Error::BodyExceedsLimit(_) => too_large(),
        ureq::Error::HostNotFound => lang.text("fetch-host-not-found"),
        ureq::Error::ConnectionFailed => lang.text("fetch-connection-failed"),
        other => other.to_string(),
    };
    let started = Instant::now();
    let mut current = url::Url::parse(location.trim()).map_err(|e| {
        lang.text_with(
            "fetch-not-an-address",
            &[("why", Arg::Text(&e.to_string()))],
        )
    })?;
    let from_public = addresses(&current)
        .map(|found| found.iter().all(|address| is_public(*address)))
        .unwrap_or(true);
    let mut redirects = 0;
    let mut response = loop {
        let left = timeout.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(timed_out());
        }
        let response = agent.get(current.as_str()).call().map_err(describe)?;
        if !response.status().is_redirection() {
            break response;
        }
        redirects += 1;
        if redirects > MAX_REDIRECTS {
            return Err(lang.text_with(
                "fetch-too-many-redirects",
                &[("count", Arg::Count(count_of(MAX_REDIRECTS)))],
            ));
        }
        let next = response
            .headers()
            .get("location")
            .and_then(|value| value.to_str().ok())
            .and_then(|target| current.join(target).ok())
            .ok_or_else(|| lang.text("fetch-redirect-nowhere"))?;
        if !matches!(next.scheme(), "http" | "https") {
            return Err(lang.text_with(
                "fetch-redirect-scheme",
                &[("scheme", Arg::Text(next.scheme()))],
            ));
        }
        let host = next.host_str().unwrap_or_default().to_string();
        let found = addresses(&next).map_err(|_| {
            lang.text_with(
                "fetch-redirect-host-not-found",
                &[("host", Arg::Text(&host))],
            )
        })?;
        may_follow(from_public, &host, &found, lang)?;
        current = next;
    };
    response
        .body_mut()
        .with_config()
        .limit(MAX_FEED_BYTES as u64 + 1)
        .read_to_vec()
        .map_err(describe)
}

/// The addresses the host of `url` resolves to.
fn addresses(url: &url::Url) -> std::io::Result<Vec<std::net::IpAddr>> {
    use std::net::ToSocketAddrs;
    let host = url.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let port = url.port_or_known_default().unwrap_or(80);
    Ok((host, port)
        .to_socket_addrs()?
        .map(|socket| socket.ip())
        .collect())
}

/// The file a location names: a path as written, or the path of a `file://` URL.
fn file_location(location: &str, lang: Lang) -> Result<std::path::PathBuf, String> {
    let trimmed = location.trim();
    if trimmed
        .get(..7)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("file://"))
    {
        return url::Url::parse(trimmed)
            .ok()
            .and_then(|url| url.to_file_path().ok())
            .ok_or_else(|| lang.text("fetch-not-a-file-url"));
    }
    Ok(std::path::PathBuf::from(location))
}

/// The name a feed is shown by: its configured name, or its host or file name.
pub fn feed_name(feed: &FeedConfig) -> String {
    feed.name.clone().unwrap_or_else(|| origin_name(&feed.url))
}

/// One progress line in `lang`, sanitized: `✓ Name — 12 items, 3 new mentions` or
/// `✕ Name — why`.
pub fn progress_line(lang: Lang, name: &str, result: &Result<FeedReport, String>) -> String {
    let name = sanitize_line(name);
    match result {
        Ok(report) => lang.text_with(
            "fetch-feed-read",
            &[
                ("name", Arg::Text(&name)),
                ("items", Arg::Count(count_of(report.items))),
                (
                    "items_shown",
                    Arg::Text(&crate::i18n::count(lang, count_of(report.items))),
                ),
                ("added", Arg::Count(count_of(report.added))),
                (
                    "added_shown",
                    Arg::Text(&crate::i18n::count(lang, count_of(report.added))),
                ),
            ],
        ),
        Err(why) => lang.text_with(
            "fetch-feed-failed",
            &[
                ("name", Arg::Text(&name)),
                ("why", Arg::Text(&sanitize_line(why))),
            ],
        ),
    }
}

/// A count of things as a message argument.
fn count_of(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The most notes printed under a feed's progress line; the rest are counted.
pub const MAX_NOTES_SHOWN: usize = 5;

/// The notes of a feed import (bytes replaced, a repair made, a field cut…) as indented,
/// sanitized lines, at most `limit` of them and then one line counting the rest, in `lang`.
pub fn note_lines(lang: Lang, report: &FeedReport, limit: usize) -> Vec<String> {
    let mut lines: Vec<String> = report
        .notes
        .iter()
        .take(limit)
        .map(|note| format!("  {}", sanitize_line(&note.message(lang))))
        .collect();
    let more = count_of(report.notes.len().saturating_sub(limit));
    if more > 0 {
        let counted = lang.text_with(
            "fetch-more-notes",
            &[
                ("count", Arg::Count(more)),
                ("shown", Arg::Text(&crate::i18n::count(lang, more))),
            ],
        );
        lines.push(format!("  {counted}"));
    }
    lines
}

/// Fetches every feed on its own worker thread and imports each as it arrives, calling
/// `progress` with its line, then with each of its [notes](note_lines), in `lang`. A feed that fails is reported and skipped; a database failure stops
/// everything (what was imported before it stays stored, one transaction per feed).
pub fn fetch_all(
    db: &mut Db,
    feeds: &[FeedConfig],
    classify: &super::Classify<'_>,
    now: DateTime<Utc>,
    lang: Lang,
    progress: &mut dyn FnMut(&str),
) -> Result<FetchSummary, DbError> {
    let (sender, receiver) = mpsc::channel();
    for (index, feed) in feeds.iter().enumerate() {
        let sender = sender.clone();
        let (url, timeout) = (feed.url.clone(), feed.timeout);
        std::thread::spawn(move || {
            // The receiver may be gone after its deadline; nothing is left to tell then.
            let _ = sender.send((index, fetch_bytes(&url, timeout, lang)));
        });
    }
    drop(sender);
    let longest = feeds.iter().map(|f| f.timeout).max().unwrap_or_default();
    let deadline = Instant::now() + longest + GRACE;
    let mut done = vec![false; feeds.len()];
    let mut summary = FetchSummary::default();
    while done.iter().any(|d| !d) {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok((index, fetched)) = receiver.recv_timeout(left) else {
            break;
        };
        done[index] = true;
        let feed = &feeds[index];
        let result = match fetched {
            Ok(bytes) => match import_feed(db, &bytes, &feed.url, classify, now) {
                Ok(report) => Ok(report),
                Err(ImportError::Database(error)) => return Err(error),
                Err(ImportError::Shape { reason, .. }) => Err(reason.message(lang)),
                Err(other) => Err(other.message(lang)),
            },
            Err(why) => Err(why),
        };
        match &result {
            Ok(report) => {
                summary.worked += 1;
                summary.added += report.added;
            }
            Err(_) => summary.failed += 1,
        }
        progress(&progress_line(lang, &feed_name(feed), &result));
        if let Ok(report) = &result {
            for line in note_lines(lang, report, MAX_NOTES_SHOWN) {
                progress(&line);
            }
        }
    }
    for (feed, _) in feeds.iter().zip(&done).filter(|(_, done)| !**done) {
        summary.failed += 1;
        let why = lang.text_with(
            "fetch-timed-out",
            &[("duration", Arg::Text(&say_duration(feed.timeout)))],
        );
        progress(&progress_line(lang, &feed_name(feed), &Err(why)));
    }
    Ok(summary)
}
