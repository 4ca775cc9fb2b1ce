//! Posts as the networks export them: the format told from the content, each read into
//! [`PlatformPost`]s for one channel: the X / Twitter archive's `tweets.js`, X's per-post
//! analytics CSV and Mastodon's `outbox.json`.

mod mastodon;
#[cfg(test)]
mod mastodon_tests;
mod x_analytics;
#[cfg(test)]
mod x_analytics_tests;
mod x_archive;
#[cfg(test)]
mod x_archive_tests;

use super::ImportError;
use super::source::read_bytes;
use crate::domain::Network;
use crate::domain::post::Metrics;
use chrono::{DateTime, Utc};
use std::path::Path;

/// A file format that carries posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostFormat {
    /// `data/tweets.js` of an X / Twitter archive (`window.YTD.tweets.part0 = [...]`).
    XArchive,
    /// `outbox.json` of a Mastodon archive (ActivityStreams).
    MastodonOutbox,
    /// X's per-post analytics CSV (impressions, likes, replies, reposts, link clicks).
    XAnalytics,
}

impl PostFormat {
    /// The name said back to the user.
    pub fn name(self) -> &'static str {
        match self {
            PostFormat::XArchive => "X / Twitter archive (tweets.js)",
            PostFormat::MastodonOutbox => "Mastodon archive (outbox.json)",
            PostFormat::XAnalytics => "X analytics per-post CSV",
        }
    }

    /// The network the format's posts were published on.
    pub fn network(self) -> Network {
        match self {
            PostFormat::XArchive | PostFormat::XAnalytics => Network::X,
            PostFormat::MastodonOutbox => Network::Mastodon,
        }
    }

    /// Whether the file carries figures (likes, reposts…); without them no snapshot is stored,
    /// so that a missing figure is never read as a zero.
    pub fn has_figures(self) -> bool {
        matches!(self, PostFormat::XArchive | PostFormat::XAnalytics)
    }

    /// What a place in the file is called in messages: a CSV's line, a JSON file's item.
    pub fn place(self) -> &'static str {
        match self {
            PostFormat::XAnalytics => "line",
            PostFormat::XArchive | PostFormat::MastodonOutbox => "item",
        }
    }

    /// Whether the file names the account it is of (so the channel can be taken from it).
    pub fn names_its_account(self) -> bool {
        matches!(self, PostFormat::MastodonOutbox | PostFormat::XAnalytics)
    }

    /// The format of a file's bytes, told from its content whatever its name.
    pub fn detect(bytes: &[u8]) -> Option<PostFormat> {
        let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let head = &start[..start.len().min(4096)];
        let text = String::from_utf8_lossy(head);
        let text = text.trim_start();
        if text.starts_with("window.YTD.tweets.part") || text.starts_with("window.YTD.tweet.part") {
            return Some(PostFormat::XArchive);
        }
        if x_analytics::looks_like(text.lines().next().unwrap_or("")) {
            return Some(PostFormat::XAnalytics);
        }
        if mastodon::looks_like(text) {
            return Some(PostFormat::MastodonOutbox);
        }
        None
    }
}

/// One post as an export gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformPost {
    /// Where the item is in the file (its number, or its line in a CSV), for messages.
    pub item: usize,
    /// The network's id of the post.
    pub network_id: String,
    /// Its public address.
    pub url: String,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Its text, as written (links expanded).
    pub text: String,
    /// Its figures as the export gives them.
    pub metrics: Metrics,
}

/// What a file held: its format, its posts, and the items left out with why.
#[derive(Debug, Clone, PartialEq)]
pub struct PostExport {
    /// The format it was read as.
    pub format: PostFormat,
    /// The account's handle when the file names it (without `@` or instance).
    pub handle: Option<String>,
    /// The posts kept.
    pub posts: Vec<PlatformPost>,
    /// Replies to other accounts left out (kept with `--replies`).
    pub replies_skipped: usize,
    /// Reposts of other accounts' posts left out.
    pub reposts_skipped: usize,
    /// Items that could not be read: item number and why.
    pub problems: Vec<(usize, String)>,
}

/// How to read an export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOptions<'a> {
    /// The account's handle, without `@`, for the posts' addresses.
    pub handle: &'a str,
    /// Keep replies to other accounts.
    pub keep_replies: bool,
}

/// The bytes of the export `path`, read once (within the size an import reads).
pub fn read_export(path: &Path) -> Result<Vec<u8>, ImportError> {
    read_bytes(path)
}

/// Reads the posts in `bytes` (the content of `path`), their format told from the content.
pub fn read_posts(
    path: &Path,
    bytes: &[u8],
    options: ReadOptions<'_>,
) -> Result<PostExport, ImportError> {
    let shape = |message: String| ImportError::Shape {
        path: path.to_path_buf(),
        message,
    };
    match PostFormat::detect(bytes) {
        Some(PostFormat::XArchive) => x_archive::read(bytes, options).map_err(shape),
        Some(PostFormat::MastodonOutbox) => mastodon::read(bytes, options).map_err(shape),
        Some(PostFormat::XAnalytics) => x_analytics::read(bytes).map_err(shape),
        None => Err(shape(
            "its format is not one cmdeck reads posts from (an X archive's tweets.js, X's analytics CSV, a Mastodon archive's outbox.json)".into(),
        )),
    }
}
