//! The desk and the demo: the terminal loop that runs the app until the person quits or a
//! signal arrives, the `--demo` desk's own folders, writing the demo brand, and the daily backup
//! taken beside the running desk.

use super::{FAILURE, Failure, Refusal, USAGE, brand_clock, stamp};
use crate::app::{App, AppEvent};
use crate::config::Config;
use crate::db::Db;
use std::path::{Path, PathBuf};

/// The config for a `--demo` desk: everything the demo writes (its reports) goes into its own
/// temporary folder, never into the user's folders.
pub(super) fn demo_config(mut config: Config, folder: &Path) -> Config {
    config.data.reports_dir = Some(folder.join("reports"));
    config
}

/// Writes the demo brand into a new or empty database and says what it holds.
pub(super) fn write_demo(
    path: &Path,
    scale: crate::cli::Scale,
    lang: crate::i18n::Lang,
) -> Result<(), Refusal> {
    use crate::i18n::Arg;
    let mut db = Db::open(path)?;
    let file = path.display().to_string();
    if !db.is_empty()? {
        return Err(Failure {
            code: USAGE,
            message: lang.text_with("cli-demo-not-empty", &[("file", Arg::Text(&file))]),
        }
        .into());
    }
    let summary = match scale {
        crate::cli::Scale::Small => crate::demo::populate(&mut db, chrono::Utc::now())?,
        crate::cli::Scale::Large => crate::demo::populate_large(&mut db, chrono::Utc::now())?,
        crate::cli::Scale::Times(n) => crate::demo::populate_scaled(
            &mut db,
            chrono::Utc::now(),
            crate::demo::Scale::LARGE.times(n as usize),
        )?,
    };
    let number = |n: usize| match lang {
        crate::i18n::Lang::En => n.to_string(),
        crate::i18n::Lang::Es => crate::i18n::count(lang, i64::try_from(n).unwrap_or(i64::MAX)),
    };
    println!(
        "{}",
        lang.text_with(
            "cli-demo-written",
            &[
                ("file", Arg::Text(&file)),
                ("channels", Arg::Text(&number(summary.channels))),
                ("posts", Arg::Text(&number(summary.posts))),
                ("messages", Arg::Text(&number(summary.messages))),
                ("mentions", Arg::Text(&number(summary.mentions))),
                ("people", Arg::Text(&number(summary.people))),
            ],
        )
    );
    Ok(())
}

/// Takes the day's rolling backup on a thread of its own, so the desk opens at once; it reads
/// through its own connection, which writers in WAL mode do not wait for (one more connection
/// to the file the desk opened: see [`Db::open_another`]).
pub(super) fn spawn_daily_backup(path: &Path) {
    let path = path.to_path_buf();
    let _ = std::thread::Builder::new()
        .name("cmdeck-daily-backup".into())
        .spawn(move || {
            if let Ok(db) = Db::open_another(&path) {
                let _ = db.rolling_backup(&path, &stamp());
            }
        });
}

/// Runs the desk until the user quits or a signal arrives; the terminal guard restores the screen.
pub(super) fn desk(db: Db, config: &Config, db_path: Option<PathBuf>) -> Result<(), Refusal> {
    let lang = config.general.language.unwrap_or_default();
    let terminal_failure = |error: std::io::Error| Failure {
        code: FAILURE,
        message: lang.text_with(
            "cli-terminal-error",
            &[("why", crate::i18n::Arg::Text(&error.to_string()))],
        ),
    };
    let (sender, events) = crate::event::spawn().map_err(terminal_failure)?;
    let mut guard = crate::terminal::TerminalGuard::enter().map_err(terminal_failure)?;
    let size = guard.terminal().size().map_err(terminal_failure)?;
    let clock = brand_clock(&db);
    let mut app = App::new(db, config, clock, (size.width, size.height));
    app.worker = db_path.map(|path| (sender, path));
    app.color = std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    loop {
        guard
            .terminal()
            .draw(|frame| crate::app::render(&app, frame))
            .map_err(terminal_failure)?;
        if let Some(text) = app.clipboard.take() {
            crate::terminal::copy_to_clipboard(&text);
        }
        let Ok(event) = events.recv() else {
            break;
        };
        if !matches!(event, AppEvent::Tick(_)) {
            app.clock = app.clock.at(chrono::Utc::now());
        }
        let signalled = match event {
            AppEvent::Signalled(signal) => Some(signal),
            _ => None,
        };
        app.update(event);
        if let Some(signal) = signalled {
            drop(guard);
            // The shell's convention for a process ended by a signal: 128 + its number.
            return Err(Failure {
                code: u8::try_from(128 + signal).unwrap_or(FAILURE),
                message: String::new(),
            }
            .into());
        }
        if app.quit {
            break;
        }
    }
    Ok(())
}
