//! Posts as the networks export them: the format told from the content, each read into
//! [`PlatformPost`]s for one channel: the X / Twitter archive's `tweets.js`, X's per-post
//! analytics CSV, Meta Business Suite's per-post CSV and Mastodon's `outbox.json`, as single files or in the zip archive the network
//! sends.

mod archive;
mod bluesky;
#[cfg(test)]
mod bluesky_tests;
mod csv_export;
pub mod followers;
#[cfg(test)]
mod followers_tests;
mod linkedin;
#[cfg(test)]
mod linkedin_tests;
mod mastodon;
#[cfg(test)]
mod mastodon_tests;
pub mod meta_messages;
#[cfg(test)]
mod meta_messages_tests;
mod meta_posts;
#[cfg(test)]
mod meta_posts_tests;
mod tiktok;
#[cfg(test)]
mod tiktok_tests;
mod x_analytics;
#[cfg(test)]
mod x_analytics_tests;
mod x_archive;
#[cfg(test)]
mod x_archive_tests;

pub use archive::{OpenedExport, open_export};

use crate::clock::LocalZone;
use crate::domain::Network;
use crate::domain::post::Metrics;
use crate::import::reason::Reason;
use chrono::{DateTime, Utc};

/// A file format that carries posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostFormat {
    /// `data/tweets.js` of an X / Twitter archive (`window.YTD.tweets.part0 = [...]`).
    XArchive,
    /// `outbox.json` of a Mastodon archive (ActivityStreams).
    MastodonOutbox,
    /// X's per-post analytics CSV (impressions, likes, replies, reposts, link clicks).
    XAnalytics,
    /// Meta Business Suite's per-post CSV of an Instagram account.
    MetaInstagram,
    /// Meta Business Suite's per-post CSV of a Facebook page.
    MetaFacebook,
    /// Bluesky's repository export (a `.car` file of the account's records).
    BlueskyRepo,
    /// TikTok Studio's content export (`Content.csv`).
    TikTokContent,
    /// LinkedIn's page analytics content export (an `.xlsx` or `.xls` workbook).
    LinkedInContent,
}

impl PostFormat {
    /// The name said back to the user.
    pub fn name(self) -> &'static str {
        match self {
            PostFormat::XArchive => "X / Twitter archive (tweets.js)",
            PostFormat::MastodonOutbox => "Mastodon archive (outbox.json)",
            PostFormat::XAnalytics => "X analytics per-post CSV",
            PostFormat::MetaInstagram => "Meta Business Suite posts CSV (Instagram)",
            PostFormat::MetaFacebook => "Meta Business Suite posts CSV (Facebook)",
            PostFormat::BlueskyRepo => "Bluesky repository export (.car)",
            PostFormat::TikTokContent => "TikTok Studio content export (Content.csv)",
            PostFormat::LinkedInContent => "LinkedIn page content export (workbook)",
        }
    }

    /// The network the format's posts were published on.
    pub fn network(self) -> Network {
        match self {
            PostFormat::XArchive | PostFormat::XAnalytics => Network::X,
            PostFormat::MastodonOutbox => Network::Mastodon,
            PostFormat::MetaInstagram => Network::Instagram,
            PostFormat::MetaFacebook => Network::Facebook,
            PostFormat::BlueskyRepo => Network::Bluesky,
            PostFormat::TikTokContent => Network::TikTok,
            PostFormat::LinkedInContent => Network::LinkedIn,
        }
    }

    /// Whether the file carries figures (likes, reposts…); without them no snapshot is stored,
    /// so that a missing figure is never read as a zero.
    pub fn has_figures(self) -> bool {
        !matches!(self, PostFormat::MastodonOutbox | PostFormat::BlueskyRepo)
    }

    /// What a place in the file is called in messages: a CSV's line, a JSON file's item.
    pub fn place(self) -> &'static str {
        match self {
            PostFormat::XAnalytics
            | PostFormat::MetaInstagram
            | PostFormat::MetaFacebook
            | PostFormat::TikTokContent => "line",
            PostFormat::XArchive | PostFormat::MastodonOutbox => "item",
            PostFormat::BlueskyRepo => "record",
            PostFormat::LinkedInContent => "row",
        }
    }

    /// Whether the file is read as a stream, item by item, whatever its size (the others are
    /// read whole, within the size an import reads).
    pub fn is_streamed(self) -> bool {
        matches!(self, PostFormat::XArchive | PostFormat::BlueskyRepo)
    }

    /// Whether the file names the account it is of (so the channel can be taken from it).
    pub fn names_its_account(self) -> bool {
        matches!(
            self,
            PostFormat::MastodonOutbox
                | PostFormat::XAnalytics
                | PostFormat::MetaInstagram
                | PostFormat::TikTokContent
        )
    }

    /// The format of a file's bytes, told from its content whatever its name.
    pub fn detect(bytes: &[u8]) -> Option<PostFormat> {
        if bluesky::looks_like(bytes) {
            return Some(PostFormat::BlueskyRepo);
        }
        let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let head = &start[..start.len().min(4096)];
        let text = String::from_utf8_lossy(head);
        let text = text.trim_start();
        if text.starts_with("window.YTD.tweets.part") || text.starts_with("window.YTD.tweet.part") {
            return Some(PostFormat::XArchive);
        }
        let first_line = text.lines().next().unwrap_or("");
        if x_analytics::looks_like(first_line) {
            return Some(PostFormat::XAnalytics);
        }
        if let Some(format) = meta_posts::format_of(first_line) {
            return Some(format);
        }
        if csv_export::header_of(first_line).is_some_and(|header| tiktok::looks_like(&header)) {
            return Some(PostFormat::TikTokContent);
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
    /// Items that could not be read, in file order.
    pub problems: Vec<Problem>,
}

impl PostExport {
    /// An export of `format` with nothing in it yet.
    pub(crate) fn empty(format: PostFormat) -> PostExport {
        PostExport {
            format,
            handle: None,
            posts: Vec::new(),
            replies_skipped: 0,
            reposts_skipped: 0,
            problems: Vec::new(),
        }
    }

    /// Notes that item (or line) `item`, written `written`, could not be read, and why.
    pub(crate) fn problem(&mut self, item: usize, why: Reason, written: &str) {
        self.problems.push(Problem {
            item,
            why,
            written: written.to_string(),
        });
    }

    /// Adds the posts and counts of a further part of the same export (X splits a large
    /// archive into `tweets.js`, `tweets-part1.js`…).
    pub(crate) fn extend(&mut self, part: PostExport) {
        self.handle = self.handle.take().or(part.handle);
        self.posts.extend(part.posts);
        self.replies_skipped += part.replies_skipped;
        self.reposts_skipped += part.reposts_skipped;
        self.problems.extend(part.problems);
    }
}

/// An item of an export that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Its number in the file (its line, in a CSV).
    pub item: usize,
    /// Why it could not be read, worded in a language when shown.
    pub why: Reason,
    /// The item as written in the file, for `--rejects`.
    pub written: String,
}

/// How to read an export.
#[derive(Clone, Copy)]
pub struct ReadOptions<'a> {
    /// The account's handle, without `@`, for the posts' addresses.
    pub handle: &'a str,
    /// Keep replies to other accounts.
    pub keep_replies: bool,
    /// The brand's time zone, for the exports that write local times without an offset.
    pub zone: &'a dyn LocalZone,
}

/// Reads the posts of a file of `format` from `reader`, item by item, for the formats that are
/// [`PostFormat::is_streamed`]; items are numbered from `first_item`.
fn read_stream(
    format: PostFormat,
    reader: impl std::io::Read,
    options: ReadOptions<'_>,
    first_item: usize,
) -> Result<PostExport, Reason> {
    match format {
        PostFormat::BlueskyRepo => bluesky::read(reader, options),
        _ => x_archive::read(reader, options, first_item),
    }
}

/// Reads the posts in `bytes`, the whole of a file of `format`.
fn read_whole(
    format: PostFormat,
    bytes: &[u8],
    options: ReadOptions<'_>,
) -> Result<PostExport, Reason> {
    match format {
        PostFormat::XArchive => x_archive::read(bytes, options, 1),
        PostFormat::MastodonOutbox => mastodon::read(bytes, options),
        PostFormat::XAnalytics => x_analytics::read(bytes),
        PostFormat::MetaInstagram | PostFormat::MetaFacebook => {
            meta_posts::read(format, bytes, options)
        }
        PostFormat::BlueskyRepo => bluesky::read(bytes, options),
        PostFormat::TikTokContent => tiktok::read(bytes),
        PostFormat::LinkedInContent => linkedin::read(bytes, options),
    }
}
