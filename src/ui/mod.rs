//! Draws the app: tab bar, the pane's face, status line and overlays. A pure function of `App`.

mod chrome;
mod crisis;
mod form;
pub mod format;
pub mod hints;
mod overlays;
mod panes;
mod plan;
mod theme;
mod widgets;

pub use theme::Theme;

use crate::app::{App, Overlay};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};

/// Rows taken by everything but the list rows: tab bar, status line, borders, header.
const CHROME_ROWS: u16 = 5;

/// How many list rows fit in a terminal `rows` tall.
pub fn list_height(rows: u16) -> usize {
    usize::from(rows.saturating_sub(CHROME_ROWS).max(1))
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame<'_>) {
    let theme = Theme::new(app.color);
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    chrome::tab_bar(app, &theme, frame, tabs);
    if app.welcome {
        overlays::welcome(app, &theme, frame, body);
    } else {
        panes::render(app, &theme, frame, body);
    }
    if let Some(screen) = &app.plan {
        plan::render(screen, &theme, &app.keymap, frame, body);
    }
    chrome::status_line(app, &theme, frame, status);
    overlays::fetch_log(app, &theme, frame);
    crisis::render(app, &theme, frame);
    if let Some((question, _)) = &app.confirm {
        form::confirm(frame, &theme, &app.keymap, question);
    }
    if let Some(Overlay::Help { scroll, over }) = app.overlay {
        overlays::help(app, &theme, frame, scroll, over);
    }
}
