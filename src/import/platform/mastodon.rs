//! Mastodon's archive (Preferences → Import and export → Request your archive): `outbox.json`
//! is an ActivityStreams `OrderedCollection` whose `orderedItems` are `Create` activities
//! holding a `Note` (its `content` is HTML, its `url` the public address) and `Announce`
//! activities (boosts of other accounts' posts, left out). The archive carries no favourites or
//! boosts received, so the posts come in without figures.

use super::{PlatformPost, PostExport, PostFormat, ReadOptions};
use crate::domain::post::Metrics;
use crate::import::html_text::html_to_text;
use crate::import::reason::Reason;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Outbox {
    #[serde(rename = "orderedItems")]
    ordered_items: Vec<Value>,
}

#[derive(Deserialize)]
struct Activity {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    actor: Option<String>,
    #[serde(default)]
    object: Value,
}

#[derive(Deserialize)]
struct Note {
    id: String,
    #[serde(default)]
    url: Option<String>,
    published: String,
    #[serde(default)]
    content: String,
    #[serde(default, rename = "inReplyTo")]
    in_reply_to: Option<String>,
}

/// Whether `head` (the start of a file) is an ActivityStreams outbox.
pub(super) fn looks_like(head: &str) -> bool {
    head.contains("https://www.w3.org/ns/activitystreams") && head.contains("OrderedCollection")
}

/// Reads `bytes` as an `outbox.json`; a message saying what is wrong when the file as a whole is not.
pub(super) fn read(bytes: &[u8], options: ReadOptions<'_>) -> Result<PostExport, Reason> {
    let outbox: Outbox = serde_json::from_slice(bytes).map_err(|error| {
        Reason::new("import-mastodon-not-an-outbox").text("error", error.to_string())
    })?;
    let mut export = PostExport::empty(PostFormat::MastodonOutbox);
    for (index, item) in outbox.ordered_items.into_iter().enumerate() {
        let number = index + 1;
        let written = item.to_string();
        let Ok(activity) = serde_json::from_value::<Activity>(item) else {
            export.problem(
                number,
                Reason::new("import-mastodon-not-an-activity"),
                &written,
            );
            continue;
        };
        match activity.kind.as_str() {
            "Create" => {}
            "Announce" => {
                export.reposts_skipped += 1;
                continue;
            }
            _ => continue,
        }
        let actor = activity.actor.unwrap_or_default();
        if export.handle.is_none() {
            export.handle = actor
                .rsplit('/')
                .next()
                .filter(|h| !h.is_empty())
                .map(str::to_string);
        }
        let note = match serde_json::from_value::<Note>(activity.object) {
            Ok(note) => note,
            Err(_) => {
                export.problem(number, Reason::new("import-mastodon-not-a-note"), &written);
                continue;
            }
        };
        let to_other = note
            .in_reply_to
            .as_deref()
            .is_some_and(|to| actor.is_empty() || !to.starts_with(&format!("{actor}/")));
        if to_other && !options.keep_replies {
            export.replies_skipped += 1;
            continue;
        }
        let published_at = match DateTime::parse_from_rfc3339(&note.published) {
            Ok(at) => at.with_timezone(&Utc),
            Err(_) => {
                export.problem(
                    number,
                    Reason::new("import-mastodon-not-a-time").text("typed", note.published.clone()),
                    &written,
                );
                continue;
            }
        };
        export.posts.push(PlatformPost {
            item: number,
            network_id: note.id.rsplit('/').next().unwrap_or_default().to_string(),
            url: note.url.unwrap_or_else(|| note.id.clone()),
            published_at,
            text: html_to_text(&note.content),
            metrics: Metrics::default(),
        });
    }
    Ok(export)
}
