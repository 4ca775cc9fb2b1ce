//! Direct messages from Meta's "Download your information" JSON export, of Instagram
//! (`your_instagram_activity/messages/inbox/<thread>/message_1.json`; older exports
//! `messages/inbox/…`) or Facebook Messenger (`your_facebook_activity/messages/inbox/…`): one file
//! a thread, `{participants, messages (newest first), title, thread_path}`, each message
//! `{sender_name, timestamp_ms, content?, share?, photos?, reactions?}`. Every text is
//! mojibake — each UTF-8 byte written as its own `\u00XX` escape (`Caf\u00c3\u00a9`) — and is
//! repaired. A whole export's zip, or one thread's file, is read; the messages the account
//! received become inbox items, answered when the account wrote after them in the thread.
//! Likes and reactions to a message are left out. The export holds no comments received on
//! the account's posts (its comments files are the ones the account wrote), so none come in.

use crate::domain::Network;
use crate::import::reason::Reason;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

/// The largest thread file read, in bytes.
const MAX_THREAD_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Deserialize)]
struct Thread {
    #[serde(default)]
    participants: Vec<Participant>,
    messages: Vec<serde_json::Value>,
    #[serde(default)]
    title: String,
    thread_path: String,
}

#[derive(Deserialize)]
struct Participant {
    name: String,
}

#[derive(Deserialize)]
struct Message {
    sender_name: String,
    timestamp_ms: i64,
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    share: Option<serde_json::Value>,
    #[serde(default)]
    photos: Option<Vec<serde_json::Value>>,
    #[serde(default)]
    videos: Option<Vec<serde_json::Value>>,
}

/// One message the account received, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMessage {
    /// Its number among the messages read, for messages.
    pub item: usize,
    /// Who sent it.
    pub author: String,
    /// What it says (`(sent an attachment)` for a photo, video or share without text).
    pub body: String,
    /// When it arrived.
    pub received_at: DateTime<Utc>,
    /// When the account first wrote in the thread after it, if it did.
    pub answered_at: Option<DateTime<Utc>>,
    /// A stable id: the thread's path, the time and the sender.
    pub external_id: String,
}

/// What an export of messages held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageExport {
    /// The network, when the export says (its folder, or the shape of its messages).
    pub network: Option<Network>,
    /// The messages received, oldest first.
    pub received: Vec<ReceivedMessage>,
    /// Items that could not be read: number, why, and the item as written.
    pub problems: Vec<(usize, Reason, String)>,
}

/// Whether `bytes` (the start of a file) is a DYI thread file or a zip that may hold some.
pub fn looks_like(head: &[u8]) -> bool {
    if head.starts_with(b"PK\x03\x04") {
        return true;
    }
    let text = String::from_utf8_lossy(&head[..head.len().min(8192)]);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    trimmed.starts_with('{')
        && text.contains("\"participants\"")
        && text.contains("\"sender_name\"")
}

/// Reads the threads of the export at `path`, whose first bytes are `head`: a zip (read from
/// the file, whatever its size: an export with its photos runs to gigabytes) or one thread's
/// file.
pub fn read_messages(path: &Path, head: &[u8]) -> Result<MessageExport, Reason> {
    let mut threads = Vec::new();
    let mut network = None;
    if head.starts_with(b"PK\x03\x04") {
        let file = std::fs::File::open(path).map_err(|error| {
            Reason::new("import-meta-unopened").text("error", error.to_string())
        })?;
        let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|error| {
            Reason::new("import-zip-unreadable").text("error", error.to_string())
        })?;
        let names: Vec<String> = archive
            .file_names()
            .filter_map(|name| name.ok().map(|n| n.into_owned()))
            .filter(|name| is_thread_file(name))
            .collect();
        if names.is_empty() {
            return Err(Reason::new("import-meta-zip-without-messages"));
        }
        for name in names {
            network = network.or_else(|| network_of_folder(&name));
            let mut text = String::new();
            archive
                .by_name(&name)
                .map_err(|error| {
                    Reason::new("import-member-unopened")
                        .text("file", name.clone())
                        .text("error", error.to_string())
                })?
                .take(MAX_THREAD_BYTES)
                .read_to_string(&mut text)
                .map_err(|error| {
                    Reason::new("import-meta-member-not-utf8")
                        .text("file", name.clone())
                        .text("error", error.to_string())
                })?;
            threads.push((name, text));
        }
    } else {
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_THREAD_BYTES).read_to_end(&mut bytes))
            .map_err(|error| {
                Reason::new("import-bluesky-unreadable").text("error", error.to_string())
            })?;
        let text = String::from_utf8(bytes).map_err(|error| {
            Reason::new("import-meta-not-utf8").number("byte", error.utf8_error().valid_up_to())
        })?;
        threads.push((
            path.display().to_string(),
            text.trim_start_matches('\u{feff}').to_string(),
        ));
    }
    let mut parsed = Vec::new();
    for (name, text) in &threads {
        let thread: Thread = serde_json::from_str(text).map_err(|error| {
            Reason::new("import-meta-not-a-thread")
                .text("file", name.clone())
                .text("error", error.to_string())
        })?;
        if network.is_none() {
            network = network_of_messages(&thread.messages);
        }
        parsed.push(thread);
    }
    let owner = owner_of(&parsed)?;
    let mut export = MessageExport {
        network,
        received: Vec::new(),
        problems: Vec::new(),
    };
    let mut number = 0;
    for thread in parsed {
        let mut messages: Vec<(Message, String)> = Vec::new();
        for value in thread.messages {
            number += 1;
            let written = value.to_string();
            match serde_json::from_value::<Message>(value) {
                Ok(message) => messages.push((message, written)),
                Err(_) => export.problems.push((
                    number,
                    Reason::new("import-meta-not-a-message"),
                    written,
                )),
            }
        }
        messages.sort_by_key(|(message, _)| message.timestamp_ms);
        let path = repair(&thread.thread_path);
        // The account's next message after each one, found walking back from the newest, so a
        // long conversation is read in one pass.
        let mut next_answer = vec![None; messages.len()];
        let mut answer = None;
        for (at, (message, _)) in messages.iter().enumerate().rev() {
            next_answer[at] = answer;
            if repair(&message.sender_name) == owner && !is_reaction(message) {
                answer = DateTime::from_timestamp_millis(message.timestamp_ms);
            }
        }
        for (at, (message, written)) in messages.iter().enumerate() {
            let sender = repair(&message.sender_name);
            if sender == owner || is_reaction(message) {
                continue;
            }
            let Some(received_at) = DateTime::from_timestamp_millis(message.timestamp_ms) else {
                export.problems.push((
                    at + 1,
                    Reason::new("import-meta-not-a-time")
                        .text("typed", message.timestamp_ms.to_string()),
                    written.clone(),
                ));
                continue;
            };
            let answered_at = next_answer[at];
            export.received.push(ReceivedMessage {
                item: export.received.len() + 1,
                author: sender.clone(),
                body: body_of(message),
                received_at,
                answered_at,
                external_id: format!("{path}/{}/{sender}", message.timestamp_ms),
            });
        }
    }
    export.received.sort_by_key(|m| m.received_at);
    Ok(export)
}

/// Repairs Meta's mojibake: a text whose characters are all below U+0100 and whose code points,
/// taken as bytes, are UTF-8 is that UTF-8; any other text is kept as written.
pub fn repair(text: &str) -> String {
    if text.is_ascii() || text.chars().any(|c| u32::from(c) > 0xff) {
        return text.to_string();
    }
    let bytes: Vec<u8> = text
        .chars()
        .filter_map(|c| u8::try_from(u32::from(c)).ok())
        .collect();
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// The account whose export it is: the one participant of every thread, else the participant
/// of a two-person thread who is not its title.
fn owner_of(threads: &[Thread]) -> Result<String, Reason> {
    let names = |thread: &Thread| -> BTreeSet<String> {
        thread
            .participants
            .iter()
            .map(|p| repair(&p.name))
            .collect()
    };
    let mut common = threads.first().map(names).unwrap_or_default();
    for thread in threads.iter().skip(1) {
        common = common.intersection(&names(thread)).cloned().collect();
    }
    if common.len() == 1 && threads.len() > 1 {
        return Ok(common.into_iter().next().unwrap_or_default());
    }
    threads
        .iter()
        .filter(|thread| thread.participants.len() == 2)
        .find_map(|thread| {
            let title = repair(&thread.title);
            let others: Vec<String> = names(thread).into_iter().filter(|n| *n != title).collect();
            (others.len() == 1).then(|| others[0].clone())
        })
        .ok_or_else(|| Reason::new("import-meta-no-owner"))
}

fn is_thread_file(name: &str) -> bool {
    let mut parts = name.rsplit('/');
    let file = parts.next().unwrap_or("");
    let _thread = parts.next();
    let inbox = parts.next();
    inbox == Some("inbox") && file.starts_with("message_") && file.ends_with(".json")
}

fn network_of_folder(name: &str) -> Option<Network> {
    if name.contains("your_instagram_activity/") {
        Some(Network::Instagram)
    } else if name.contains("your_facebook_activity/")
        || name.contains("your_activity_across_facebook/")
    {
        Some(Network::Facebook)
    } else {
        None
    }
}

/// Instagram's messages carry `is_geoblocked_for_viewer`; Messenger's older ones a `type`.
fn network_of_messages(messages: &[serde_json::Value]) -> Option<Network> {
    let first = messages.first()?;
    if first.get("is_geoblocked_for_viewer").is_some() {
        Some(Network::Instagram)
    } else if first.get("type").is_some() || first.get("is_unsent").is_some() {
        Some(Network::Facebook)
    } else {
        None
    }
}

/// A like or a reaction to a message, which is not a message to answer.
fn is_reaction(message: &Message) -> bool {
    let content = message.content.as_deref().map(repair).unwrap_or_default();
    let content = content.trim();
    content == "Liked a message"
        || (content.starts_with("Reacted ") && content.ends_with("to your message"))
}

fn body_of(message: &Message) -> String {
    let content = message.content.as_deref().map(repair).unwrap_or_default();
    let attachment = message.share.is_some()
        || message.photos.as_ref().is_some_and(|p| !p.is_empty())
        || message.videos.as_ref().is_some_and(|v| !v.is_empty());
    match (content.trim().is_empty(), attachment) {
        (false, _) => content,
        (true, true) => "(sent an attachment)".into(),
        (true, false) => "(empty message)".into(),
    }
}
