//! TikTok Studio's content export (Analytics → Content → Download data, `Content.csv`, also
//! inside the `Content_<handle>.zip` it downloads as): one row per video under
//! `"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares",
//! "Total views"`, every cell quoted, UTF-8 with a byte-order mark. `Post time` has no year and
//! follows the interface's language (`"10 января"`), so the time a video was published is read
//! from its id instead, whose upper 32 bits are the Unix time of its upload; `undefined` may
//! stand for a figure. Views are stored as the post's impressions.

use super::csv_export::{Header, count, open, written_row};
use super::{PlatformPost, PostExport, PostFormat};
use crate::domain::post::Metrics;
use crate::import::reason::Reason;
use chrono::{DateTime, Utc};

const LINK: &[&str] = &["Video link"];
const VIEWS: &[&str] = &["Total views"];
const LIKES: &[&str] = &["Total likes"];
const COMMENTS: &[&str] = &["Total comments"];
const SHARES: &[&str] = &["Total shares"];
const TITLE: &[&str] = &["Video title"];

/// Whether `header` is the content export's.
pub(super) fn looks_like(header: &Header) -> bool {
    header.find(LINK).is_some() && header.find(VIEWS).is_some() && header.find(LIKES).is_some()
}

/// Reads `bytes` as the content export; a message saying what is wrong when the file as a whole
/// is not one.
pub(super) fn read(bytes: &[u8]) -> Result<PostExport, Reason> {
    let mut csv = open(bytes)?;
    let header = &csv.header;
    let Some(link) = header.find(LINK) else {
        return Err(Reason::new("import-tiktok-header"));
    };
    let title = header.find(TITLE);
    let figures = [VIEWS, LIKES, COMMENTS, SHARES].map(|names| header.find(names));
    let mut export = PostExport::empty(PostFormat::TikTokContent);
    for (line, record) in csv.rows_noting(&mut export) {
        let field = |at: Option<usize>| at.and_then(|at| record.get(at)).unwrap_or("").trim();
        let row = || -> Result<(PlatformPost, String), Reason> {
            let url = field(Some(link));
            let (handle, id) = video_of(url)
                .ok_or_else(|| Reason::new("import-tiktok-not-a-video").text("typed", url))?;
            let published_at = published_at(id).ok_or_else(|| {
                Reason::new("import-tiktok-id-without-time").text("id", id.to_string())
            })?;
            let [views, likes, comments, shares] = figures.map(|at| {
                count(field(at))
                    .map_err(|why| Reason::new("import-export-figure").reason("why", why))
            });
            Ok((
                PlatformPost {
                    item: line,
                    network_id: id.to_string(),
                    url: url.to_string(),
                    published_at,
                    text: field(title).to_string(),
                    metrics: Metrics {
                        impressions: views?,
                        likes: likes?.unwrap_or(0),
                        comments: comments?.unwrap_or(0),
                        shares: shares?.unwrap_or(0),
                        ..Metrics::default()
                    },
                },
                handle.to_string(),
            ))
        };
        match row() {
            Ok((post, handle)) => {
                if export.handle.is_none() {
                    export.handle = Some(handle);
                }
                export.posts.push(post);
            }
            Err(why) => export.problem(line, why, &written_row(&record)),
        }
    }
    Ok(export)
}

/// The account and the video id in `https://www.tiktok.com/@HANDLE/video/ID`.
fn video_of(url: &str) -> Option<(&str, u64)> {
    let path = url.split_once("tiktok.com/@")?.1;
    let (handle, rest) = path.split_once("/video/")?;
    let id = rest.split(['?', '/', '#']).next()?.parse().ok()?;
    (!handle.is_empty()).then_some((handle, id))
}

/// The upload time a video id holds in its upper 32 bits.
pub(super) fn published_at(id: u64) -> Option<DateTime<Utc>> {
    let seconds = i64::try_from(id >> 32).ok()?;
    DateTime::from_timestamp(seconds, 0).filter(|at| at.timestamp() > 1_400_000_000)
}
