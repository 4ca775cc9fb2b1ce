//! The form's keys: typing, choosing, ticking, the editor, errors.

use super::*;
use crate::keymap::{Keymap, Scope};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key press as the form layer of the default key map reads it.
fn key(code: KeyCode) -> Input {
    with(code, KeyModifiers::NONE)
}

fn with(code: KeyCode, modifiers: KeyModifiers) -> Input {
    Keymap::defaults().input(&[Scope::Form], KeyEvent::new(code, modifiers))
}

fn sample() -> Form {
    Form::new(
        "Sample",
        vec![
            FormField::text("date", "Date", "2026-11-"),
            FormField::choice(
                "status",
                "Status",
                vec![(Some(1), "draft".into()), (Some(2), "scheduled".into())],
                Some(1),
            ),
            FormField::checklist(
                "channels",
                "Channels",
                vec![(7, "X".into()), (8, "IG".into())],
                &[7],
            ),
            FormField::editor("body", "Text", "hola"),
        ],
    )
}

#[test]
fn typing_edits_the_focused_text_field_and_tab_moves_on() {
    let mut form = sample();
    form.handle_key(key(KeyCode::Char('2')));
    form.handle_key(key(KeyCode::Char('4')));
    assert_eq!(form.text("date"), "2026-11-24");
    form.handle_key(key(KeyCode::Backspace));
    assert_eq!(form.text("date"), "2026-11-2");
    form.handle_key(key(KeyCode::Tab));
    form.handle_key(key(KeyCode::Right));
    assert_eq!(form.choice("status"), Some(2));
    assert_eq!(form.choice_label("status"), "scheduled");
}

#[test]
fn space_ticks_the_option_under_the_cursor_of_a_checklist() {
    let mut form = sample();
    form.focus = 2;
    form.handle_key(key(KeyCode::Right));
    form.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(form.ticked("channels"), vec![7, 8]);
    form.handle_key(key(KeyCode::Left));
    form.handle_key(key(KeyCode::Char(' ')));
    assert_eq!(form.ticked("channels"), vec![8]);
}

#[test]
fn the_editor_takes_enter_as_a_new_line_and_ctrl_s_saves() {
    let mut form = sample();
    form.focus = 3;
    form.handle_key(key(KeyCode::End));
    form.handle_key(key(KeyCode::Char('!')));
    form.handle_key(key(KeyCode::Enter));
    form.handle_key(key(KeyCode::Char('☕')));
    assert_eq!(form.text("body"), "hola!\n☕");
    assert_eq!(
        form.handle_key(with(KeyCode::Char('s'), KeyModifiers::CONTROL)),
        FormAction::Save
    );
    assert_eq!(form.handle_key(key(KeyCode::Esc)), FormAction::Cancel);
}

#[test]
fn errors_mark_their_fields_and_focus_the_first() {
    let mut form = sample();
    form.focus = 3;
    form.set_errors(&[("date", "“2026-02-30” is not a date that exists".into())]);
    assert_eq!(form.focus, 0);
    assert!(form.fields[0].error.is_some());
    form.handle_key(key(KeyCode::Char('x')));
    assert!(
        form.fields[0].error.is_none(),
        "editing a field clears its error"
    );
}

#[test]
fn a_long_mistake_wraps_under_its_field_and_is_read_whole() {
    let mut form = sample();
    let why = "`lunes 9-18` has a time that is not valid, `9`: write it as HH:MM, from 00:00 to 23:59, for each day or range of days you answer on";
    form.set_errors(&[("date", why.to_string())]);
    let clock = crate::clock::Clock::fixed(chrono::Utc::now());
    let text = crate::ui::testing::screen(80, 24, clock, false, |ctx, area, buf| {
        ratatui::widgets::Widget::render(FormView::new(&form, ctx.theme, ctx.keys), area, buf)
    });
    let shown: String = text
        .lines()
        .map(|line| line.trim_matches(|c: char| c == '│' || c.is_whitespace()))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        shown.contains("for each day or range of days you answer on"),
        "{text}"
    );
    assert!(
        text.contains("Status"),
        "the next field still follows:\n{text}"
    );
}
