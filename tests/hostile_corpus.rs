//! A hostile corpus — escape sequences, C1 controls, bidi overrides, zero-width characters,
//! U+2028/U+2029, spreadsheet formulas, next to emoji, combining marks and right-to-left text —
//! imported with the real binary as messages, mentions and people, then every output read raw:
//! the CLI's lists and `today`, the export files, the Markdown report, and every pane of the desk
//! in both faces as the bytes it writes to a pseudo-terminal. None may carry the corpus's
//! controls, and no CSV cell may start a formula.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};
use std::io::{Read, Write};
use std::process::Output;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// The texts every field of the corpus is made of.
const CORPUS: [&str; 18] = [
    "\u{1b}[31mrojo\u{1b}[0m",
    "\u{1b}]0;title\u{7}",
    "\u{1b}[2J\u{1b}[Hlimpia",
    "\u{9b}31mcsi",
    "pago\u{202E}fdp.exe",
    "cero\u{200B}ancho\u{FEFF}",
    "uno\u{2028}dos\u{2029}tres",
    "\u{2066}aislado\u{2069}",
    "=HYPERLINK(\"http://x\",\"y\")",
    "+1",
    "-1+2",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1",
    "👩\u{200D}🍳 cocinera",
    "cafe\u{301} con crema",
    "مرحبا بالعالم",
    "שלום עולם",
];

/// Characters no output may hold (the zero-width joiner only inside 👩‍🍳).
const FORBIDDEN: [char; 11] = [
    '\u{1b}', '\u{7}', '\u{9b}', '\u{85}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{2028}',
    '\u{2029}', '\u{200B}', '\u{FEFF}',
];

/// Fails naming `what` when `bytes` hold a forbidden character of the corpus.
#[track_caller]
fn assert_clean(what: &str, bytes: &[u8]) {
    let shown = String::from_utf8_lossy(bytes);
    let found: Vec<char> = shown
        .replace("👩\u{200D}🍳", "")
        .chars()
        .filter(|c| FORBIDDEN.contains(c) || *c == '\u{200D}')
        .collect();
    assert!(found.is_empty(), "{what} holds {found:?}:\n{shown}");
}

/// Fails naming `what` when a cell of the CSV `out` would start a formula (a number is fine).
#[track_caller]
fn assert_no_formula(what: &str, out: &str) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(out.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(
                !formula || cell.parse::<f64>().is_ok(),
                "{what}: the cell {cell:?} starts a formula"
            );
        }
    }
}

/// Runs `args` on the home's database and answers the output, failing when it failed.
#[track_caller]
fn ok(home: &Home, args: &[&str]) -> Output {
    let run = home.run(args);
    assert!(run.status.success(), "{args:?}: {}", text(&run.stderr));
    run
}

/// A CSV file of `header` with one row per corpus text made by `row`.
fn csv_file(header: &[&str], row: impl Fn(usize, &str) -> Vec<String>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).unwrap();
    for (at, text) in CORPUS.iter().enumerate() {
        writer.write_record(row(at, text)).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// A new home with one channel, the corpus imported as messages, mentions and people, planned
/// as posts, and given to the channel as its name.
fn hostile_home() -> Home {
    let home = Home::empty();
    ok(&home, &["channel", "add", "instagram", "@mimarca"]);
    let now = chrono::Utc::now();
    let hours_ago = |at: usize| {
        (now - chrono::Duration::hours(i64::try_from(at).unwrap() + 1))
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    };
    let messages = csv_file(
        &[
            "channel",
            "kind",
            "author",
            "body",
            "received_at",
            "external_id",
        ],
        |at, text| {
            vec![
                "instagram".into(),
                "dm".into(),
                format!("{text} autor"),
                text.into(),
                hours_ago(at),
                format!("hostile-{at}"),
            ]
        },
    );
    let mentions = csv_file(
        &["source", "url", "author", "text", "published_at"],
        |at, text| {
            vec![
                "web".into(),
                format!("https://example.com/m{at}"),
                format!("{text} autor"),
                text.into(),
                hours_ago(at),
            ]
        },
    );
    let people = csv_file(&["name", "role", "tags", "notes"], |at, text| {
        vec![
            format!("{text} {at}"),
            "advocate".into(),
            text.into(),
            text.into(),
        ]
    });
    for (what, file) in [
        ("messages", home.file("messages.csv", &messages)),
        ("mentions", home.file("mentions.csv", &mentions)),
    ] {
        ok(&home, &["import", what, &file]);
    }
    ok(
        &home,
        &["people", "import", &home.file("people.csv", &people)],
    );
    let conn = home.connection();
    for (at, text) in CORPUS.iter().enumerate() {
        let id = i64::try_from(at).unwrap() + 1;
        conn.execute("INSERT INTO pillars (id, name) VALUES (?1, ?2)", (id, text))
            .unwrap();
        // Every other post is published a few hours ago with metrics, so the report ranks it.
        let published = at % 2 == 0;
        let when = if published {
            hours_ago(at)
        } else {
            (now + chrono::Duration::hours(id))
                .format("%Y-%m-%dT%H:00:00Z")
                .to_string()
        };
        conn.execute(
            "INSERT INTO posts (id, channel_id, body, status, scheduled_at, published_at, pillar_id, notes, created_at, updated_at) \
             VALUES (?1, 1, ?2, ?3, ?4, ?5, ?1, ?2, ?4, ?4)",
            (
                id,
                text,
                if published { "published" } else { "scheduled" },
                &when,
                published.then_some(&when),
            ),
        )
        .unwrap();
        if published {
            conn.execute(
                "INSERT INTO post_metrics (post_id, captured_at, impressions, reach, likes) VALUES (?1, ?2, ?3, ?3, ?1)",
                (id, &when, 100 + id),
            )
            .unwrap();
        }
    }
    conn.execute("UPDATE channels SET name = ?1 WHERE id = 1", [CORPUS[0]])
        .unwrap();
    assert_eq!(home.count("messages"), 18);
    assert_eq!(home.count("mentions"), 18);
    assert_eq!(home.count("people"), 18);
    home
}

#[test]
fn no_cli_output_or_export_file_of_a_hostile_corpus_holds_its_controls_or_a_live_formula() {
    let home = hostile_home();
    let today = chrono::Utc::now().date_naive().to_string();
    let in_a_week = (chrono::Utc::now().date_naive() + chrono::Duration::days(6)).to_string();
    // The published posts are from the last 18 hours, the planned ones from the next 18.
    let week_ago = (chrono::Utc::now().date_naive() - chrono::Duration::days(6)).to_string();
    let mut outputs = vec![(
        "today".to_string(),
        String::new(),
        ok(&home, &["today"]).stdout,
    )];
    for format in ["text", "csv", "json", "raw-csv"] {
        for args in [
            vec!["post", "list", "--from", &week_ago, "--to", &in_a_week],
            vec!["people", "list"],
            vec!["channel", "list"],
        ] {
            let mut args = args.clone();
            args.extend(["--format", format]);
            outputs.push((args.join(" "), format.to_string(), ok(&home, &args).stdout));
        }
    }
    for format in ["csv", "json"] {
        let out = format!("export-{format}");
        ok(&home, &["export", "--format", format, "--out", &out]);
        for entry in std::fs::read_dir(home.dir.path().join(&out)).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let bytes = std::fs::read(entry.path()).unwrap();
            let kind = if name.ends_with(".csv") {
                "csv"
            } else {
                "json"
            };
            outputs.push((format!("{out}/{name}"), kind.to_string(), bytes));
        }
    }
    ok(
        &home,
        &[
            "report",
            "--from",
            &week_ago,
            "--to",
            &today,
            "--out",
            "report.md",
        ],
    );
    outputs.push((
        "report.md".into(),
        String::new(),
        std::fs::read(home.dir.path().join("report.md")).unwrap(),
    ));

    for (what, format, bytes) in &outputs {
        assert_clean(what, bytes);
        if format == "csv" {
            assert_no_formula(what, &text(bytes));
        }
    }
    let people = text(&ok(&home, &["people", "list", "--format", "csv"]).stdout);
    for neutralised in ["'=HYPERLINK(", "'+1 9,", "'-1+2", "'@SUM(A1)", "'=1+1"] {
        assert!(people.contains(neutralised), "{neutralised}: {people}");
    }
    let raw = text(&ok(&home, &["people", "list", "--format", "raw-csv"]).stdout);
    assert!(raw.contains("\n\"=HYPERLINK(\"\"http://x\"\""), "{raw}");
    assert!(raw.contains(",@SUM(A1)\n"), "{raw}");
    let posts = text(
        &ok(
            &home,
            &[
                "post", "list", "--from", &week_ago, "--to", &in_a_week, "--format", "csv",
            ],
        )
        .stdout,
    );
    assert!(posts.contains("[31mrojo"), "the corpus is listed: {posts}");
    assert!(posts.contains("'@SUM(A1)"), "{posts}");
    let today = text(&outputs[0].2);
    assert!(today.contains("31mrojo"), "the corpus is in today: {today}");
    let report = home.read("report.md");
    assert!(
        report.contains("31mrojo"),
        "the corpus is in the report: {report}"
    );
}

/// The size of the pseudo-terminal the desk runs in.
const ROWS: u16 = 40;
const COLUMNS: u16 = 120;

/// How long any one expectation may take before the test fails with the screen.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The desk in a pseudo-terminal: its screen, every byte it wrote, and the keyboard.
struct Desk {
    parser: vt100::Parser,
    raw: Vec<u8>,
    output: Receiver<Vec<u8>>,
    keyboard: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Desk {
    /// Starts `cmdeck --db DB` in a 120×40 pseudo-terminal with `home` as its environment.
    fn spawn(home: &Home) -> Desk {
        let pair = portable_pty::native_pty_system()
            .openpty(portable_pty::PtySize {
                rows: ROWS,
                cols: COLUMNS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut command = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_cmdeck"));
        command.args(["--db", home.db.to_str().unwrap()]);
        command.env("HOME", home.dir.path());
        command.env("XDG_CONFIG_HOME", home.dir.path().join("config"));
        command.env("XDG_DATA_HOME", home.dir.path().join("data"));
        command.env("TERM", "xterm-256color");
        command.env("TZ", "UTC");
        command.env_remove("NO_COLOR");
        command.cwd(home.dir.path());
        let child = pair.slave.spawn_command(command).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let (sender, output) = mpsc::channel();
        thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n @ 1..) = reader.read(&mut buffer) {
                if sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Desk {
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(ROWS).unwrap(),
                std::num::NonZeroU16::new(COLUMNS).unwrap(),
                0,
            ),
            raw: Vec::new(),
            output,
            keyboard: pair.master.take_writer().unwrap(),
            child,
            _master: pair.master,
        }
    }

    /// Reads output until the screen shows all of `texts`; fails with the screen after the timeout.
    #[track_caller]
    fn wait_for(&mut self, texts: &[&str]) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let screen = self.parser.screen().contents();
            if texts.iter().all(|text| screen.contains(text)) {
                return;
            }
            match self
                .output
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    panic!("waited for {texts:?}; the screen is:\n{screen}")
                }
            }
        }
    }

    /// Types `keys`.
    fn press(&mut self, keys: &str) {
        self.keyboard.write_all(keys.as_bytes()).unwrap();
        self.keyboard.flush().unwrap();
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// What the desk's own escape sequences never are, but the corpus's would be if they got through.
const PAYLOADS: [&[u8]; 6] = [
    b"\x1b[31mrojo",
    b"\x1b]0;title",
    b"\x07",
    b"\x1b[2J\x1b[Hlimpia",
    "\u{9b}".as_bytes(),
    "\u{200B}".as_bytes(),
];

#[test]
fn every_pane_of_the_desk_in_both_faces_draws_the_hostile_corpus_without_its_controls() {
    let home = hostile_home();
    let mut desk = Desk::spawn(&home);
    // The agenda starts today, so a planned post (an odd one of the corpus) shows it is drawn.
    desk.wait_for(&["Calendar — agenda from"]);
    for (key, shows) in [
        ("1", ["Calendar — agenda from", "]0;title"]),
        ("2", ["Inbox — needs an answer", "[31mrojo"]),
        ("3", ["Mentions — new, negative first", "[31mrojo"]),
        ("4", ["Prescriptors", "[31mrojo"]),
        ("5", ["Reports", "Reports"]),
    ] {
        desk.press(key);
        desk.wait_for(&shows);
        desk.press("S");
        desk.wait_for(&["◆ STRATEGY"]);
        desk.press("S");
        desk.wait_for(&[shows[0]]);
    }
    desk.press("q");
    for payload in PAYLOADS {
        assert!(
            !desk.raw.windows(payload.len()).any(|w| w == payload),
            "the desk wrote {payload:?}"
        );
    }
    let shown = String::from_utf8_lossy(&desk.raw).replace("👩\u{200D}🍳", "");
    for c in FORBIDDEN.iter().skip(2).chain(&['\u{200D}']) {
        assert!(!shown.contains(*c), "the desk wrote {c:?}");
    }
}

#[test]
fn a_line_separator_in_a_message_does_not_shift_its_inbox_row() {
    let mut app = common::demo_app();
    for body in ["prueba\u{2028}columnas\u{2029}fin", "prueba columnas fin"] {
        app.db
            .write(|tx| {
                tx.execute(
                    "INSERT INTO messages (channel_id, kind, author, body, received_at, status) \
                     VALUES (1, 'dm', 'Separadora', ?1, '2026-11-23T09:59:00Z', 'new')",
                    [body],
                )
            })
            .unwrap();
    }
    common::press(&mut app, crossterm::event::KeyCode::Char('2'));
    let screen = common::screen(&app);
    let rows: Vec<String> = screen
        .lines()
        .filter(|row| row.contains("Separadora"))
        .map(|row| row.replace(['▶', '│'], " ").trim().to_string())
        .collect();
    assert_eq!(rows.len(), 2, "{screen}");
    assert!(!screen.contains(['\u{2028}', '\u{2029}']), "{screen}");
    assert_eq!(rows[0], rows[1], "{screen}");
    assert!(rows[0].contains("prueba columnas fin"), "{screen}");
}
