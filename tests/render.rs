//! Rendering snapshots: every pane in both faces on a fixed 120×40 test backend, over the demo
//! brand at a fixed instant, plus the styles that carry meaning.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::panes::Tab;
use common::{demo_app, draw, empty_app, now, press, screen};
use crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

fn snapshot_of(tab: Tab, strategy: bool) -> String {
    let mut app = demo_app();
    app.tab = tab;
    app.strategy = strategy;
    app.update(cmdeck::app::AppEvent::Tick(now()));
    screen(&app)
}

#[test]
fn calendar_execution_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Calendar, false));
}

#[test]
fn calendar_strategy_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Calendar, true));
}

#[test]
fn inbox_execution_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Inbox, false));
}

#[test]
fn inbox_strategy_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Inbox, true));
}

#[test]
fn mentions_execution_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Mentions, false));
}

#[test]
fn mentions_strategy_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Mentions, true));
}

#[test]
fn prescriptors_execution_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Prescriptors, false));
}

#[test]
fn prescriptors_strategy_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Prescriptors, true));
}

#[test]
fn reports_execution_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Reports, false));
}

#[test]
fn reports_strategy_face() {
    insta::assert_snapshot!(snapshot_of(Tab::Reports, true));
}

#[test]
fn help_overlay_lists_the_live_key_map() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn an_empty_database_shows_the_welcome_screen() {
    insta::assert_snapshot!(screen(&empty_app()));
}

#[test]
fn a_person_profile_shows_handles_activity_and_the_log() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(screen(&app));
}

fn row_containing(buffer: &ratatui::buffer::Buffer, needle: &str) -> u16 {
    let width = buffer.area.width;
    (0..buffer.area.height)
        .find(|y| {
            (0..width)
                .map(|x| buffer[(x, *y)].symbol().to_string())
                .collect::<String>()
                .contains(needle)
        })
        .unwrap_or_else(|| panic!("no row contains {needle:?}"))
}

#[test]
fn the_selected_row_is_reversed_and_marked_without_colour() {
    let app = demo_app();
    let buffer = draw(&app);
    let y = row_containing(&buffer, "▶");
    assert!(buffer[(3, y)].modifier.contains(Modifier::REVERSED));
    let other = y + 1;
    assert!(!buffer[(3, other)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn overdue_posts_and_negative_counts_are_drawn_in_red_with_a_symbol() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('j'));
    let buffer = draw(&app);
    let y = row_containing(&buffer, "⚠ overdue");
    let x = (0..buffer.area.width)
        .find(|x| buffer[(*x, y)].symbol() == "⚠")
        .unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    let status = buffer.area.height - 1;
    let negative = (0..buffer.area.width)
        .map(|x| buffer[(x, status)].symbol().to_string())
        .collect::<String>();
    assert!(negative.contains("negative)"), "{negative}");
}

#[test]
fn strategy_mode_is_marked_in_the_tab_bar_and_the_pane_title() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('S'));
    let text = screen(&app);
    let mut lines = text.lines();
    assert!(lines.next().unwrap().contains("◆ STRATEGY"));
    assert!(lines.next().unwrap().contains("◆ STRATEGY · Calendar"));
    let buffer = draw(&app);
    assert_eq!(buffer[(1, 1)].fg, Color::Magenta);
}

#[test]
fn no_color_draws_meaning_with_symbols_and_modifiers_only() {
    let mut app = demo_app();
    app.color = false;
    let buffer = draw(&app);
    assert!(
        buffer
            .content
            .iter()
            .all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset)
    );
    let text = screen(&app);
    assert!(text.contains("⚠ overdue"));
    assert!(text.contains("▶"));
}

#[test]
fn hostile_text_in_the_data_never_reaches_the_screen_raw() {
    let mut app = demo_app();
    app.db
        .write(|tx| {
            tx.execute(
                "UPDATE messages SET author = ?1, body = ?2 WHERE id = (SELECT MIN(id) FROM messages WHERE status = 'new')",
                ["@evil\u{1b}[2J\u{202E}", "hola\u{1b}]0;pwned\u{7}\u{9b}31m\u{200B}adiós\nlínea"],
            )
        })
        .unwrap();
    app.panes.invalidate();
    press(&mut app, KeyCode::Char('2'));
    let buffer = draw(&app);
    for cell in buffer.content.iter() {
        for c in cell.symbol().chars() {
            assert!(
                !c.is_control(),
                "control character {c:?} reached the screen"
            );
            assert!(
                !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}'),
                "{c:?} reached the screen"
            );
        }
    }
}

#[test]
fn inbox_reply_editor_with_the_saved_replies() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    app.update(cmdeck::app::AppEvent::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('t'),
        crossterm::event::KeyModifiers::CONTROL,
    )));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn inbox_with_two_messages_selected_for_a_bulk_action() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char(' '));
    let text = screen(&app);
    assert!(text.contains("2 selected"));
    assert_eq!(text.matches('●').count(), 2);
}

/// The column where `header` starts on the list's header row.
fn header_column(screen: &str, header: &str) -> Option<usize> {
    screen.lines().find_map(|line| {
        line.find(&format!(" {header}"))
            .map(|byte| line[..byte].chars().count() + 1)
    })
}

#[test]
fn at_80_by_24_every_list_keeps_thirty_cells_of_text_and_forms_keep_their_hints() {
    let mut app = demo_app();
    app.update(cmdeck::app::AppEvent::Resize(80, 24));
    for (key, header) in [
        ('1', "Post"),
        ('2', "Message"),
        ('3', "Mention"),
        ('4', "Handles"),
    ] {
        press(&mut app, KeyCode::Char(key));
        let shown = screen(&app);
        let start = header_column(&shown, header)
            .unwrap_or_else(|| panic!("no {header} column at 80×24:\n{shown}"));
        assert!(
            80 - 1 - start >= 30,
            "the {header} column keeps {} cells at 80×24:\n{shown}",
            80 - 1 - start
        );
    }
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('n'));
    let form = screen(&app);
    assert!(
        form.contains("Ctrl-s saves"),
        "the composer keeps its hint line at 80×24:\n{form}"
    );
}

/// The demo desk speaking Spanish, sized `columns`×`rows`.
fn spanish_demo_app(columns: u16, rows: u16) -> cmdeck::app::App {
    let mut app = demo_app();
    app.set_lang(cmdeck::i18n::Lang::Es);
    app.update(cmdeck::app::AppEvent::Resize(columns, rows));
    app.update(cmdeck::app::AppEvent::Tick(now()));
    app
}

/// Asserts that no message of the frame's catalogue (`app-…`) was asked for and missing.
fn assert_no_app_message_is_missing() {
    let missing: Vec<String> = cmdeck::i18n::missing_messages()
        .into_iter()
        .filter(|line| line.contains(": app-"))
        .collect();
    assert!(missing.is_empty(), "missing messages: {missing:?}");
}

/// The tab bar and the status line of `app`'s screen.
fn chrome_lines(app: &cmdeck::app::App) -> String {
    let shown = screen(app);
    let lines: Vec<&str> = shown.lines().collect();
    format!(
        "{}\n{}",
        lines.first().copied().unwrap_or_default(),
        lines.last().copied().unwrap_or_default()
    )
}

#[test]
fn the_spanish_tab_bar_and_status_line_fit_120_and_80_columns_in_both_faces() {
    let mut shown = Vec::new();
    for (columns, rows) in [(120, 40), (80, 24)] {
        let mut app = spanish_demo_app(columns, rows);
        shown.push(chrome_lines(&app));
        press(&mut app, KeyCode::Char('S'));
        shown.push(chrome_lines(&app));
        for line in chrome_lines(&app).lines() {
            assert!(
                line.chars().count() <= usize::from(columns),
                "{line} is wider than {columns}"
            );
        }
        assert!(shown.last().unwrap().contains("◆ ESTRATEGIA (S)"));
    }
    assert_no_app_message_is_missing();
    insta::assert_snapshot!(shown.join("\n\n"));
}

#[test]
fn the_spanish_help_overlay_lists_the_live_key_map() {
    let mut app = spanish_demo_app(120, 40);
    press(&mut app, KeyCode::Char('?'));
    let shown = screen(&app);
    assert_no_app_message_is_missing();
    insta::assert_snapshot!(shown);
}

#[test]
fn the_spanish_help_overlay_of_a_form_at_80_by_24() {
    let mut app = spanish_demo_app(80, 24);
    press(&mut app, KeyCode::Char('C'));
    press(&mut app, KeyCode::F(1));
    let shown = screen(&app);
    assert_no_app_message_is_missing();
    insta::assert_snapshot!(shown);
}

#[test]
fn an_empty_database_shows_the_welcome_screen_in_spanish() {
    for (columns, rows) in [(120, 40), (80, 24)] {
        let mut app = empty_app();
        app.set_lang(cmdeck::i18n::Lang::Es);
        app.update(cmdeck::app::AppEvent::Resize(columns, rows));
        insta::assert_snapshot!(format!("welcome_{columns}x{rows}"), screen(&app));
    }
    assert_no_app_message_is_missing();
}

#[test]
fn a_spanish_confirmation_answers_with_the_live_keys() {
    let mut app = spanish_demo_app(120, 40);
    press(&mut app, KeyCode::Char('d'));
    let shown = screen(&app);
    assert!(
        shown.contains("sí   ·   otra tecla: no   ·   u deshace"),
        "{shown}"
    );
    assert_no_app_message_is_missing();
    insta::assert_snapshot!(shown);
    press(&mut app, KeyCode::Char('n'));
    assert!(screen(&app).contains("No se ha cambiado nada."));
}

#[test]
fn the_spanish_crisis_form_then_its_checklist_and_the_status_line_counter() {
    let mut app = spanish_demo_app(120, 40);
    press(&mut app, KeyCode::Char('C'));
    let form = screen(&app);
    app.update(cmdeck::app::AppEvent::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('s'),
        crossterm::event::KeyModifiers::CONTROL,
    )));
    let checklist = screen(&app);
    press(&mut app, KeyCode::Esc);
    let open = chrome_lines(&app);
    assert!(open.contains("⛑ CRISIS nivel 1 (C)"), "{open}");
    press(&mut app, KeyCode::Char('u'));
    let undone = chrome_lines(&app);
    assert!(undone.contains("Deshecho: abrir la crisis"), "{undone}");
    assert_no_app_message_is_missing();
    insta::assert_snapshot!(format!("{form}\n\n{checklist}\n\n{open}\n\n{undone}"));
}

#[test]
fn the_spanish_import_form_and_the_refusal_of_a_missing_file() {
    let mut app = spanish_demo_app(80, 24);
    press(&mut app, KeyCode::Char('I'));
    let form = screen(&app);
    for c in "/no/such/export.csv".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    app.update(cmdeck::app::AppEvent::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('s'),
        crossterm::event::KeyModifiers::CONTROL,
    )));
    let refused = screen(&app);
    assert!(refused.contains("No se ha importado nada."), "{refused}");
    assert_no_app_message_is_missing();
    insta::assert_snapshot!(format!("{form}\n\n{refused}"));
}
