//! X's per-post analytics CSV (analytics → Tweets / Content → Export data): one row per post
//! under the classic header `Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,
//! engagement rate,retweets,replies,likes,user profile clicks,url clicks,…`, times as
//! `2026-10-01 10:00 +0000`, counts sometimes written `500.0`. Columns are found by name, so a
//! month's file with more or fewer of them is read the same.

use super::{PlatformPost, PostExport, PostFormat};
use crate::domain::post::Metrics;
use chrono::{DateTime, Utc};

/// Whether `first_line` is the analytics CSV's header.
pub(super) fn looks_like(first_line: &str) -> bool {
    let line = first_line.to_ascii_lowercase();
    line.contains("tweet id") && line.contains("tweet permalink") && line.contains("impressions")
}

/// Reads `bytes` as the analytics CSV; a message saying what is wrong when the file as a whole is not.
pub(super) fn read(bytes: &[u8]) -> Result<PostExport, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .map_err(|error| format!("its header cannot be read ({error})"))?
        .iter()
        .map(|name| name.trim().to_ascii_lowercase())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let (Some(id), Some(link), Some(time)) = (
        column("tweet id"),
        column("tweet permalink"),
        column("time"),
    ) else {
        return Err("its header lacks `Tweet id`, `Tweet permalink` or `time`".into());
    };
    let text = column("tweet text");
    let figures = [
        column("impressions"),
        column("likes"),
        column("replies"),
        column("retweets"),
        column("url clicks"),
    ];
    let mut export = PostExport {
        format: PostFormat::XAnalytics,
        handle: None,
        posts: Vec::new(),
        replies_skipped: 0,
        reposts_skipped: 0,
        problems: Vec::new(),
    };
    for (index, record) in reader.records().enumerate() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(index + 2, |at| line_at(bytes, at));
                export
                    .problems
                    .push((line, format!("not a CSV row ({error})")));
                continue;
            }
        };
        let line = record.position().map_or(index + 2, |at| line_at(bytes, at));
        let field = |at: Option<usize>| at.and_then(|at| record.get(at)).unwrap_or("").trim();
        let row = || -> Result<PlatformPost, String> {
            let network_id = field(Some(id));
            if network_id.is_empty() || !network_id.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("Tweet id “{network_id}” is not a tweet id"));
            }
            let published_at = parse_time(field(Some(time)))?;
            let [impressions, likes, replies, retweets, clicks] =
                figures.map(|at| count(field(at)));
            Ok(PlatformPost {
                item: line,
                network_id: network_id.to_string(),
                url: field(Some(link)).to_string(),
                published_at,
                text: field(text).to_string(),
                metrics: Metrics {
                    impressions: Some(impressions?),
                    likes: likes?,
                    comments: replies?,
                    shares: retweets?,
                    clicks: clicks?,
                    ..Metrics::default()
                },
            })
        };
        match row() {
            Ok(post) => {
                if export.handle.is_none() {
                    export.handle = handle_of(&post.url);
                }
                export.posts.push(post);
            }
            Err(why) => export.problems.push((line, why)),
        }
    }
    Ok(export)
}

/// The line a record starts on, counting the line breaks inside quoted captions too (the `csv`
/// reader's own line number does not).
fn line_at(bytes: &[u8], at: &csv::Position) -> usize {
    let end = (at.byte() as usize).min(bytes.len());
    bytes[..end].iter().filter(|b| **b == b'\n').count() + 1
}

/// `2026-10-01 10:00 +0000`, with or without seconds.
fn parse_time(text: &str) -> Result<DateTime<Utc>, String> {
    ["%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M:%S %z"]
        .iter()
        .find_map(|format| DateTime::parse_from_str(text, format).ok())
        .map(|at| at.with_timezone(&Utc))
        .ok_or_else(|| format!("time “{text}” is not a time like 2026-10-01 10:00 +0000"))
}

/// A count: `12`, `12.0`, or empty for none.
fn count(text: &str) -> Result<i64, String> {
    if text.is_empty() {
        return Ok(0);
    }
    let whole = text.strip_suffix(".0").unwrap_or(text);
    whole
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 0)
        .ok_or_else(|| format!("“{text}” is not a count"))
}

/// The account in `https://x.com/HANDLE/status/ID` (or twitter.com).
fn handle_of(permalink: &str) -> Option<String> {
    let path = permalink
        .split_once("://")
        .map_or(permalink, |(_, rest)| rest);
    let mut parts = path.split('/');
    let _host = parts.next()?;
    let handle = parts.next()?;
    (parts.next() == Some("status") && !handle.is_empty()).then(|| handle.to_string())
}
