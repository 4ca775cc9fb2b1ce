//! The exported report read back with a CommonMark + GFM-tables parser: every table has the
//! expected rows and columns, hostile strings come back as plain text in the right cell, no raw
//! HTML survives and every link is http or https. Also `cmdeck report` and `cmdeck export` on
//! the real binary.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use cmdeck::analytics::response::ResponseCount;
use cmdeck::clock::Clock;
use cmdeck::db::Db;
use cmdeck::report::ReportRequest;
use common::home::Home;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A post body, a competitor, a rule and a note that try to break the report.
const HOSTILE_BODY: &str =
    "a | b\n<script>alert(1)</script> `tick` [x](javascript:y) @ana #12 \u{1b}[31mred";
const HOSTILE_NAME: &str = "Rival | <b>Co</b> @boss";
const HOSTILE_NOTE: &str = "- won @team #7 <img src=x onerror=alert(1)> **yes**";

fn dataset() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    let sql = include_str!("data/known_week.sql");
    db.write(|tx| {
        tx.execute_batch(sql)?;
        tx.execute(
            "UPDATE posts SET body = ?1, url = 'javascript:alert(1)' WHERE id = 1",
            [HOSTILE_BODY],
        )?;
        tx.execute(
            "UPDATE posts SET url = 'https://example.com/p?a=1&b=(2)' WHERE id = 2",
            [],
        )?;
        tx.execute("UPDATE competitors SET name = ?1 WHERE id = 1", [HOSTILE_NAME])?;
        tx.execute(
            "INSERT INTO week_notes (iso_week, victories, notes) VALUES ('2026-W47', ?1, 'plain note')",
            [HOSTILE_NOTE],
        )?;
        Ok(())
    })
    .unwrap();
    db
}

fn markdown(db: &Db) -> String {
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap());
    let first = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
    let report = db
        .report(&ReportRequest {
            first,
            last: first + chrono::Duration::days(6),
            today: clock.today(),
            count: ResponseCount { hours: None, clock },
            target_minutes: 60,
        })
        .unwrap();
    cmdeck::report::to_markdown(&report, &clock)
}

/// What a reader sees: tables as rows of cell texts, and every HTML bit and link target.
#[derive(Default)]
struct Read {
    tables: Vec<Vec<Vec<String>>>,
    html: Vec<String>,
    links: Vec<String>,
    items: Vec<String>,
}

fn read(text: &str) -> Read {
    let mut read = Read::default();
    let mut cell: Option<String> = None;
    let mut item: Option<String> = None;
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => read.tables.push(Vec::new()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                if let Some(table) = read.tables.last_mut() {
                    table.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let text = cell.take().unwrap_or_default().replace('\u{2060}', "");
                if let Some(row) = read.tables.last_mut().and_then(|t| t.last_mut()) {
                    row.push(text);
                }
            }
            Event::Start(Tag::Item) => item = Some(String::new()),
            Event::End(TagEnd::Item) => read
                .items
                .push(item.take().unwrap_or_default().replace('\u{2060}', "")),
            Event::Start(Tag::Link { dest_url, .. }) => read.links.push(dest_url.to_string()),
            Event::Html(html) | Event::InlineHtml(html) => read.html.push(html.to_string()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&t);
                } else if let Some(item) = item.as_mut() {
                    item.push_str(&t);
                }
            }
            _ => {}
        }
    }
    read
}

fn table_with<'a>(read: &'a Read, header: &str) -> &'a Vec<Vec<String>> {
    read.tables
        .iter()
        .find(|t| t.first().and_then(|h| h.first()).map(String::as_str) == Some(header))
        .unwrap_or_else(|| panic!("no table headed {header}"))
}

#[test]
fn every_table_has_its_rows_and_columns() {
    let read = read(&markdown(&dataset()));
    let shapes: Vec<(&str, usize, usize)> = vec![
        ("Objective", 17, 7),
        ("Channel", 4, 4),
        ("Pillar", 2, 4),
        ("Figure", 5, 4),
        ("#", 3, 7),
        ("Rule", 3, 5),
        ("Sentiment", 4, 3),
        ("Voice", 3, 3),
        ("Campaign", 2, 7),
    ];
    for (header, rows, columns) in shapes {
        let table = table_with(&read, header);
        assert_eq!(table.len(), rows, "{header}: {table:?}");
        assert!(
            table.iter().all(|row| row.len() == columns),
            "{header}: {table:?}"
        );
    }
    let trends = read
        .tables
        .iter()
        .find(|t| t.get(1).and_then(|r| r.first()).map(String::as_str) == Some("posts published"))
        .expect("the trends table");
    assert_eq!(trends.len(), 8);
    assert_eq!(trends[1][1].chars().count(), 8, "eight weeks of sparkline");
}

#[test]
fn hostile_text_comes_back_as_plain_text_in_its_cell() {
    let read = read(&markdown(&dataset()));
    let top = table_with(&read, "#");
    let expected_body = "a | b <script>alert(1)</script> `tick` [x](javascript:y) @ana #12 [31mred";
    assert_eq!(top[1][3], expected_body, "{top:?}");
    assert_eq!(top[1][6], "—", "a javascript: link is not kept");
    assert_eq!(top[2][6], "open");
    let voices = table_with(&read, "Voice");
    assert_eq!(voices[2][0], HOSTILE_NAME);
    assert!(read.html.is_empty(), "raw HTML survived: {:?}", read.html);
    assert_eq!(
        read.links,
        vec!["https://example.com/p?a=1&b=(2)".to_string()]
    );
    assert!(
        read.items
            .iter()
            .any(|i| i == "won @team #7 <img src=x onerror=alert(1)> **yes**"),
        "{:?}",
        read.items
    );
}

#[test]
fn mentions_and_issue_numbers_cannot_ping_once_pasted() {
    let text = markdown(&dataset());
    for raw in ["@ana", "#12", "@team", "#7", "@boss"] {
        assert!(!text.contains(raw), "{raw} would ping");
    }
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn cmdeck_report_writes_the_demo_week_and_export_writes_every_table() {
    let home = Home::with_demo();
    let run = home.run(&["report", "--week", "2026-W47", "--out", "reports/w47.md"]);
    assert!(run.status.success(), "{}", common::home::text(&run.stderr));
    let written = home.read("reports/w47.md");
    assert!(written.starts_with("# Café La Ñora — report for 2026-W47 (16 Nov – 22 Nov 2026)"));
    assert!(read(&written).html.is_empty());
    let bad = home.run(&["report", "--week", "2026-W60"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(common::home::text(&bad.stderr).contains("2026-W60"));
    let range = home.run(&[
        "report",
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-30",
        "--out",
        "q.md",
    ]);
    assert!(
        range.status.success(),
        "{}",
        common::home::text(&range.stderr)
    );
    assert!(
        home.read("q.md")
            .contains("report for 2026-10-01 to 2026-11-30")
    );
    let run = home.run(&["export", "--format", "csv", "--out", "export"]);
    assert!(run.status.success(), "{}", common::home::text(&run.stderr));
    let dir = home.dir.path().join("export");
    let mut reader = csv::Reader::from_path(dir.join("posts.csv")).unwrap();
    assert!(reader.headers().unwrap().iter().any(|h| h == "body"));
    assert_eq!(reader.records().count() as i64, home.count("posts"));
    let run = home.run(&["export", "--format", "json", "--out", "export"]);
    assert!(run.status.success());
    let mentions: serde_json::Value =
        serde_json::from_str(&home.read("export/mentions.json")).unwrap();
    assert_eq!(
        mentions.as_array().map(Vec::len),
        Some(home.count("mentions") as usize)
    );
}

#[test]
fn cmdeck_report_writes_its_charts_beside_the_markdown_and_links_each_with_a_relative_address() {
    let home = Home::with_demo();
    let run = home.run(&["report", "--week", "2026-W47", "--out", "reports/w47.md"]);
    assert!(run.status.success(), "{}", common::home::text(&run.stderr));
    let said = common::home::text(&run.stdout);
    assert!(said.contains("charts in"), "{said}");
    let written = home.read("reports/w47.md");
    let mut images = Vec::new();
    for event in Parser::new_ext(&written, Options::ENABLE_TABLES) {
        if let Event::Start(Tag::Image { dest_url, .. }) = event {
            images.push(dest_url.to_string());
        }
    }
    assert!(images.len() >= 5, "{images:?}");
    for image in &images {
        assert!(
            image.starts_with("w47-charts/") && image.ends_with(".svg"),
            "relative to the Markdown file: {image}"
        );
        let svg = home.read(&format!("reports/{image}"));
        assert!(
            svg.starts_with("<svg"),
            "{image}: {}",
            &svg[..svg.len().min(80)]
        );
        let mut reader = quick_xml::Reader::from_str(&svg);
        reader.config_mut().check_end_names = true;
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(error) => panic!("{image} is not well-formed XML: {error}"),
            }
        }
    }
    assert!(read(&written).html.is_empty(), "still no raw HTML");
}
