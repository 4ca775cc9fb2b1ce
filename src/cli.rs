//! The command line: global options (`--db`, `--config`, `--demo`) and the subcommands.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod channel;
pub mod help;
mod people;
mod post;
pub mod refusal;
mod report;

pub use channel::{AudienceAction, ChannelAction};
pub use people::{AddPerson, PeopleAction, RoleArg};
pub use post::{AnyStatus, NewStatus, PostAction, PostAddArgs, PostListArgs};
pub use report::{ExportArgs, ExportFormat, ReportArgs, ReportFormat};

/// cmdeck — a keyboard-driven desk for the solo community manager.
///
/// Run without a subcommand to open the desk in the terminal.
#[derive(Debug, Parser)]
#[command(name = "cmdeck", version, about, long_about = None)]
pub struct Cli {
    /// The SQLite file to use instead of the one in the platform data directory.
    #[arg(long, global = true, value_name = "FILE", display_order = 100)]
    pub db: Option<PathBuf>,

    /// The config file to use instead of the one in the platform config directory.
    #[arg(long, global = true, value_name = "FILE", display_order = 100)]
    pub config: Option<PathBuf>,

    /// Open a throwaway database filled with the demo brand (deleted on quit).
    #[arg(long)]
    pub demo: bool,

    /// The language for this run: `es` or `en` (else the config's `language`, else the locale).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang, display_order = 100)]
    pub lang: Option<crate::i18n::Lang>,

    /// What to do; without one, the desk opens.
    #[command(subcommand)]
    pub command: Option<Subcommands>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Subcommands {
    /// Write the demo brand into the database given with --db (which must be new or empty).
    Demo {
        /// `small`: eight weeks of a small brand; `large`: three years at scale (1,000,000
        /// mentions); a number N: N times the large history (`10`: 10,000,000 mentions).
        #[arg(long, default_value = "small", value_parser = Scale::parse)]
        scale: Scale,
    },
    /// Print today's routine (posts due, messages waiting, new mentions, follow-ups) as plain text.
    Today,
    /// Plan and list calendar posts from scripts.
    Post {
        /// What to do with posts.
        #[command(subcommand)]
        action: PostAction,
    },
    /// Import data from files (all of a file or nothing, unless --partial).
    Import {
        /// What the file holds.
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Import, list and add people (prescriptors, watchlist, accounts followed).
    People {
        /// What to do with people.
        #[command(subcommand)]
        action: PeopleAction,
    },
    /// Set up the brand's channels: add, list, edit, archive, restore or remove them.
    Channel {
        /// What to do with channels.
        #[command(subcommand)]
        action: ChannelAction,
    },
    /// Record the channels' follower counts (the report's Audience section).
    Audience {
        /// What to do with follower counts.
        #[command(subcommand)]
        action: AudienceAction,
    },
    /// Export the strategy plan to a commented TOML file, or replace it from one.
    Plan {
        /// What to do with the plan.
        #[command(subcommand)]
        action: PlanAction,
    },
    /// Read every [[feeds]] entry of the config into mentions (exit 0 when at least one worked).
    Fetch,
    /// Measure the automatic sentiment on labelled posts; see or forget what corrections taught it.
    Sentiment {
        /// What to do.
        #[command(subcommand)]
        action: SentimentAction,
    },
    /// Write a week's (or any period's) report as Markdown with SVG charts, or as one HTML file.
    Report(ReportArgs),
    /// Write every table as CSV or JSON files, so no data is locked in (`import all` reads them back).
    Export(ExportArgs),
    /// Check the database for damage (SQLite's integrity and foreign key checks) without writing to it.
    Check,
    /// Copy the database, whole and checked, to FILE (default: today's copy in the backups folder).
    Backup {
        /// Where to write the copy; refused when the file exists.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// List the database's backups (before upgrades, daily, on demand) with date, size and check.
    Backups,
    /// Put a backup in place of the database, keeping the current file as FILE.before-restore.bak.
    Restore {
        /// The backup to restore (see `cmdeck backups`).
        #[arg(value_name = "BACKUP")]
        file: PathBuf,
    },
}

/// How much history `cmdeck demo` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scale {
    /// The demo brand's last eight weeks.
    #[default]
    Small,
    /// Three years at scale: 8 channels, 50,000 posts, 200,000 messages, 1,000,000 mentions, 20,000 people.
    Large,
    /// That many times the large history (the same three years, that many times busier).
    Times(u32),
}

impl Scale {
    /// The largest factor of the large history `--scale` takes.
    pub const MOST: u32 = 100;

    /// Reads `small`, `large` or a factor of the large history from 1 to [`Scale::MOST`].
    pub fn parse(typed: &str) -> Result<Scale, String> {
        match typed.trim() {
            "small" => Ok(Scale::Small),
            "large" => Ok(Scale::Large),
            number => match number.parse::<u32>() {
                Ok(1) => Ok(Scale::Large),
                Ok(n) if (2..=Scale::MOST).contains(&n) => Ok(Scale::Times(n)),
                // Said without words, so it reads the same in every language clap speaks.
                _ => Err(format!("small | large | 1–{}", Scale::MOST)),
            },
        }
    }
}

/// What `cmdeck sentiment` does.
#[derive(Debug, Subcommand)]
pub enum SentimentAction {
    /// Score CSV files of labelled posts (`label` and `text` columns) and print accuracy,
    /// macro-F1, the negatives' precision and recall against their targets, and the speed.
    Evaluate {
        /// The CSV files (one per language, for instance).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// A folder with es.txt, en.txt, emoji.txt and modifiers.txt to use instead of the
        /// built-in lexicon (to try an edited lexicon without rebuilding).
        #[arg(long, value_name = "DIR")]
        lexicon: Option<PathBuf>,
        /// Also print the first N texts of each file the guess got wrong, with its evidence.
        #[arg(long, value_name = "N", default_value_t = 0)]
        misses: usize,
    },
    /// List the words your corrections taught the guess, with why.
    Learned,
    /// Forget what the corrections taught so far (the corrected labels stay).
    Forget,
}

/// What `cmdeck plan` does.
#[derive(Debug, Subcommand)]
pub enum PlanAction {
    /// Write the whole plan to FILE as commented TOML.
    Export {
        /// The TOML file to write.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Overwrite FILE when it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check every entry of FILE, then replace the plan with it in one transaction.
    Import {
        /// The TOML file to read.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// What `cmdeck import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// Inbox messages in cmdeck's CSV or JSON interchange format (see the README), or the direct
    /// messages of Meta's "Download your information" export.
    Messages {
        /// The CSV or JSON file (the format is taken from the extension, or from the content), or
        /// Meta's "Download your information" export of Instagram or Facebook (its zip, or one
        /// conversation's message_1.json).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The channel (`instagram:@handle`) a network's export is of, when there are several.
        #[arg(long, value_name = "CHANNEL")]
        channel: Option<String>,
        /// Store the good rows even when some are wrong; the wrong ones are listed.
        #[arg(long)]
        partial: bool,
        /// Write every rejected row to this CSV file (`line,reason,row`), as written in FILE.
        #[arg(long, value_name = "REJECTS")]
        rejects: Option<PathBuf>,
    },
    /// Mentions in cmdeck's CSV or JSON interchange format (see the README).
    Mentions {
        /// The CSV or JSON file (the format is taken from the extension, or from the content).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Store the good rows even when some are wrong; the wrong ones are listed.
        #[arg(long)]
        partial: bool,
        /// Write every rejected row to this CSV file (`line,reason,row`), as written in FILE.
        #[arg(long, value_name = "REJECTS")]
        rejects: Option<PathBuf>,
    },
    /// Follower counts: CSV with the header `channel,date,followers`, or a network's own
    /// follower export (TikTok's FollowerHistory.csv), told from the content (a day's count
    /// replaces the one recorded before).
    Audience {
        /// The CSV file (JSON objects with the same fields are read too).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The channel (`tiktok:@handle`) a network's export is of, when there are several.
        #[arg(long, value_name = "CHANNEL")]
        channel: Option<String>,
        /// Store the good rows even when some are wrong; the wrong ones are listed.
        #[arg(long)]
        partial: bool,
        /// Write every rejected row to this CSV file (`line,reason,row`), as written in FILE.
        #[arg(long, value_name = "REJECTS")]
        rejects: Option<PathBuf>,
    },
    /// Posts with their figures from a network's export (an X archive, zipped or its
    /// `tweets.js`; X's analytics CSV; Meta Business Suite's posts CSV; a Mastodon archive or its
    /// `outbox.json`; a Bluesky repository `.car`; TikTok Studio's `Content.csv`; LinkedIn's
    /// content workbook), the format told from the content; matched to the posts already here,
    /// figures kept as snapshots.
    Posts {
        /// The export files.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// The channel (`x:@handle`) when the file does not say and there are several.
        #[arg(long, value_name = "CHANNEL")]
        channel: Option<String>,
        /// Show what would come in (counts, dates, matched and new posts, the first rows) and
        /// store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Keep replies to other accounts (left out by default).
        #[arg(long)]
        replies: bool,
        /// Store the good items even when some are wrong; the wrong ones are listed.
        #[arg(long)]
        partial: bool,
        /// Write every item or row that could not be read to this CSV file (`line,reason,row`).
        #[arg(long, value_name = "REJECTS")]
        rejects: Option<PathBuf>,
    },
    /// A folder written by `cmdeck export` (CSV or JSON, told by its manifest), every table read
    /// back into a new, empty database in one transaction: export the result and you get the
    /// same files. Refused, with nothing stored, when the database already holds data or the
    /// folder has a missing or unknown file, a wrong header or a bad row.
    All {
        /// The folder `cmdeck export --out DIR` wrote.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// An RSS 2.0 or Atom feed: the items a listening rule matches become mentions.
    Feed {
        /// An http:// or https:// address, or a file.
        #[arg(value_name = "URL-or-FILE")]
        location: String,
    },
}

/// The output formats of `cmdeck post list`, `cmdeck people list` and `cmdeck channel list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// One aligned line per row, for people.
    Text,
    /// RFC 4180 CSV with a header row; a text a spreadsheet would run as a formula (`=`, `+`,
    /// `-`, `@`, a tab first) gets a leading `'`.
    Csv,
    /// A JSON array of objects.
    Json,
    /// CSV for scripts: the same sanitized texts, but no `'` before formulas.
    RawCsv,
}

/// Reads `--lang`: `es` or `en`.
fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == text.trim())
        .ok_or_else(|| {
            // The language being parsed cannot word its own refusal: the locale's does.
            let lang =
                crate::i18n::Lang::from_locale(|name| std::env::var(name).ok()).unwrap_or_default();
            lang.text_with(
                "cli-refusal-unknown-language",
                &[(
                    "value",
                    crate::i18n::Arg::Text(&crate::text::sanitize_line(text)),
                )],
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use std::path::Path;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn db_and_config_are_accepted_before_or_after_a_subcommand() {
        let before =
            Cli::try_parse_from(["cmdeck", "--db", "a.sqlite3", "--config", "c.toml", "today"])
                .unwrap();
        let after =
            Cli::try_parse_from(["cmdeck", "today", "--db", "a.sqlite3", "--config", "c.toml"])
                .unwrap();
        assert_eq!(before.db, after.db);
        assert_eq!(before.config, after.config);
        assert!(matches!(after.command, Some(Subcommands::Today)));
        let demo = Cli::try_parse_from(["cmdeck", "demo", "--db", "d.sqlite3"]).unwrap();
        assert_eq!(demo.db, Some(PathBuf::from("d.sqlite3")));
    }

    #[test]
    fn post_add_takes_several_channels_and_the_text_last() {
        let cli = Cli::try_parse_from([
            "cmdeck",
            "post",
            "add",
            "--channel",
            "instagram",
            "--channel",
            "x:@cafelanora",
            "--at",
            "2026-11-24 09:30",
            "--status",
            "draft",
            "Hola",
        ])
        .unwrap();
        let Some(Subcommands::Post {
            action: PostAction::Add(args),
        }) = cli.command
        else {
            panic!("not post add: {:?}", cli.command);
        };
        assert_eq!(args.channels, ["instagram", "x:@cafelanora"]);
        assert_eq!(args.status, Some(NewStatus::Draft));
        assert_eq!(args.text, "Hola");
    }

    #[test]
    fn import_messages_takes_a_file_and_an_optional_partial_flag() {
        let cli =
            Cli::try_parse_from(["cmdeck", "import", "messages", "in.csv", "--partial"]).unwrap();
        let Some(Subcommands::Import {
            what: ImportWhat::Messages { file, partial, .. },
        }) = cli.command
        else {
            panic!("not import messages: {:?}", cli.command);
        };
        assert_eq!(file, PathBuf::from("in.csv"));
        assert!(partial);
        assert!(Cli::try_parse_from(["cmdeck", "import", "messages"]).is_err());
    }

    #[test]
    fn import_feed_takes_a_url_or_file_and_fetch_takes_nothing() {
        let cli =
            Cli::try_parse_from(["cmdeck", "import", "feed", "https://x.example/rss"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Subcommands::Import { what: ImportWhat::Feed { location } })
                if location == "https://x.example/rss"
        ));
        let cli =
            Cli::try_parse_from(["cmdeck", "import", "mentions", "m.json", "--partial"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Subcommands::Import {
                what: ImportWhat::Mentions { partial: true, .. }
            })
        ));
        assert!(matches!(
            Cli::try_parse_from(["cmdeck", "fetch"]).unwrap().command,
            Some(Subcommands::Fetch)
        ));
    }

    #[test]
    fn channel_add_takes_a_network_a_handle_and_an_optional_name_and_limit() {
        let cli = Cli::try_parse_from([
            "cmdeck",
            "channel",
            "add",
            "instagram",
            "@mimarca",
            "--name",
            "Mi Marca",
            "--limit",
            "1000",
        ])
        .unwrap();
        let Some(Subcommands::Channel {
            action:
                ChannelAction::Add {
                    network,
                    handle,
                    name,
                    limit,
                },
        }) = cli.command
        else {
            panic!("not channel add: {:?}", cli.command);
        };
        assert_eq!(
            (network.as_str(), handle.as_str()),
            ("instagram", "@mimarca")
        );
        assert_eq!((name.as_deref(), limit), (Some("Mi Marca"), Some(1000)));
        assert!(Cli::try_parse_from(["cmdeck", "channel", "add", "instagram"]).is_err());
        assert!(
            Cli::try_parse_from(["cmdeck", "channel", "add", "x", "m", "--limit", "-5"]).is_err()
        );
    }

    #[test]
    fn import_all_takes_the_folder_of_an_export() {
        let cli = Cli::try_parse_from(["cmdeck", "import", "all", "backup"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Subcommands::Import { what: ImportWhat::All { dir } }) if dir == Path::new("backup")
        ));
        assert!(Cli::try_parse_from(["cmdeck", "import", "all"]).is_err());
    }

    #[test]
    fn post_add_without_a_channel_is_a_usage_error() {
        assert!(Cli::try_parse_from(["cmdeck", "post", "add", "Hola"]).is_err());
    }
}

#[cfg(test)]
mod scale_tests {
    use super::Scale;

    #[test]
    fn a_demo_scale_is_small_large_or_a_factor_of_the_large_history() {
        assert_eq!(Scale::parse("small"), Ok(Scale::Small));
        assert_eq!(Scale::parse("large"), Ok(Scale::Large));
        assert_eq!(Scale::parse("1"), Ok(Scale::Large));
        assert_eq!(Scale::parse("10"), Ok(Scale::Times(10)));
        for refused in ["0", "101", "-3", "ten", "", "1.5"] {
            assert!(Scale::parse(refused).is_err(), "{refused:?}");
        }
        let ten = crate::demo::Scale::LARGE.times(10);
        assert_eq!(ten.mentions, 10_000_000);
        assert_eq!(ten.people, 200_000);
    }
}
