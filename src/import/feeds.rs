//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds (Google Alerts, Mastodon and Bluesky feeds, Reddit
//! search, news) read into mentions, as feed readers read them: in the encoding the document
//! declares, repaired with a note when it is slightly broken, refused with its real cause when it
//! is no feed. Item HTML becomes one line of text through the HTML tokenizer, and a link through
//! a well-known redirector (Google Alerts') becomes the address it leads to. Only the items a
//! listening rule matches are stored; the rest are counted. An item already stored (same url, or
//! same source and id) is skipped and counted. Custom XML entities are never expanded, so an
//! "XML bomb" stays a few bytes of `&name;` text.

use super::feed_encoding::decode_feed;
use super::feed_refusal::why_not_a_feed;
use super::feed_repair::repair;
use super::html_text::{collapse_spaces, html_to_line};
use super::reason::Reason;
use super::redirects::unwrapped;
use super::{ImportError, MAX_FIELD_CHARS};
use crate::analytics::sentiment;
use crate::db::Db;
use crate::domain::MentionStatus;
use crate::domain::mentions::NewMention;
use chrono::{DateTime, Utc};
use std::path::PathBuf;

/// The largest feed document read, in bytes (10 MB).
pub const MAX_FEED_BYTES: usize = 10 * 1024 * 1024;

/// One item of a feed, as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The item's id (`guid`, Atom `id`), or one derived from its link and title.
    pub id: String,
    /// Its address, if it has one.
    pub url: Option<String>,
    /// Its title, as plain text.
    pub title: String,
    /// Who wrote it, or empty.
    pub author: String,
    /// The title and the summary or content, as one line of plain text.
    pub text: String,
    /// When it was published (or updated); the time of import when the feed does not say.
    pub published: DateTime<Utc>,
    /// Where it was found: the feed's title, or else the host or file name it came from.
    pub source: String,
    /// The feed's language (RSS `<language>`, Atom `xml:lang`), when it says.
    pub language: Option<String>,
}

/// A feed read into items, with notes on what was cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFeed {
    /// The items, in feed order.
    pub items: Vec<FeedItem>,
    /// Notes for the report (bytes replaced, a repair made, a field cut to the limit…);
    /// unsanitized.
    pub notes: Vec<Reason>,
}

/// What a feed import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedReport {
    /// The items the feed holds.
    pub items: usize,
    /// How many new mentions were stored.
    pub added: usize,
    /// How many matching items were already stored, or appeared earlier in the feed.
    pub duplicates: usize,
    /// How many items no listening rule matched (not stored).
    pub unmatched: usize,
    /// Notes for the report (bytes replaced, a repair made, fields cut to the limit…), worded in
    /// a language when shown; they quote the feed unsanitized.
    pub notes: Vec<Reason>,
}

/// The host of a URL (`https://www.reddit.com/r/x` → `www.reddit.com`), or the file name of a
/// path, to name a feed without a title.
pub fn origin_name(origin: &str) -> String {
    match origin.split_once("://") {
        Some((_, rest)) => {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
            let host = authority.rsplit('@').next().unwrap_or_default();
            host.split(':').next().unwrap_or_default().to_string()
        }
        None => std::path::Path::new(origin)
            .file_name()
            .map_or_else(|| origin.to_string(), |n| n.to_string_lossy().into_owned()),
    }
}

/// Cuts a field to [`MAX_FIELD_CHARS`] characters, noting it.
fn capped(value: String, what: &str, item: usize, notes: &mut Vec<Reason>) -> String {
    match value.char_indices().nth(MAX_FIELD_CHARS) {
        Some((at, _)) => {
            notes.push(
                Reason::new("import-feed-field-cut")
                    .number("item", item)
                    .text("what", what)
                    .number("most", MAX_FIELD_CHARS),
            );
            value[..at].to_string()
        }
        None => value,
    }
}

/// Reads the feed parser's model of a document: as written, or else repaired (with the notes
/// saying how); a document that is no feed even repaired is refused with the reason. A CDATA
/// section left open can swallow the items after it and still leave well-formed XML, so a
/// document read as written is read repaired too, and the reading with more items wins.
fn parse_document(xml: &str) -> Result<(feed_rs::model::Feed, Vec<Reason>), Reason> {
    let as_written = feed_rs::parser::parse(xml.as_bytes());
    let repaired = repair(xml).and_then(|repaired| {
        feed_rs::parser::parse(repaired.xml.as_bytes())
            .ok()
            .map(|feed| (feed, repaired.notes))
    });
    match (as_written, repaired) {
        (Ok(feed), Some(better)) if better.0.entries.len() > feed.entries.len() => Ok(better),
        (Ok(feed), _) => Ok((feed, Vec::new())),
        (Err(_), Some(repaired)) => Ok(repaired),
        (Err(error), None) => Err(why_not_a_feed(xml, &error)),
    }
}

/// Reads an RSS 2.0, RSS 1.0 or Atom document in the encoding it declares; `origin` (a URL or a
/// path) names the feed when it has no title. A document over [`MAX_FEED_BYTES`] or not a feed
/// is refused with the reason.
pub fn parse_feed(bytes: &[u8], origin: &str, now: DateTime<Utc>) -> Result<ParsedFeed, Reason> {
    if bytes.len() > MAX_FEED_BYTES {
        return Err(Reason::new("import-feed-too-large")
            .number("megabytes", (bytes.len() as u64).div_ceil(1024 * 1024)));
    }
    let decoded = decode_feed(bytes);
    let mut notes = decoded.notes();
    let (feed, repairs) = parse_document(&decoded.xml)?;
    notes.extend(repairs);
    let title = feed
        .title
        .map(|t| html_to_line(&t.content))
        .unwrap_or_default();
    let source = if title.is_empty() {
        origin_name(origin)
    } else {
        capped(title, "feed_title", 0, &mut notes)
    };
    let language = feed
        .language
        .clone()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    let items = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(index, entry)| {
            let mut item = item(entry, index + 1, &mut notes, now);
            item.source.clone_from(&source);
            item.language.clone_from(&language);
            item
        })
        .collect();
    Ok(ParsedFeed { items, notes })
}

/// One entry of the feed parser's model as a [`FeedItem`] (numbered `n` in the notes), its
/// source and language left for the feed to fill in.
fn item(
    entry: feed_rs::model::Entry,
    n: usize,
    notes: &mut Vec<Reason>,
    now: DateTime<Utc>,
) -> FeedItem {
    let title = entry
        .title
        .map(|t| html_to_line(&t.content))
        .unwrap_or_default();
    let body = entry
        .content
        .and_then(|c| c.body)
        .or(entry.summary.map(|s| s.content))
        .map(|html| html_to_line(&html))
        .unwrap_or_default();
    let text = if body.is_empty() || body.starts_with(&title) {
        collapse_spaces(&format!("{title} {body}"))
    } else if title.is_empty() {
        body
    } else {
        format!("{title} — {body}")
    };
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .or(entry.links.first())
        .map(|l| unwrapped(l.href.trim()))
        .filter(|href| !href.is_empty());
    let author = entry
        .authors
        .first()
        .and_then(|p| p.name.as_deref().map(collapse_spaces))
        .unwrap_or_default();
    FeedItem {
        id: capped(entry.id, "id", n, notes),
        url: url.map(|u| capped(u, "link", n, notes)),
        title: capped(title, "title", n, notes),
        author: capped(author, "author", n, notes),
        text: capped(text, "text", n, notes),
        published: entry.published.or(entry.updated).unwrap_or(now),
        source: String::new(),
        language: None,
    }
}

/// Imports the items of a feed document that a listening rule matches, as new mentions, in ONE
/// transaction. `classify(text, source)` gives the matching rule's id, or `None` to leave the
/// item out (counted as unmatched). Each mention gets the automatic sentiment guess.
///
/// A document over 10 MB or that is no feed is an [`ImportError::Shape`] naming `origin` and
/// the cause; a database failure is an [`ImportError::Database`]. Nothing is stored then.
pub fn import_feed(
    db: &mut Db,
    bytes: &[u8],
    origin: &str,
    classify: &super::Classify<'_>,
    now: DateTime<Utc>,
) -> Result<FeedReport, ImportError> {
    let parsed = parse_feed(bytes, origin, now).map_err(|reason| ImportError::Shape {
        path: PathBuf::from(origin),
        reason,
    })?;
    let mut report = FeedReport {
        items: parsed.items.len(),
        notes: parsed.notes,
        ..FeedReport::default()
    };
    let adjustments = db.sentiment_adjustments()?;
    let mut mentions = Vec::new();
    for item in parsed.items {
        let Some(rule_id) = classify(&item.text, &item.source, item.language.as_deref()) else {
            report.unmatched += 1;
            continue;
        };
        mentions.push(NewMention {
            sentiment_auto: sentiment::score_for(
                &item.text,
                item.language.as_deref(),
                &adjustments,
            )
            .sentiment,
            source: item.source,
            external_id: Some(item.id),
            url: item.url,
            author: item.author,
            person_id: None,
            text: item.text,
            published_at: item.published,
            reach: 0,
            sentiment_corrected: None,
            rule_id: Some(rule_id),
            status: MentionStatus::New,
            is_defence: false,
        });
    }
    let ids = db.insert_new_mentions(&mentions)?;
    report.added = ids.iter().flatten().count();
    report.duplicates = ids.len() - report.added;
    Ok(report)
}
