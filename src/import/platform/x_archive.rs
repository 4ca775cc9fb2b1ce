//! The X / Twitter archive's `data/tweets.js`: a JavaScript assignment
//! (`window.YTD.tweets.part0 = [ { "tweet": { … } }, … ]`) whose value is JSON. Counts are
//! strings (`"favorite_count" : "3"`), times are `Sat Dec 06 18:20:30 +0000 2025`, the text has
//! `&amp;`, `&lt;` and `&gt;` escaped and its links shortened to `t.co` (their targets are in
//! `entities.urls`). Older archives name the file `tweet.js` and the variable `tweet`.

use super::{PlatformPost, PostExport, PostFormat, ReadOptions};
use crate::domain::post::Metrics;
use crate::import::reason::Reason;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::{Deserializer, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;
use std::io::{BufRead, BufReader, Read};

#[derive(Deserialize)]
struct Wrapped {
    tweet: Tweet,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Item {
    Wrapped(Wrapped),
    Bare(Tweet),
}

#[derive(Deserialize)]
struct Tweet {
    id_str: String,
    created_at: String,
    full_text: String,
    #[serde(default)]
    favorite_count: Option<Value>,
    #[serde(default)]
    retweet_count: Option<Value>,
    #[serde(default)]
    in_reply_to_screen_name: Option<String>,
    #[serde(default)]
    entities: Option<Entities>,
}

#[derive(Deserialize, Default)]
struct Entities {
    #[serde(default)]
    urls: Vec<Link>,
}

#[derive(Deserialize)]
struct Link {
    url: String,
    #[serde(default)]
    expanded_url: Option<String>,
}

/// Reads a `tweets.js` from `reader` one item at a time, so that an archive of any size is read
/// in memory proportional to the posts kept, not to the file; items are numbered from
/// `first_item`. A message saying what is wrong when the file as a whole is not a `tweets.js`.
pub(super) fn read(
    reader: impl Read,
    options: ReadOptions<'_>,
    first_item: usize,
) -> Result<PostExport, Reason> {
    let mut reader = BufReader::new(reader);
    skip_assignment(&mut reader)?;
    let mut export = PostExport::empty(PostFormat::XArchive);
    let mut number = first_item;
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    deserializer
        .deserialize_seq(EachItem(|raw: Box<RawValue>| {
            keep(&mut export, number, raw.get(), options);
            number += 1;
        }))
        .map_err(|error| match error.classify() {
            serde_json::error::Category::Io => {
                Reason::new("import-x-archive-cut").text("error", error.to_string())
            }
            _ => Reason::new("import-x-archive-not-json").text("error", error.to_string()),
        })?;
    Ok(export)
}

/// Reads past `window.YTD.tweets.part0 =` (and a byte-order mark) to the list it assigns.
fn skip_assignment(reader: &mut impl BufRead) -> Result<(), Reason> {
    let mut before = Vec::new();
    reader
        .take(4096)
        .read_until(b'=', &mut before)
        .map_err(|error| {
            Reason::new("import-member-unreadable").text("error", error.to_string())
        })?;
    let name = String::from_utf8_lossy(&before);
    let name = name.trim_start_matches('\u{feff}').trim();
    if before.last() == Some(&b'=') && name.starts_with("window.YTD.tweet") {
        Ok(())
    } else {
        Err(Reason::new("import-x-archive-no-assignment"))
    }
}

/// Hands each item of a JSON list to a function as it is read, keeping none of them.
struct EachItem<F>(F);

impl<'de, F: FnMut(Box<RawValue>)> Visitor<'de> for EachItem<F> {
    type Value = ();

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("a list of tweets")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut items: A) -> Result<(), A::Error> {
        while let Some(item) = items.next_element::<Box<RawValue>>()? {
            (self.0)(item);
        }
        Ok(())
    }
}

/// Adds the item `written` (number `number`) to `export`: a post, a reply or repost left out, or
/// a problem.
fn keep(export: &mut PostExport, number: usize, written: &str, options: ReadOptions<'_>) {
    let tweet = match serde_json::from_str::<Item>(written) {
        Ok(Item::Wrapped(wrapped)) => wrapped.tweet,
        Ok(Item::Bare(tweet)) => tweet,
        Err(_) => {
            export.problem(number, Reason::new("import-x-archive-not-a-tweet"), written);
            return;
        }
    };
    if tweet.full_text.starts_with("RT @") {
        export.reposts_skipped += 1;
        return;
    }
    let to_other = tweet
        .in_reply_to_screen_name
        .as_deref()
        .is_some_and(|to| !to.eq_ignore_ascii_case(options.handle));
    if to_other && !options.keep_replies {
        export.replies_skipped += 1;
        return;
    }
    match post_of(number, &tweet, options.handle) {
        Ok(post) => export.posts.push(post),
        Err(why) => export.problem(number, why, written),
    }
}

fn post_of(item: usize, tweet: &Tweet, handle: &str) -> Result<PlatformPost, Reason> {
    if tweet.id_str.is_empty() || !tweet.id_str.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reason::new("import-x-archive-not-an-id").text("typed", tweet.id_str.clone()));
    }
    let published_at = DateTime::parse_from_str(&tweet.created_at, "%a %b %d %H:%M:%S %z %Y")
        .map_err(|_| {
            Reason::new("import-x-archive-not-a-time").text("typed", tweet.created_at.clone())
        })?
        .with_timezone(&Utc);
    let links = tweet.entities.as_ref().map_or(&[][..], |e| &e.urls[..]);
    Ok(PlatformPost {
        item,
        network_id: tweet.id_str.clone(),
        url: format!("https://x.com/{handle}/status/{}", tweet.id_str),
        published_at,
        text: expand_links(&unescape(&tweet.full_text), links),
        metrics: Metrics {
            likes: count(tweet.favorite_count.as_ref())?,
            shares: count(tweet.retweet_count.as_ref())?,
            ..Metrics::default()
        },
    })
}

/// A count written as a string (`"12"`) or a number; absent is 0.
fn count(value: Option<&Value>) -> Result<i64, Reason> {
    match value {
        None | Some(Value::Null) => Some(0),
        Some(Value::Number(n)) => n.as_i64().filter(|n| *n >= 0),
        Some(Value::String(s)) => s.trim().parse::<i64>().ok().filter(|n| *n >= 0),
        Some(_) => None,
    }
    .ok_or_else(|| Reason::new("import-x-archive-not-a-count").text("value", format!("{value:?}")))
}

/// X escapes exactly these three in `full_text`.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Puts each shortened `t.co` link back to the address it stands for.
fn expand_links(text: &str, links: &[Link]) -> String {
    links.iter().fold(text.to_string(), |text, link| {
        match link.expanded_url.as_deref() {
            Some(target) if !link.url.is_empty() => text.replace(&link.url, target),
            _ => text,
        }
    })
}
