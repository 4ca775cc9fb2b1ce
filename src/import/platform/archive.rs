//! An export as the user downloads it: one file, or the zip archive the network sends (X's
//! archive with `data/tweets.js`, `data/tweets-part1.js`… and `data/account.js`; Mastodon's with
//! `outbox.json`; TikTok's with `Content.csv`; a spreadsheet workbook, LinkedIn's export), its format told from the content of the file that carries the posts. An X
//! archive and a Bluesky repository are streamed item by item, so their size is not limited by
//! memory; the other formats are read whole, within the size an import reads.

use super::{PostExport, PostFormat, ReadOptions, read_stream, read_whole};
use crate::import::ImportError;
use crate::import::MAX_FILE_BYTES;
use crate::import::reason::Reason;
use crate::import::source::read_bytes;
use serde::Deserialize;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// An export opened and its format told, ready to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedExport {
    path: PathBuf,
    /// The format of its posts.
    pub format: PostFormat,
    /// The account the archive says it is of (X's `data/account.js`), without `@`.
    pub account: Option<String>,
    /// The archive's files that hold the posts, in order; none for a single file.
    members: Vec<String>,
}

/// The start of every zip archive.
const ZIP_SIGNATURE: &[u8] = b"PK\x03\x04";

/// The start of an OLE compound file, such as an `.xls` workbook.
const OLE_SIGNATURE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// How much of a file is read to tell its format.
const HEAD_BYTES: u64 = 4096;

/// Opens the export at `path` and tells its format from its content, whatever its name.
pub fn open_export(path: &Path) -> Result<OpenedExport, ImportError> {
    let head = head_of(path, File::open(path).map_err(read_error(path))?)?;
    if head.starts_with(ZIP_SIGNATURE) {
        return open_zip(path);
    }
    if head.starts_with(OLE_SIGNATURE) {
        return Ok(OpenedExport {
            path: path.to_path_buf(),
            format: PostFormat::LinkedInContent,
            account: None,
            members: Vec::new(),
        });
    }
    if let Some(metric) = super::followers::meta_daily_series(&head) {
        return Err(shape(path)(super::followers::daily_series_refusal(&metric)));
    }
    let format = PostFormat::detect(&head).ok_or_else(|| not_an_export(path))?;
    Ok(OpenedExport {
        path: path.to_path_buf(),
        format,
        account: None,
        members: Vec::new(),
    })
}

impl OpenedExport {
    /// Reads the export's posts; a refusal naming the file (and the archive's member) when it
    /// cannot be read as a whole.
    pub fn read(&self, options: ReadOptions<'_>) -> Result<PostExport, ImportError> {
        let path = &self.path;
        if self.members.is_empty() {
            if self.format.is_streamed() {
                let file = File::open(path).map_err(read_error(path))?;
                return read_stream(self.format, file, options, 1).map_err(shape(path));
            }
            let bytes = read_bytes(path)?;
            return read_whole(self.format, &bytes, options).map_err(shape(path));
        }
        let mut archive = zip_archive(path)?;
        let mut export = PostExport::empty(self.format);
        for name in &self.members {
            let member = archive
                .by_name(name)
                .map_err(|error| shape(path)(member_unopened(name, &error)))?;
            let in_member = |why: Reason| {
                shape(path)(
                    Reason::new("import-in-file")
                        .text("file", name.clone())
                        .reason("why", why),
                )
            };
            let first_item = export.posts.len() + export.problems.len() + 1;
            let part = if self.format.is_streamed() {
                read_stream(self.format, member, options, first_item).map_err(in_member)?
            } else {
                let mut bytes = Vec::new();
                member
                    .take(MAX_FILE_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|error| {
                        in_member(
                            Reason::new("import-member-unreadable")
                                .text("error", error.to_string()),
                        )
                    })?;
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    return Err(in_member(Reason::new("import-member-too-large")));
                }
                read_whole(self.format, &bytes, options).map_err(in_member)?
            };
            export.extend(part);
        }
        if export.handle.is_none() {
            export.handle.clone_from(&self.account);
        }
        Ok(export)
    }
}

/// Finds the posts in a zip archive: X's `data/tweets.js` and its parts, or Mastodon's
/// `outbox.json`, also inside the one folder an unpacked and zipped-again archive adds.
fn open_zip(path: &Path) -> Result<OpenedExport, ImportError> {
    let mut archive = zip_archive(path)?;
    let names = archive
        .file_names()
        .map(|name| name.map(|name| name.into_owned()))
        .collect::<Result<Vec<String>, _>>()
        .map_err(|error| {
            shape(path)(Reason::new("import-zip-no-list").text("error", error.to_string()))
        })?;
    let mut tweets: Vec<&String> = names.iter().filter(|n| is_tweets_part(n)).collect();
    tweets.sort_by_key(|name| part_number(name));
    if names.iter().any(|n| n == "xl/workbook.xml") {
        return Ok(OpenedExport {
            path: path.to_path_buf(),
            format: PostFormat::LinkedInContent,
            account: None,
            members: Vec::new(),
        });
    }
    let (format, members) = if !tweets.is_empty() {
        (PostFormat::XArchive, tweets.into_iter().cloned().collect())
    } else if let Some(outbox) = names.iter().find(|n| base_name(n) == "outbox.json") {
        (PostFormat::MastodonOutbox, vec![outbox.clone()])
    } else if let Some(content) = names.iter().find(|n| base_name(n) == "Content.csv") {
        (PostFormat::TikTokContent, vec![content.clone()])
    } else {
        return Err(shape(path)(Reason::new("import-zip-without-posts")));
    };
    let account = match names.iter().find(|n| n.ends_with("data/account.js")) {
        Some(name) => {
            let member = archive
                .by_name(name)
                .map_err(|error| shape(path)(member_unopened(name, &error)))?;
            x_account(member)
        }
        None => None,
    };
    Ok(OpenedExport {
        path: path.to_path_buf(),
        format,
        account,
        members,
    })
}

fn zip_archive(path: &Path) -> Result<zip::ZipArchive<BufReader<File>>, ImportError> {
    let file = File::open(path).map_err(read_error(path))?;
    zip::ZipArchive::new(BufReader::new(file)).map_err(|error| {
        shape(path)(Reason::new("import-zip-unreadable").text("error", error.to_string()))
    })
}

/// Whether an archive's file is X's `data/tweets.js`, `data/tweet.js` or `data/tweets-partN.js`.
fn is_tweets_part(name: &str) -> bool {
    let Some(folder_and_file) = name.rsplit_once('/') else {
        return false;
    };
    let (folder, file) = folder_and_file;
    let in_data = folder == "data" || folder.ends_with("/data");
    in_data && part_number(file).is_some()
}

/// `tweets.js` is part 0, `tweets-part1.js` part 1…; anything else is no part.
fn part_number(name: &str) -> Option<u32> {
    match base_name(name) {
        "tweets.js" | "tweet.js" => Some(0),
        file => file
            .strip_prefix("tweets-part")
            .or_else(|| file.strip_prefix("tweet-part"))
            .and_then(|rest| rest.strip_suffix(".js"))
            .and_then(|n| n.parse().ok()),
    }
}

fn base_name(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

/// The username in X's `data/account.js` (`window.YTD.account.part0 = [{"account": {…}}]`).
fn x_account(member: impl Read) -> Option<String> {
    #[derive(Deserialize)]
    struct Wrapped {
        account: Account,
    }
    #[derive(Deserialize)]
    struct Account {
        username: String,
    }
    let mut text = String::new();
    member.take(1024 * 1024).read_to_string(&mut text).ok()?;
    let list = text.split_once('=')?.1.trim().trim_end_matches(';');
    let accounts: Vec<Wrapped> = serde_json::from_str(list).ok()?;
    let username = accounts.into_iter().next()?.account.username;
    let username = username.trim().trim_start_matches('@');
    (!username.is_empty()).then(|| username.to_string())
}

fn head_of(path: &Path, file: File) -> Result<Vec<u8>, ImportError> {
    let mut head = Vec::new();
    file.take(HEAD_BYTES)
        .read_to_end(&mut head)
        .map_err(read_error(path))?;
    Ok(head)
}

fn read_error(path: &Path) -> impl Fn(std::io::Error) -> ImportError + '_ {
    move |source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    }
}

fn shape(path: &Path) -> impl Fn(Reason) -> ImportError + '_ {
    move |reason| ImportError::Shape {
        path: path.to_path_buf(),
        reason,
    }
}

/// That the archive's file `name` cannot be opened.
fn member_unopened(name: &str, error: &zip::result::ZipError) -> Reason {
    Reason::new("import-member-unopened")
        .text("file", name)
        .text("error", error.to_string())
}

fn not_an_export(path: &Path) -> ImportError {
    shape(path)(Reason::new("import-not-an-export"))
}
