//! The program once arguments are parsed: load the config (before touching the terminal), open the
//! database, then run the desk or a subcommand. Every failure is one sentence and an exit code.

mod desk;

use crate::cli::{
    AudienceAction, Cli, ImportWhat, PeopleAction, PlanAction, PostAction, SentimentAction,
    Subcommands,
};
use crate::clock::Clock;
use crate::commands::CommandError;
use crate::config::Config;
use crate::db::{Db, DbError};
use crate::domain::Role;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code for a usage or configuration mistake.
const USAGE: u8 = 2;
/// Exit code for a failure while running (database, terminal).
const FAILURE: u8 = 1;

/// A failure with the exit code it deserves.
struct Failure {
    code: u8,
    message: String,
}

/// What stopped a command before it is worded: a failure already said, or the database's
/// refusal, worded once in the run's language.
enum Refusal {
    /// Said in the run's language already.
    Said(Failure),
    /// Refused by the database.
    Db(DbError),
}

impl Refusal {
    /// The failure, its words in `lang`.
    fn worded(self, lang: crate::i18n::Lang) -> Failure {
        match self {
            Refusal::Said(failure) => failure,
            Refusal::Db(error) => Failure {
                code: FAILURE,
                message: error.message(lang),
            },
        }
    }
}

impl From<Failure> for Refusal {
    fn from(failure: Failure) -> Refusal {
        Refusal::Said(failure)
    }
}

impl From<DbError> for Refusal {
    fn from(error: DbError) -> Refusal {
        Refusal::Db(error)
    }
}

impl From<CommandError> for Refusal {
    fn from(error: CommandError) -> Refusal {
        match error {
            CommandError::Usage(problems) => Refusal::Said(Failure {
                code: USAGE,
                message: problems.join("\n"),
            }),
            CommandError::Database(error) => Refusal::Db(error),
        }
    }
}

/// Runs cmdeck for parsed arguments and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // An indented line details the sentence above it, so it is printed without the prefix.
            for line in failure.message.lines() {
                let line = crate::text::sanitize_line(line);
                if line.starts_with(' ') {
                    eprintln!("{line}");
                } else {
                    eprintln!("cmdeck: {line}");
                }
            }
            ExitCode::from(failure.code)
        }
    }
}

fn dispatch(cli: Cli) -> Result<(), Failure> {
    // A broken config cannot say its own language: its errors follow --lang or the locale.
    let early = crate::i18n::Lang::choose(cli.lang, None, |name| std::env::var(name).ok());
    let mut config = Config::load_in(cli.config.as_deref(), early).map_err(|error| Failure {
        code: USAGE,
        message: error.message(early),
    })?;
    // The language of the run, decided once: every screen and command reads it from the config.
    let lang = crate::i18n::Lang::choose(cli.lang, config.general.language, |name| {
        std::env::var(name).ok()
    });
    config.general.language = Some(lang);
    carry_out(cli, config, lang).map_err(|refusal| refusal.worded(lang))
}

/// Carries out the command line with the config read and the run's language decided.
fn carry_out(cli: Cli, config: Config, lang: crate::i18n::Lang) -> Result<(), Refusal> {
    match cli.command {
        Some(Subcommands::Demo { scale }) => {
            let path = cli.db.ok_or_else(|| Failure {
                code: USAGE,
                message: lang.text("cli-demo-needs-db"),
            })?;
            desk::write_demo(&path, scale, lang)
        }
        Some(Subcommands::Today) => {
            let db = open_db(cli.db, &config, lang)?;
            print!(
                "{}",
                crate::today::routine(
                    &db,
                    &brand_clock(&db),
                    config.general.response_target_minutes,
                    lang,
                )?
            );
            Ok(())
        }
        Some(Subcommands::Post { action }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            let clock = brand_clock(&db);
            let out = match action {
                PostAction::Add(args) => crate::commands::post::add(&mut db, &clock, &args, lang)?,
                PostAction::List(args) => crate::commands::post::list(&db, &clock, &args, lang)?,
            };
            emit(lang, &out)
        }
        Some(Subcommands::Import {
            what:
                ImportWhat::Messages {
                    file,
                    channel,
                    partial,
                    rejects,
                },
        }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::import::messages_to(
                    &mut db,
                    &file,
                    channel.as_deref(),
                    partial,
                    rejects.as_deref(),
                    &config.inbox.rules,
                    lang,
                )?,
            )
        }
        Some(Subcommands::Import {
            what:
                ImportWhat::Mentions {
                    file,
                    partial,
                    rejects,
                },
        }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::import::mentions_in(
                    &mut db,
                    &file,
                    partial,
                    rejects.as_deref(),
                    lang,
                )?,
            )
        }
        Some(Subcommands::Import {
            what:
                ImportWhat::Posts {
                    files,
                    channel,
                    dry_run,
                    replies,
                    partial,
                    rejects,
                },
        }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            let asked = crate::commands::import_posts::PostImport {
                files,
                channel,
                dry_run,
                keep_replies: replies,
                partial,
                rejects,
            };
            let clock = brand_clock(&db);
            let bar = crate::commands::progress_bar::ImportBar::for_terminal();
            let done = crate::commands::import_posts::import_with_progress_in(
                lang,
                &mut db,
                &asked,
                clock,
                &mut |step| bar.show(step),
            );
            bar.finish();
            emit(lang, &done?)
        }
        Some(Subcommands::Import {
            what:
                ImportWhat::Audience {
                    file,
                    channel,
                    partial,
                    rejects,
                },
        }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            let today = brand_clock(&db).today();
            emit(
                lang,
                &crate::commands::audience::import(
                    &mut db,
                    &file,
                    partial,
                    rejects.as_deref(),
                    today,
                    channel.as_deref(),
                    lang,
                )?,
            )
        }
        Some(Subcommands::Channel { action }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            let today = brand_clock(&db).today();
            emit(
                lang,
                &crate::commands::channel::run(&mut db, action, today, lang)?,
            )
        }
        Some(Subcommands::Audience {
            action:
                AudienceAction::Record {
                    channel,
                    followers,
                    date,
                },
        }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            let today = brand_clock(&db).today();
            emit(
                lang,
                &crate::commands::audience::record(
                    &mut db,
                    &channel,
                    &followers,
                    date.as_deref(),
                    today,
                    lang,
                )?,
            )
        }
        Some(Subcommands::Import {
            what: ImportWhat::All { dir },
        }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::import_all::all(&mut db, &dir, lang)?,
            )
        }
        Some(Subcommands::Import {
            what: ImportWhat::Feed { location },
        }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::import::feed(&mut db, &location, chrono::Utc::now(), lang)?,
            )
        }
        Some(Subcommands::People { action }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            let out = match action {
                PeopleAction::Import {
                    file,
                    partial,
                    rejects,
                } => crate::commands::people::import(
                    &mut db,
                    &file,
                    partial,
                    rejects.as_deref(),
                    chrono::Utc::now(),
                    lang,
                )?,
                PeopleAction::List { role, format } => {
                    crate::commands::people::list(&db, role.map(Role::from), format, lang)?
                }
                PeopleAction::Add {
                    name,
                    role,
                    tier,
                    handles,
                    tags,
                    reach,
                    notes,
                    follow_up,
                } => {
                    let typed = crate::cli::AddPerson {
                        name,
                        role: Role::from(role),
                        tier,
                        handles,
                        tags,
                        reach,
                        notes,
                        follow_up,
                    };
                    crate::commands::people::add(&mut db, &typed, chrono::Utc::now(), lang)?
                }
            };
            emit(lang, &out)
        }
        Some(Subcommands::Plan { action }) => {
            let mut db = open_db(cli.db, &config, lang)?;
            let out = match action {
                PlanAction::Export { file, force } => {
                    crate::commands::plan::export(&db, &file, force, lang)?
                }
                PlanAction::Import { file } => crate::commands::plan::import(&mut db, &file, lang)?,
            };
            emit(lang, &out)
        }
        Some(Subcommands::Report(args)) => {
            let db = open_db(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::report::write(&db, &config, brand_clock(&db), &args)?,
            )
        }
        Some(Subcommands::Export(args)) => {
            let db = open_db(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::export::tables(&db, args.format, &args.out, lang)?,
            )
        }
        Some(Subcommands::Check) => {
            let path = db_path(cli.db, &config, lang)?;
            let found = crate::commands::backup::check(&path, lang).map_err(failed)?;
            emit(lang, &found)
        }
        Some(Subcommands::Backup { out }) => {
            let path = db_path(cli.db, &config, lang)?;
            let db = Db::open(&path)?;
            emit(
                lang,
                &crate::commands::backup::backup(&db, &path, out.as_deref(), &stamp(), lang)
                    .map_err(failed)?,
            )
        }
        Some(Subcommands::Backups) => {
            let path = db_path(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::backup::list(&path, &Clock::system(), lang),
            )
        }
        Some(Subcommands::Restore { file }) => {
            let path = db_path(cli.db, &config, lang)?;
            emit(
                lang,
                &crate::commands::backup::restore(&path, &file, lang).map_err(failed)?,
            )
        }
        Some(Subcommands::Sentiment { action }) => emit(
            lang,
            &match action {
                SentimentAction::Evaluate {
                    files,
                    lexicon,
                    misses,
                } => crate::commands::sentiment::evaluate_in(
                    &files,
                    lexicon.as_deref(),
                    misses,
                    lang,
                )?,
                SentimentAction::Learned => {
                    crate::commands::sentiment::learned(&open_db(cli.db, &config, lang)?, lang)?
                }
                SentimentAction::Forget => {
                    crate::commands::sentiment::forget(&mut open_db(cli.db, &config, lang)?, lang)?
                }
            },
        ),
        Some(Subcommands::Fetch) => {
            let path = db_path(cli.db, &config, lang)?;
            let mut db = Db::open(&path)?;
            take_daily_backup(&db, &path, lang);
            let mut progress = |line: &str| {
                // A closed pipe only loses the progress; the import goes on.
                let _ = emit(lang, &format!("{line}\n"));
            };
            match crate::commands::fetch::fetch(
                &mut db,
                &config.feeds,
                chrono::Utc::now(),
                lang,
                &mut progress,
            )? {
                Ok(closing) => emit(lang, &format!("{closing}\n")),
                Err(message) => Err(failed(message).into()),
            }
        }
        None if cli.demo => {
            let dir = tempfile::Builder::new()
                .prefix("cmdeck-demo-")
                .tempdir()
                .map_err(|error| Failure {
                    code: FAILURE,
                    message: lang.text_with(
                        "cli-demo-no-temporary-folder",
                        &[("why", crate::i18n::Arg::Text(&error.to_string()))],
                    ),
                })?;
            let path = dir.path().join("demo.sqlite3");
            let mut db = Db::open(&path)?;
            crate::demo::populate(&mut db, chrono::Utc::now())?;
            desk::desk(db, &desk::demo_config(config, dir.path()), Some(path))
        }
        None => {
            let path = db_path(cli.db, &config, lang)?;
            create_parent(&path, lang)?;
            let db = Db::open_for_desk(&path)?;
            desk::spawn_daily_backup(&path);
            desk::desk(db, &config, Some(path))
        }
    }
}

/// Writes a command's output; a closed pipe (`| head`) is not a failure.
fn emit(lang: crate::i18n::Lang, out: &str) -> Result<(), Refusal> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure {
            code: FAILURE,
            message: lang.text_with(
                "cli-could-not-write-output",
                &[("why", crate::i18n::Arg::Text(&error.to_string()))],
            ),
        }
        .into()),
        _ => Ok(()),
    }
}

/// A failure of a command that already worded its message.
fn failed(message: String) -> Failure {
    Failure {
        code: FAILURE,
        message,
    }
}

/// The local time as a file-name stamp: `2026-12-02-2315`.
fn stamp() -> String {
    chrono::Local::now().format("%Y-%m-%d-%H%M%S").to_string()
}

/// Takes the day's rolling backup when the newest is more than a day old; a failure is only
/// reported, since the work asked for can still be done.
fn take_daily_backup(db: &Db, path: &Path, lang: crate::i18n::Lang) {
    if let Err(error) = db.rolling_backup(path, &stamp()) {
        eprintln!(
            "cmdeck: {}",
            crate::text::sanitize_line(&lang.text_with(
                "cli-daily-backup-failed",
                &[("why", crate::i18n::Arg::Text(&error.to_string()))],
            ))
        );
    }
}

fn db_path(
    explicit: Option<PathBuf>,
    config: &Config,
    lang: crate::i18n::Lang,
) -> Result<PathBuf, Failure> {
    explicit
        .or_else(|| config.db_path())
        .ok_or_else(|| Failure {
            code: USAGE,
            message: lang.text("cli-no-data-directory"),
        })
}

/// Opens the database a subcommand works on, creating its folder first, so a command given on
/// a new machine before the desk ever ran finds a database; a refusal is worded in `lang`.
fn open_db(
    explicit: Option<PathBuf>,
    config: &Config,
    lang: crate::i18n::Lang,
) -> Result<Db, Refusal> {
    let path = db_path(explicit, config, lang)?;
    create_parent(&path, lang)?;
    Ok(Db::open(&path)?)
}

/// Creates the folder the database file goes in, when it is missing.
fn create_parent(path: &std::path::Path, lang: crate::i18n::Lang) -> Result<(), Failure> {
    let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    std::fs::create_dir_all(parent).map_err(|error| Failure {
        code: FAILURE,
        message: lang.text_with(
            "cli-could-not-create",
            &[
                (
                    "folder",
                    crate::i18n::Arg::Text(&parent.display().to_string()),
                ),
                ("why", crate::i18n::Arg::Text(&error.to_string())),
            ],
        ),
    })
}

/// The real clock, in the brand's time zone when the plan sets one, else the computer's.
fn brand_clock(db: &Db) -> Clock {
    let mut clock = Clock::system();
    if let Ok(Some(typed)) = db.setting("time_zone")
        && let Ok(Some(zone)) = crate::clock::brand_zone(&typed)
    {
        clock.zone = zone;
    }
    clock
}
