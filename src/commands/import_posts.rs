//! `cmdeck import posts FILE…`: posts and their figures from the networks' exports, the format
//! told from each file's content and said back, matched to the posts already stored.

use super::CommandError;
use crate::clock::Clock;
use crate::db::Db;
use crate::db::post_import::PostImportCounts;
use crate::domain::matching::{NoChannel, channel_key, export_channel};
use crate::domain::post::ChannelInfo;
use crate::i18n::{Arg, Lang};
use crate::import::messages::RowError;
use crate::import::platform::PostFormat;
use crate::import::platform::{PostExport, ReadOptions, open_export};
use crate::import::reason::Reason;
use crate::text::sanitize_line;
use std::path::PathBuf;

/// How `import posts` was asked to run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostImport {
    /// The export files.
    pub files: Vec<PathBuf>,
    /// The channel typed with `--channel`, when the file does not say.
    pub channel: Option<String>,
    /// Show what would come in and store nothing.
    pub dry_run: bool,
    /// Keep replies to other accounts.
    pub keep_replies: bool,
    /// Store the good items even when some are wrong.
    pub partial: bool,
    /// Write every item that could not be read to this CSV file (`line` or `item`, `reason`,
    /// `row`); with several export files, the last one's.
    pub rejects: Option<PathBuf>,
}

/// Reads and checks every file first, so that a bad item in any of them refuses the whole
/// import before anything is stored (unless `partial`), then stores each file's posts in one
/// transaction; the lines to print.
pub fn import(db: &mut Db, asked: &PostImport, clock: Clock) -> Result<String, CommandError> {
    import_with_progress(db, asked, clock, &mut |_| {})
}

/// A step of an import under way, for a progress bar or line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProgress {
    /// A file is being read (its name, sanitized).
    Reading(String),
    /// Posts of a file are being stored: how many of how many.
    Storing {
        /// The file, sanitized.
        file: String,
        /// Posts done.
        done: usize,
        /// Posts in the file.
        total: usize,
    },
}

/// [`import`], telling `progress` what it is doing: each file read, and the posts stored.
pub fn import_with_progress(
    db: &mut Db,
    asked: &PostImport,
    clock: Clock,
    progress: &mut dyn FnMut(ImportProgress),
) -> Result<String, CommandError> {
    import_with_progress_in(Lang::En, db, asked, clock, progress)
}

/// [`import_with_progress`], its words in `lang`.
pub fn import_with_progress_in(
    lang: Lang,
    db: &mut Db,
    asked: &PostImport,
    clock: Clock,
    progress: &mut dyn FnMut(ImportProgress),
) -> Result<String, CommandError> {
    let channels = db.channels()?;
    let mut read_files = Vec::new();
    for file in &asked.files {
        let shown = sanitize_line(&file.display().to_string());
        progress(ImportProgress::Reading(shown.clone()));
        let (channel, export) = read_file(file, asked, &channels, &clock, lang)?;
        read_files.push((shown, channel, export));
    }
    if let Some(rejects) = &asked.rejects {
        write_rejects(&read_files, rejects, lang)?;
    }
    let refused: Vec<String> = read_files
        .iter()
        .filter(|(_, _, export)| !export.problems.is_empty())
        .flat_map(|(shown, _, export)| {
            let wrong = export.problems.len();
            let mut lines = vec![lang.text_with(
                "cli-posts-refused",
                &[
                    ("name", Arg::Text(shown)),
                    ("count", super::import::plural_count(wrong)),
                    ("shown", Arg::Text(&grouped(lang, wrong))),
                    ("place", Arg::Text(export.format.place())),
                ],
            )];
            lines.extend(problem_lines(export, lang));
            lines
        })
        .collect();
    if !refused.is_empty() && !asked.partial {
        return Err(CommandError::Usage(refused));
    }
    let mut lines = Vec::new();
    for (shown, channel, export) in &read_files {
        let total = export.posts.len();
        let mut storing = |done: usize| {
            progress(ImportProgress::Storing {
                file: shown.clone(),
                done,
                total,
            })
        };
        storing(0);
        let counts = db.import_platform_posts(
            channel.id,
            &export.posts,
            export.format.has_figures(),
            clock.now,
            asked.dry_run,
            &mut storing,
        )?;
        storing(total);
        lines.push(summary(
            shown,
            export,
            channel,
            &counts,
            asked.dry_run,
            lang,
        ));
        lines.extend(problem_lines(export, lang));
        if asked.dry_run {
            lines.extend(export.posts.iter().take(5).map(|post| {
                format!(
                    "  {}  {}",
                    post.published_at.format("%Y-%m-%d %H:%M"),
                    crate::text::truncate(&sanitize_line(&post.text), 70)
                )
            }));
        }
    }
    Ok(lines.join("\n") + "\n")
}

/// Opens and reads one export and finds the channel its posts go to.
fn read_file<'a>(
    file: &std::path::Path,
    asked: &PostImport,
    channels: &'a [ChannelInfo],
    clock: &Clock,
    lang: Lang,
) -> Result<(&'a ChannelInfo, PostExport), CommandError> {
    let opened = open_export(file).map_err(super::import::import_error(lang))?;
    let network = Some(opened.format.network());
    let read = |handle: &str| {
        let options = ReadOptions {
            handle: handle.trim_start_matches('@'),
            keep_replies: asked.keep_replies,
            zone: clock,
        };
        opened
            .read(options)
            .map_err(super::import::import_error(lang))
    };
    if opened.format.names_its_account() {
        let export = read("")?;
        let channel = channel_for(
            asked.channel.as_deref(),
            network,
            channels,
            export.handle.as_deref(),
            lang,
        )?;
        Ok((channel, export))
    } else {
        let named = opened.account.as_deref();
        let channel = channel_for(asked.channel.as_deref(), network, channels, named, lang)?;
        Ok((channel, read(&channel.handle)?))
    }
}

/// Writes every item that could not be read, of every file, to `rejects`; with several files
/// each reason starts with the file's name.
fn write_rejects(
    read_files: &[(String, &ChannelInfo, PostExport)],
    rejects: &std::path::Path,
    lang: Lang,
) -> Result<(), CommandError> {
    let several = read_files.len() > 1;
    let rows: Vec<RowError> = read_files
        .iter()
        .flat_map(|(shown, _, export)| {
            export.problems.iter().map(move |problem| RowError {
                line: problem.item,
                reason: if several {
                    Reason::new("import-in-file")
                        .text("file", shown.clone())
                        .reason("why", problem.why.clone())
                } else {
                    problem.why.clone()
                },
                raw: problem.written.clone().into_bytes(),
            })
        })
        .collect();
    let place = read_files
        .first()
        .map_or("line", |(_, _, export)| export.format.place());
    super::import::write_rejected_rows(place, &rows, rejects, lang)
}

/// The channel the posts go to (see [`export_channel`]), or the refusal in the words of a posts
/// import.
fn channel_for<'a>(
    typed: Option<&str>,
    network: Option<crate::domain::Network>,
    channels: &'a [ChannelInfo],
    named: Option<&str>,
    lang: Lang,
) -> Result<&'a ChannelInfo, CommandError> {
    export_channel(network, typed, named, channels).map_err(|no| {
        CommandError::usage(match no {
            NoChannel::Typed(message) => message,
            NoChannel::NoNetwork => lang.text("cli-posts-say-channel"),
            NoChannel::NotNamed(network, account) => lang.text_with(
                "cli-posts-account-not-a-channel",
                &[
                    ("network", Arg::Text(&network.to_string())),
                    ("account", Arg::Text(&account)),
                ],
            ),
            NoChannel::NoneOf(network) => lang.text_with(
                "cli-posts-no-channel-of-network",
                &[("network", Arg::Text(&network.to_string()))],
            ),
            NoChannel::Several(network, keys) => lang.text_with(
                "cli-posts-several-channels",
                &[
                    ("network", Arg::Text(&network.to_string())),
                    ("channels", Arg::Text(&keys.join(", "))),
                ],
            ),
        })
    })
}

/// The name of a network's export, said back to the user in `lang`.
fn format_name(lang: Lang, format: PostFormat) -> String {
    match format {
        PostFormat::XArchive => lang.text("cli-format-x-archive"),
        PostFormat::MastodonOutbox => lang.text("cli-format-mastodon-outbox"),
        PostFormat::XAnalytics => lang.text("cli-format-x-analytics"),
        PostFormat::MetaInstagram => lang.text("cli-format-meta-instagram"),
        PostFormat::MetaFacebook => lang.text("cli-format-meta-facebook"),
        PostFormat::BlueskyRepo => lang.text("cli-format-bluesky-repo"),
        PostFormat::TikTokContent => lang.text("cli-format-tiktok-content"),
        PostFormat::LinkedInContent => lang.text("cli-format-linkedin-content"),
    }
}

fn summary(
    shown: &str,
    export: &PostExport,
    channel: &ChannelInfo,
    counts: &PostImportCounts,
    dry_run: bool,
    lang: Lang,
) -> String {
    let range = match (counts.first, counts.last) {
        (Some(first), Some(last)) => format!(
            " {}",
            lang.text_with(
                "cli-posts-range",
                &[
                    ("first", Arg::Text(&first.format("%Y-%m-%d").to_string())),
                    ("last", Arg::Text(&last.format("%Y-%m-%d").to_string())),
                ],
            )
        ),
        _ => String::new(),
    };
    let lead = if dry_run {
        format!("{} ", lang.text("cli-posts-dry-run"))
    } else {
        String::new()
    };
    let figures = if export.format.has_figures() {
        let args = [
            ("count", super::import::plural_count(counts.snapshots)),
            ("shown", Arg::Text(&grouped(lang, counts.snapshots))),
            ("unchanged", Arg::Text(&grouped(lang, counts.unchanged))),
        ];
        if dry_run {
            lang.text_with("cli-posts-figures-would-be-added", &args)
        } else {
            lang.text_with("cli-posts-figures-added", &args)
        }
    } else {
        format!(" {}", lang.text("cli-posts-no-figures"))
    };
    let channel = channel_key(channel);
    let mut line = lang.text_with(
        "cli-posts-summary",
        &[
            ("lead", Arg::Text(&lead)),
            ("name", Arg::Text(shown)),
            ("format", Arg::Text(&format_name(lang, export.format))),
            ("count", super::import::plural_count(export.posts.len())),
            ("shown", Arg::Text(&grouped(lang, export.posts.len()))),
            ("range", Arg::Text(&range)),
            ("channel", Arg::Text(&channel)),
            ("new", Arg::Text(&grouped(lang, counts.new))),
            ("matched", Arg::Text(&grouped(lang, counts.matched))),
            ("figures", Arg::Text(&figures)),
        ],
    );
    if export.replies_skipped > 0 {
        line.push(' ');
        line.push_str(&lang.text_with(
            "cli-posts-replies-left-out",
            &[
                ("count", super::import::plural_count(export.replies_skipped)),
                ("shown", Arg::Text(&grouped(lang, export.replies_skipped))),
            ],
        ));
    }
    if export.reposts_skipped > 0 {
        line.push(' ');
        line.push_str(&lang.text_with(
            "cli-posts-reposts-left-out",
            &[
                ("count", super::import::plural_count(export.reposts_skipped)),
                ("shown", Arg::Text(&grouped(lang, export.reposts_skipped))),
            ],
        ));
    }
    line
}

fn problem_lines(export: &PostExport, lang: Lang) -> Vec<String> {
    let place = match export.format.place() {
        "item" => lang.text("cli-import-place-item"),
        _ => lang.text("cli-import-place-line"),
    };
    export
        .problems
        .iter()
        .take(super::import::MAX_LISTED)
        .map(|problem| {
            format!(
                "  {place} {}: {}",
                problem.item,
                sanitize_line(&problem.why.message(lang))
            )
        })
        .collect()
}

fn grouped(lang: Lang, count: usize) -> String {
    crate::i18n::count(lang, i64::try_from(count).unwrap_or(i64::MAX))
}
