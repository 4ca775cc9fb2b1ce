//! X's per-post analytics CSV (analytics → Tweets / Content → Export data): one row per post
//! under the classic header `Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,
//! engagement rate,retweets,replies,likes,user profile clicks,url clicks,…`, times as
//! `2026-10-01 10:00 +0000`, counts sometimes written `500.0`. Columns are found by name, so a
//! month's file with more or fewer of them is read the same.

use super::csv_export::{count, open, written_row};
use super::{PlatformPost, PostExport, PostFormat};
use crate::domain::post::Metrics;
use crate::import::reason::Reason;
use chrono::{DateTime, Utc};

/// Whether `first_line` is the analytics CSV's header.
pub(super) fn looks_like(first_line: &str) -> bool {
    let line = first_line.to_ascii_lowercase();
    line.contains("tweet id") && line.contains("tweet permalink") && line.contains("impressions")
}

/// Reads `bytes` as the analytics CSV; a message saying what is wrong when the file as a whole is not.
pub(super) fn read(bytes: &[u8]) -> Result<PostExport, Reason> {
    let mut csv = open(bytes)?;
    let header = &csv.header;
    let column = |name: &str| header.find(&[name]);
    let (Some(id), Some(link), Some(time)) = (
        column("tweet id"),
        column("tweet permalink"),
        column("time"),
    ) else {
        return Err(Reason::new("import-x-analytics-header"));
    };
    let text = column("tweet text");
    let figures = [
        column("impressions"),
        column("likes"),
        column("replies"),
        column("retweets"),
        column("url clicks"),
    ];
    let mut export = PostExport::empty(PostFormat::XAnalytics);
    for (line, record) in csv.rows_noting(&mut export) {
        let field = |at: Option<usize>| at.and_then(|at| record.get(at)).unwrap_or("").trim();
        let row = || -> Result<PlatformPost, Reason> {
            let network_id = field(Some(id));
            if network_id.is_empty() || !network_id.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Reason::new("import-x-analytics-not-an-id").text("typed", network_id));
            }
            let published_at = parse_time(field(Some(time)))?;
            let [impressions, likes, replies, retweets, clicks] =
                figures.map(|at| count(field(at)).map(|n| n.unwrap_or(0)));
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
            Err(why) => export.problem(line, why, &written_row(&record)),
        }
    }
    Ok(export)
}

/// `2026-10-01 10:00 +0000`, with or without seconds.
fn parse_time(text: &str) -> Result<DateTime<Utc>, Reason> {
    ["%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M:%S %z"]
        .iter()
        .find_map(|format| DateTime::parse_from_str(text, format).ok())
        .map(|at| at.with_timezone(&Utc))
        .ok_or_else(|| Reason::new("import-x-analytics-not-a-time").text("typed", text))
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
