//! Bluesky's repository export (Settings → Account → Export my data, a `.car` file): a CAR v1
//! stream of DAG-CBOR blocks in no set order. The header's root names the commit, which holds
//! the account's DID and the root of the Merkle search tree whose keys are
//! `collection/record-key`; the records under `app.bsky.feed.post` are the account's posts.
//! Link facets turn the shortened text of a link (`github.com/bluesky-soci...`) back into the
//! address it stands for; hashtags and mentions stay as written. Replies to other accounts are
//! left out unless asked for; reposts are records of another collection, never read. The export
//! carries no figures. Blocks are read one at a time and their hashes checked; only the tree's
//! nodes and a short form of each post are kept. The CAR framing (a length before each block)
//! is read here over the `cid` crate's addresses: the one synchronous CAR crate panicked on a
//! malformed address in a property test.

use super::{PlatformPost, PostExport, PostFormat, ReadOptions};
use crate::domain::post::Metrics;
use crate::import::reason::Reason;
use chrono::{DateTime, Utc};
use ipld_core::cid::Cid;
use ipld_core::ipld::Ipld;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};

/// The collection of posts.
const POSTS: &str = "app.bsky.feed.post";

/// Whether `head` (the start of a file) is a CAR v1 file: a length, then a DAG-CBOR map with
/// `roots` and `version`.
pub(super) fn looks_like(head: &[u8]) -> bool {
    let start = &head[..head.len().min(80)];
    let has = |word: &[u8]| start.windows(word.len()).any(|w| w == word);
    start
        .first()
        .is_some_and(|length| (0x20..0x80).contains(length))
        && start.get(1).is_some_and(|map| *map == 0xa2)
        && has(b"roots")
        && has(b"version")
}

/// A post record as kept while the rest of the file is read.
struct Record {
    created_at: String,
    text: String,
    parent: Option<String>,
}

/// Reads a repository export from `reader`; a message saying what is wrong when the file as a
/// whole is not one.
pub(super) fn read(reader: impl Read, options: ReadOptions<'_>) -> Result<PostExport, Reason> {
    let mut reader = BufReader::new(reader);
    let root = car_root(&mut reader)?;
    let mut nodes: HashMap<Cid, Ipld> = HashMap::new();
    let mut records: HashMap<Cid, Result<Record, Reason>> = HashMap::new();
    let mut number = 0;
    while let Some((cid, bytes)) = next_block(&mut reader, number)? {
        number += 1;
        let Ok(value) = serde_ipld_dagcbor::from_slice::<Ipld>(&bytes) else {
            continue;
        };
        if text_of(&value, "$type") == Some(POSTS) {
            records.insert(cid, record_of(&value));
        } else if cid == root || field(&value, "e").is_some() {
            nodes.insert(cid, value);
        }
    }
    let commit = nodes
        .get(&root)
        .ok_or_else(|| Reason::new("import-bluesky-no-commit"))?;
    let did = text_of(commit, "did")
        .ok_or_else(|| Reason::new("import-bluesky-no-did"))?
        .to_string();
    let Some(Ipld::Link(tree)) = field(commit, "data") else {
        return Err(Reason::new("import-bluesky-no-tree"));
    };
    let mut keys = BTreeMap::new();
    walk(*tree, &nodes, &mut keys, &mut HashSet::new())?;
    let mut export = PostExport::empty(PostFormat::BlueskyRepo);
    let own = format!("at://{did}/");
    number = 0;
    for (key, cid) in keys {
        let Some(record_key) = key.strip_prefix(&format!("{POSTS}/")) else {
            continue;
        };
        number += 1;
        let written = format!("{key} ({cid})");
        let record = match records.remove(&cid) {
            Some(Ok(record)) => record,
            Some(Err(why)) => {
                export.problem(number, why, &written);
                continue;
            }
            None => {
                export.problem(
                    number,
                    Reason::new("import-bluesky-record-missing"),
                    &written,
                );
                continue;
            }
        };
        let to_other = record.parent.as_ref().is_some_and(|p| !p.starts_with(&own));
        if to_other && !options.keep_replies {
            export.replies_skipped += 1;
            continue;
        }
        let published_at = match DateTime::parse_from_rfc3339(&record.created_at) {
            Ok(at) => at.with_timezone(&Utc),
            Err(_) => {
                let why = Reason::new("import-bluesky-not-a-time")
                    .text("typed", record.created_at.clone());
                export.problem(number, why, &written);
                continue;
            }
        };
        export.posts.push(PlatformPost {
            item: number,
            network_id: format!("{own}{POSTS}/{record_key}"),
            url: format!("https://bsky.app/profile/{did}/post/{record_key}"),
            published_at,
            text: record.text,
            metrics: Metrics::default(),
        });
    }
    Ok(export)
}

/// The largest block read: a record or a tree node is a few kilobytes.
const MAX_BLOCK_BYTES: u64 = 4 * 1024 * 1024;

/// The multihash code of SHA-256, the hash every block of a repository is addressed by.
const SHA2_256: u64 = 0x12;

/// Reads the CAR v1 header (a length, then a DAG-CBOR map of `version` and `roots`) and answers
/// its first root.
fn car_root(reader: &mut impl BufRead) -> Result<Cid, Reason> {
    let length = varint(reader)?.ok_or_else(|| Reason::new("import-bluesky-empty"))?;
    let mut header = Vec::new();
    reader
        .take(length.min(MAX_BLOCK_BYTES))
        .read_to_end(&mut header)
        .map_err(|error| {
            Reason::new("import-export-header-unreadable").text("error", error.to_string())
        })?;
    if header.len() as u64 != length {
        return Err(Reason::new("import-bluesky-header-length"));
    }
    let header: Ipld = serde_ipld_dagcbor::from_slice(&header)
        .map_err(|_| Reason::new("import-bluesky-not-a-car-header"))?;
    if field(&header, "version").and_then(integer) != Some(1) {
        return Err(Reason::new("import-bluesky-not-car-1"));
    }
    match field(&header, "roots") {
        Some(Ipld::List(roots)) => match roots.first() {
            Some(Ipld::Link(root)) => Ok(*root),
            _ => Err(Reason::new("import-bluesky-no-root")),
        },
        _ => Err(Reason::new("import-bluesky-no-root")),
    }
}

/// The next block (its address and bytes), its SHA-256 hash checked against its address; none
/// at the end of the file. `before` is how many blocks came before, for messages.
fn next_block(reader: &mut impl BufRead, before: usize) -> Result<Option<(Cid, Vec<u8>)>, Reason> {
    let Some(length) = varint(reader)? else {
        return Ok(None);
    };
    let block = before + 1;
    if length > MAX_BLOCK_BYTES {
        return Err(Reason::new("import-bluesky-block-too-long")
            .number("block", block)
            .number("length", length));
    }
    let mut bytes = Vec::new();
    reader
        .take(length)
        .read_to_end(&mut bytes)
        .map_err(|error| {
            Reason::new("import-bluesky-block-unreadable")
                .number("block", block)
                .text("error", error.to_string())
        })?;
    if bytes.len() as u64 != length {
        return Err(Reason::new("import-bluesky-block-cut").number("block", block));
    }
    let mut rest = &bytes[..];
    let cid = Cid::read_bytes(&mut rest).map_err(|error| {
        Reason::new("import-bluesky-block-no-address")
            .number("block", block)
            .text("error", error.to_string())
    })?;
    let data = rest.to_vec();
    let hash = cid.hash();
    if hash.code() == SHA2_256 && hash.digest() != Sha256::digest(&data).as_slice() {
        return Err(Reason::new("import-bluesky-block-damaged").number("block", block));
    }
    Ok(Some((cid, data)))
}

/// An unsigned LEB128 number (at most 9 bytes); none at the very end of the file.
fn varint(reader: &mut impl BufRead) -> Result<Option<u64>, Reason> {
    let mut value = 0u64;
    for at in 0..9 {
        let mut byte = [0u8];
        match reader.read(&mut byte) {
            Ok(0) if at == 0 => return Ok(None),
            Ok(0) => return Err(Reason::new("import-bluesky-length-cut")),
            Ok(_) => {}
            Err(error) => {
                return Err(
                    Reason::new("import-bluesky-unreadable").text("error", error.to_string())
                );
            }
        }
        value |= u64::from(byte[0] & 0x7f) << (7 * at);
        if byte[0] & 0x80 == 0 {
            return Ok(Some(value));
        }
    }
    Err(Reason::new("import-bluesky-length-too-long"))
}

/// Every key of the tree under `node` with the record it points to, in key order. Each entry's
/// key is written as the part that differs from the key before it in the same node.
fn walk(
    node: Cid,
    nodes: &HashMap<Cid, Ipld>,
    keys: &mut BTreeMap<String, Cid>,
    seen: &mut HashSet<Cid>,
) -> Result<(), Reason> {
    if !seen.insert(node) {
        return Err(Reason::new("import-bluesky-tree-loops"));
    }
    let Some(value) = nodes.get(&node) else {
        return Err(Reason::new("import-bluesky-node-missing").text("node", node.to_string()));
    };
    if let Some(Ipld::Link(left)) = field(value, "l") {
        walk(*left, nodes, keys, seen)?;
    }
    let Some(Ipld::List(entries)) = field(value, "e") else {
        return Err(Reason::new("import-bluesky-node-empty").text("node", node.to_string()));
    };
    let mut previous: Vec<u8> = Vec::new();
    for entry in entries {
        let (Some(Ipld::Integer(shared)), Some(Ipld::Bytes(rest)), Some(Ipld::Link(record))) =
            (field(entry, "p"), field(entry, "k"), field(entry, "v"))
        else {
            return Err(Reason::new("import-bluesky-entry-broken").text("node", node.to_string()));
        };
        let shared = usize::try_from(*shared)
            .ok()
            .filter(|n| *n <= previous.len())
            .ok_or_else(|| {
                Reason::new("import-bluesky-entry-shares").text("node", node.to_string())
            })?;
        previous.truncate(shared);
        previous.extend_from_slice(rest);
        keys.insert(String::from_utf8_lossy(&previous).into_owned(), *record);
        if let Some(Ipld::Link(right)) = field(entry, "t") {
            walk(*right, nodes, keys, seen)?;
        }
    }
    Ok(())
}

/// The short form of a post record: its time, its text with links whole, the post it answers.
fn record_of(value: &Ipld) -> Result<Record, Reason> {
    let created_at =
        text_of(value, "createdAt").ok_or_else(|| Reason::new("import-bluesky-no-created-at"))?;
    let text = text_of(value, "text").unwrap_or_default();
    let parent = field(value, "reply")
        .and_then(|reply| field(reply, "parent"))
        .and_then(|parent| text_of(parent, "uri"))
        .map(str::to_string);
    Ok(Record {
        created_at: created_at.to_string(),
        text: with_links(text, field(value, "facets")),
        parent,
    })
}

/// `text` with the span of each link facet replaced by the facet's address (Bluesky shows a
/// long link shortened and keeps the whole address in the facet). Spans are UTF-8 byte offsets;
/// one that is out of range, overlaps another or cuts a character leaves the text as written.
pub(super) fn with_links(text: &str, facets: Option<&Ipld>) -> String {
    let Some(Ipld::List(facets)) = facets else {
        return text.to_string();
    };
    let mut links: Vec<(usize, usize, &str)> = facets
        .iter()
        .filter_map(|facet| {
            let index = field(facet, "index")?;
            let start = usize::try_from(integer(field(index, "byteStart")?)?).ok()?;
            let end = usize::try_from(integer(field(index, "byteEnd")?)?).ok()?;
            let Some(Ipld::List(features)) = field(facet, "features") else {
                return None;
            };
            let uri = features.iter().find_map(|feature| {
                (text_of(feature, "$type") == Some("app.bsky.richtext.facet#link"))
                    .then(|| text_of(feature, "uri"))
                    .flatten()
            })?;
            Some((start, end, uri))
        })
        .collect();
    links.sort_by_key(|(start, _, _)| *start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, uri) in links {
        if start < at || text.get(start..end).is_none() {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(uri);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

fn field<'a>(value: &'a Ipld, name: &str) -> Option<&'a Ipld> {
    match value {
        Ipld::Map(map) => map.get(name),
        _ => None,
    }
}

fn text_of<'a>(value: &'a Ipld, name: &str) -> Option<&'a str> {
    match field(value, name) {
        Some(Ipld::String(text)) => Some(text),
        _ => None,
    }
}

fn integer(value: &Ipld) -> Option<i128> {
    match value {
        Ipld::Integer(n) => Some(*n),
        _ => None,
    }
}
