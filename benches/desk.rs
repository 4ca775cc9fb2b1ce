//! The speed targets of cmdeck, measured on the large demo (`cmdeck demo --scale large`: 50,000
//! posts, 200,000 messages, 1,000,000 mentions, 20,000 people), generated once into
//! `target/cmdeck-bench/` and reused:
//!
//! 1. start to first frame;
//! 2. key to frame in every pane and both faces (next row, next page, end of list, switch pane,
//!    toggle strategy mode);
//! 3. filter-as-you-type on the largest lists, per keystroke;
//! 4. the weekly report (gather and render the Markdown) for a week and for a quarter;
//! 5. the import of a 1,000,000-row mentions CSV;
//! 7. the import of an X archive of 100,000 posts (`import posts`, streamed; its peak memory is
//!    measured on the binary, see the README);
//! 6. the check a file gets when it is opened (`quick_check` on a file this large), which the
//!    desk runs on a thread while the first frame is drawn.
//!
//! Run with `cargo bench`; one group with `cargo bench -- report`.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use cmdeck::app::{App, AppEvent};
use cmdeck::clock::Clock;
use cmdeck::config::Config;
use cmdeck::db::Db;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::mpsc::Receiver;

fn main() {
    divan::main();
}

/// The instant the large demo is written at and the desk lives in.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .single()
        .unwrap_or_default()
}

fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("cmdeck-bench")
}

/// The large demo's file, written on first use (about 20 s) and kept for later runs.
fn dataset() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = bench_dir();
        let path = dir.join("large.sqlite3");
        if !path.exists() {
            std::fs::create_dir_all(&dir).expect("the bench folder can be created");
            let partial = dir.join("large.sqlite3.partial");
            let _ = std::fs::remove_file(&partial);
            let mut db = Db::open(&partial).expect("a new database opens");
            cmdeck::demo::populate_large(&mut db, now()).expect("the large demo is written");
            drop(db);
            std::fs::rename(&partial, &path).expect("the large demo is moved into place");
        }
        // The check a file gets once per process when it is opened runs here, before any
        // sample, so the samples measure the desk past its first second (the check has its
        // own bench, `opening_check`).
        drop(Db::open(&path).expect("the large demo passes its check"));
        path
    })
}

fn open_app() -> App {
    let db = Db::open_for_desk(dataset()).expect("the large demo opens");
    App::new(db, &Config::default(), Clock::fixed(now()), (120, 40))
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(120, 40)).expect("a test terminal")
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| cmdeck::app::render(app, frame))
        .expect("the frame draws");
}

fn press(app: &mut App, code: KeyCode) {
    let modifiers = match code {
        KeyCode::Char(c) if c.is_ascii_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    app.update(AppEvent::Key(KeyEvent::new(code, modifiers)));
}

/// Every pane in both faces (`+strategy`), and the "all" view of the 1,000,000 mentions.
const FACES: &[&str] = &[
    "calendar",
    "inbox",
    "mentions",
    "mentions-all",
    "prescriptors",
    "reports",
    "calendar+strategy",
    "inbox+strategy",
    "mentions+strategy",
    "prescriptors+strategy",
    "reports+strategy",
];

/// The key that opens a pane.
fn pane_key(pane: &str) -> char {
    match pane {
        "inbox" => '2',
        "mentions" => '3',
        "prescriptors" => '4',
        "reports" => '5',
        _ => '1',
    }
}

/// An app on `face` (`-all` picks the "all" view), drawn once so that its first page is loaded.
fn app_on(face: &str) -> (App, Terminal<TestBackend>) {
    let mut app = open_app();
    let mut terminal = terminal();
    let (pane, strategy) = face.split_once('+').unwrap_or((face, ""));
    press(
        &mut app,
        KeyCode::Char(pane_key(pane.trim_end_matches("-all"))),
    );
    if pane.ends_with("-all") {
        press(&mut app, KeyCode::Char('v'));
    }
    if strategy == "strategy" {
        press(&mut app, KeyCode::Char('S'));
    }
    draw(&mut terminal, &app);
    (app, terminal)
}

/// The check the large file gets when it is opened (6): the desk runs it on a thread, a command
/// waits for it before its first write.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn opening_check(bencher: Bencher) {
    let path = dataset();
    bencher.bench_local(|| cmdeck::db::health::opening_check(path));
}

/// 1. Opening the large database, loading the default pane's first page and drawing it.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn first_frame(bencher: Bencher) {
    dataset();
    bencher.bench_local(|| {
        let app = open_app();
        let mut terminal = terminal();
        draw(&mut terminal, &app);
        app
    });
}

mod key_to_frame {
    use super::*;

    /// The next row.
    #[divan::bench(args = FACES, sample_count = 200, sample_size = 1)]
    fn next_row(bencher: Bencher, face: &str) {
        let (mut app, mut terminal) = app_on(face);
        bencher.bench_local(|| {
            press(&mut app, KeyCode::Char('j'));
            draw(&mut terminal, &app);
        });
    }

    /// The next page.
    #[divan::bench(args = FACES, sample_count = 200, sample_size = 1)]
    fn next_page(bencher: Bencher, face: &str) {
        let (mut app, mut terminal) = app_on(face);
        bencher.bench_local(|| {
            press(&mut app, KeyCode::PageDown);
            draw(&mut terminal, &app);
        });
    }

    /// The end of the list, then the top, in turn (so that each key moves a whole list).
    #[divan::bench(args = FACES, sample_count = 100, sample_size = 1)]
    fn end_of_list(bencher: Bencher, face: &str) {
        let (mut app, mut terminal) = app_on(face);
        let mut at_end = false;
        bencher.bench_local(|| {
            at_end = !at_end;
            press(&mut app, KeyCode::Char(if at_end { 'G' } else { 'g' }));
            draw(&mut terminal, &app);
        });
    }

    /// The first visit to a pane or face after start, on a desk with a worker (as the real
    /// binary has): the key draws at once; a report is gathered on the worker meanwhile. For
    /// `mentions-all`, the pane's key then `v`.
    #[divan::bench(args = FACES, sample_count = 30, sample_size = 1)]
    fn first_visit(bencher: Bencher, face: &str) {
        let (pane, strategy) = face.split_once('+').unwrap_or((face, ""));
        let key = pane_key(pane.trim_end_matches("-all"));
        let all_view = pane.ends_with("-all");
        bencher
            .with_inputs(|| {
                let mut app = open_app();
                let (sender, events) = std::sync::mpsc::channel();
                app.worker = Some((sender, dataset().clone()));
                if strategy == "strategy" {
                    press(&mut app, KeyCode::Char('S'));
                }
                (app, terminal(), events)
            })
            .bench_local_values(|(mut app, mut terminal, events)| {
                press(&mut app, KeyCode::Char(key));
                if all_view {
                    press(&mut app, KeyCode::Char('v'));
                }
                draw(&mut terminal, &app);
                (app, events)
            });
    }

    /// The next pane (Tab), round the five panes.
    #[divan::bench(args = ["execution", "strategy"], sample_count = 100, sample_size = 1)]
    fn switch_pane(bencher: Bencher, face: &str) {
        let (mut app, mut terminal) = app_on(if face == "strategy" {
            "calendar+strategy"
        } else {
            "calendar"
        });
        // As in the real binary, a worker gathers the report, and its answers are taken in
        // between keys (the frame that shows them is measured with the key).
        let (sender, events) = std::sync::mpsc::channel();
        app.worker = Some((sender, dataset().clone()));
        bencher.bench_local(|| {
            while let Ok(answer) = events.try_recv() {
                app.update(answer);
            }
            press(&mut app, KeyCode::Tab);
            draw(&mut terminal, &app);
        });
    }

    /// Strategy mode on and off, on every pane.
    #[divan::bench(args = ["calendar", "inbox", "mentions", "prescriptors", "reports"], sample_count = 100, sample_size = 1)]
    fn toggle_strategy(bencher: Bencher, pane: &str) {
        let (mut app, mut terminal) = app_on(pane);
        bencher.bench_local(|| {
            press(&mut app, KeyCode::Char('S'));
            draw(&mut terminal, &app);
        });
    }
}

/// Target 3: one keystroke typed into the filter of the largest lists (a letter, then its
/// removal); `mentions-all` filters the "all" view of the 1,000,000 mentions.
#[divan::bench(args = ["inbox", "mentions", "mentions-all", "prescriptors"], sample_count = 20, sample_size = 1)]
fn filter_keystroke(bencher: Bencher, pane: &str) {
    let (mut app, mut terminal) = app_on(pane);
    press(&mut app, KeyCode::Char('/'));
    for c in "caf".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    draw(&mut terminal, &app);
    let mut typed = false;
    bencher.bench_local(|| {
        typed = !typed;
        press(
            &mut app,
            if typed {
                KeyCode::Char('e')
            } else {
                KeyCode::Backspace
            },
        );
        draw(&mut terminal, &app);
    });
}

/// An app on `face` whose slow reads (reports, strategy faces, index searches) go to the
/// gatherer thread as in the desk; the events it answers with arrive on the receiver.
fn app_with_worker(face: &str) -> (App, Terminal<TestBackend>, Receiver<AppEvent>) {
    let (mut app, terminal) = app_on(face);
    let (sender, events) = std::sync::mpsc::channel();
    app.worker = Some((sender, dataset().clone()));
    (app, terminal, events)
}

/// Takes every event the gatherer sent until the list has its search's answer, then draws.
fn until_searched(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    events: &Receiver<AppEvent>,
) {
    while app.mentions_filter_searching() {
        let event = events.recv().expect("the gatherer answers");
        app.update(event);
    }
    draw(terminal, app);
}

/// Target 3, as the desk runs it: a letter typed (then removed) into the filter of the "all"
/// view of the 1,000,000 mentions, the search on the gatherer thread. `typed_character_shown`
/// is key to frame (the letter and "searching…" on screen); `results_shown` is key to the
/// frame that shows the search's results.
mod filter_mentions {
    use super::*;

    fn typing() -> (App, Terminal<TestBackend>, Receiver<AppEvent>) {
        let (mut app, mut terminal, events) = app_with_worker("mentions-all");
        press(&mut app, KeyCode::Char('/'));
        for c in "caf".chars() {
            press(&mut app, KeyCode::Char(c));
        }
        until_searched(&mut app, &mut terminal, &events);
        (app, terminal, events)
    }

    fn key(typed: bool) -> KeyCode {
        if typed {
            KeyCode::Char('e')
        } else {
            KeyCode::Backspace
        }
    }

    #[divan::bench(sample_count = 40, sample_size = 1)]
    fn typed_character_shown(bencher: Bencher) {
        let (mut app, mut terminal, events) = typing();
        let mut typed = false;
        bencher.bench_local(|| {
            typed = !typed;
            press(&mut app, key(typed));
            draw(&mut terminal, &app);
        });
        until_searched(&mut app, &mut terminal, &events);
    }

    #[divan::bench(sample_count = 40, sample_size = 1)]
    fn results_shown(bencher: Bencher) {
        let (mut app, mut terminal, events) = typing();
        let mut typed = false;
        bencher.bench_local(|| {
            typed = !typed;
            press(&mut app, key(typed));
            draw(&mut terminal, &app);
            until_searched(&mut app, &mut terminal, &events);
        });
    }
}

mod report {
    use super::*;
    use cmdeck::analytics::response::ResponseCount;
    use cmdeck::report::ReportRequest;

    fn gather_and_render(db: &Db, first: NaiveDate, last: NaiveDate) -> String {
        let clock = Clock::fixed(now());
        let request = ReportRequest {
            first,
            last,
            today: clock.today(),
            count: ResponseCount { hours: None, clock },
            target_minutes: 120,
        };
        let report = db.report(&request).expect("the report is gathered");
        cmdeck::report::to_markdown(&report, &clock)
    }

    /// 4. The week before the large demo's "now", gathered and written as Markdown.
    #[divan::bench(sample_count = 30, sample_size = 1)]
    fn week(bencher: Bencher) {
        let db = Db::open(dataset()).expect("the large demo opens");
        let first = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap_or_default();
        bencher.bench_local(|| gather_and_render(&db, first, first + Duration::days(6)));
    }

    /// 4. The quarter July to September 2026.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn quarter(bencher: Bencher) {
        let db = Db::open(dataset()).expect("the large demo opens");
        let first = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default();
        bencher.bench_local(|| gather_and_render(&db, first, last));
    }
}

/// The 1,000,000-row mentions file, written once.
fn mentions_csv() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let path = bench_dir().join("mentions-1m.csv");
        if !path.exists() {
            std::fs::create_dir_all(bench_dir()).expect("the bench folder can be created");
            let mut out = csv::Writer::from_path(&path).expect("the CSV can be written");
            out.write_record(["source", "text", "published_at", "url", "author", "reach"])
                .expect("a header row");
            let texts = [
                "El café de La Ñora está buenísimo ☕",
                "The coffee at La Ñora was cold, so disappointing",
                "Tostadero Norte abre nueva tienda",
                "café de especialidad en Valencia: ¿dónde?",
            ];
            for i in 0..1_000_000u32 {
                let when = format!(
                    "2025-{:02}-{:02} {:02}:{:02}",
                    1 + i % 12,
                    1 + i % 28,
                    i % 24,
                    i % 60
                );
                out.write_record([
                    "web",
                    &format!("{} {i}", texts[(i % 4) as usize]),
                    &when,
                    &format!("https://import.example/{i}"),
                    &format!("@u{}", i % 9000),
                    &(i % 5000).to_string(),
                ])
                .expect("a row");
            }
            out.flush().expect("the CSV is flushed");
        }
        path
    })
}

/// 5. Importing 1,000,000 mentions (listening rules and sentiment included) into the small demo.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn import_1m_mentions(bencher: Bencher) {
    let file = mentions_csv();
    let dir = tempfile::tempdir().expect("a temporary folder");
    bencher
        .with_inputs(|| {
            let path = dir.path().join(format!("import-{}.sqlite3", rand_suffix()));
            let mut db = Db::open(&path).expect("a new database opens");
            cmdeck::demo::populate(&mut db, now()).expect("the demo is written");
            db
        })
        .bench_local_values(|mut db| {
            cmdeck::commands::import::mentions(&mut db, file, false, None)
                .expect("the file imports")
        });
}

/// An X archive's `tweets.js` of 100,000 own posts as X writes them (each item with its
/// `edit_info`, `entities`, `source` and counts as strings, about 1 KB), written once.
fn archive_100k() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let path = bench_dir().join("tweets-100k.js");
        if !path.exists() {
            use std::io::Write;
            std::fs::create_dir_all(bench_dir()).expect("the bench folder can be created");
            let file = std::fs::File::create(&path).expect("the archive can be written");
            let mut out = std::io::BufWriter::new(file);
            writeln!(out, "window.YTD.tweets.part0 = [").expect("a line");
            let start = Utc.with_ymd_and_hms(2016, 1, 1, 8, 0, 0).single().unwrap_or_default();
            for i in 0..100_000u64 {
                let id = 1_000_000_000_000_000_000 + i;
                let at = start + Duration::minutes(i64::try_from(i).unwrap_or(0) * 47);
                let comma = if i + 1 < 100_000 { "," } else { "" };
                writeln!(
                    out,
                    r#"  {{
    "tweet" : {{
      "edit_info" : {{ "initial" : {{ "editTweetIds" : [ "{id}" ], "editableUntil" : "{until}", "editsRemaining" : "5", "isEditEligible" : true }} }},
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {{ "hashtags" : [ {{ "text" : "cafe", "indices" : [ "60", "65" ] }} ], "symbols" : [ ], "user_mentions" : [ ],
        "urls" : [ {{ "url" : "https://t.co/abc{i}", "expanded_url" : "https://cafelanora.es/carta/{i}", "display_url" : "cafelanora.es/carta/{i}", "indices" : [ "66", "89" ] }} ] }},
      "display_text_range" : [ "0", "89" ],
      "favorite_count" : "{likes}",
      "id_str" : "{id}",
      "truncated" : false,
      "retweet_count" : "{reposts}",
      "id" : "{id}",
      "created_at" : "{created}",
      "favorited" : false,
      "full_text" : "Post {i} de Café La Nora: tostadas, cortados &amp; bizcocho #cafe https://t.co/abc{i}",
      "lang" : "es"
    }}
  }}{comma}"#,
                    until = (at + Duration::hours(1)).format("%Y-%m-%dT%H:%M:%S.000Z"),
                    likes = i % 97,
                    reposts = i % 13,
                    created = at.format("%a %b %d %H:%M:%S +0000 %Y"),
                )
                .expect("an item");
            }
            writeln!(out, "]").expect("the end");
            out.flush().expect("the archive is flushed");
        }
        path
    })
}

/// 7. Importing an X archive of 100,000 posts into a new database with its one X channel.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn import_100k_post_archive(bencher: Bencher) {
    let file = archive_100k();
    let dir = tempfile::tempdir().expect("a temporary folder");
    bencher
        .with_inputs(|| {
            let path = dir.path().join(format!("posts-{}.sqlite3", rand_suffix()));
            let mut db = Db::open(&path).expect("a new database opens");
            cmdeck::commands::channel::add(&mut db, "x", "@cafelanora", None, None)
                .expect("the X channel is added");
            db
        })
        .bench_local_values(|mut db| {
            let asked = cmdeck::commands::import_posts::PostImport {
                files: vec![file.clone()],
                ..Default::default()
            };
            cmdeck::commands::import_posts::import(&mut db, &asked, Clock::fixed(now()))
                .expect("the archive imports")
        });
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default()
}
