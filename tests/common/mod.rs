//! Shared fixtures for the integration tests: the demo desk at a fixed instant, key presses, screens.

#![allow(dead_code)]

pub mod home;

use chrono::{DateTime, TimeZone, Utc};
use cmdeck::app::{App, AppEvent};
use cmdeck::clock::Clock;
use cmdeck::config::Config;
use cmdeck::db::Db;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// Monday 23 November 2026, 10:00 UTC: the instant every test lives in.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

/// The demo brand in memory, opened on a 120×40 desk at `now()`, shown in UTC.
pub fn demo_app() -> App {
    let mut db = Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, now()).unwrap();
    App::new(db, &Config::default(), Clock::fixed(now()), (120, 40))
}

/// An empty database on a 120×40 desk.
pub fn empty_app() -> App {
    App::new(
        Db::open_in_memory().unwrap(),
        &Config::default(),
        Clock::fixed(now()),
        (120, 40),
    )
}

/// Presses a key, as the input thread would deliver it.
pub fn press(app: &mut App, code: KeyCode) {
    let modifiers = match code {
        KeyCode::Char(c) if c.is_ascii_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    app.update(AppEvent::Key(KeyEvent::new(code, modifiers)));
}

/// Types each character of `text` as a key press.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Draws the app on a test backend of the app's size and returns the buffer.
pub fn draw(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal
        .draw(|frame| cmdeck::app::render(app, frame))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, trailing spaces trimmed.
pub fn screen(app: &App) -> String {
    let buffer = draw(app);
    let width = buffer.area.width as usize;
    let symbols: Vec<&str> = buffer.content.iter().map(|cell| cell.symbol()).collect();
    symbols
        .chunks(width)
        .map(|row| row.concat().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Presses a key with Ctrl held.
pub fn ctrl(app: &mut App, c: char) {
    app.update(AppEvent::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

/// Runs a query that returns one number on the app's database.
pub fn count(app: &mut App, sql: &str) -> i64 {
    app.db
        .write(|tx| tx.query_row(sql, [], |row| row.get(0)))
        .unwrap()
}
