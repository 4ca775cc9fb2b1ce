//! Rendering snapshots of the calendar's views, form and heat map on a fixed 120×40 test backend.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{demo_app, draw, press, screen, type_text};
use crossterm::event::KeyCode;
use ratatui::style::Color;

#[test]
fn calendar_week_view() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('v'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn calendar_month_view() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('v'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn calendar_compose_form_with_length_counters() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Tab);
    type_text(
        &mut app,
        "¡Nuevo microlote de Etiopía! ☕ Notas de jazmín y melocotón.",
    );
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn calendar_best_time_heat_map() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn an_over_limit_counter_is_red_and_says_by_how_much() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, &"☕".repeat(285));
    let text = screen(&app);
    assert!(text.contains("285/280 ✕ 5 over"), "{text}");
    let buffer = draw(&app);
    let width = buffer.area.width;
    let y = (0..buffer.area.height)
        .find(|y| {
            (0..width)
                .map(|x| buffer[(x, *y)].symbol().to_string())
                .collect::<String>()
                .contains("285/280")
        })
        .unwrap();
    let x = (0..width)
        .find(|x| buffer[(*x, y)].symbol() == "✕")
        .unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Red);
}
