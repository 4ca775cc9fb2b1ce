//! Draws the pane on the current tab, in the face the mode asks for.

mod calendar;
mod inbox;
mod inbox_overlays;
mod mentions;
mod people;
mod report_lines;
mod report_more;
mod reports;

use super::Theme;
use crate::app::App;
use crate::panes::Tab;
use ratatui::Frame;
use ratatui::layout::Rect;

/// Draws the current pane into `area`.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame<'_>, area: Rect) {
    match app.tab {
        Tab::Calendar => calendar::render(app, theme, frame, area),
        Tab::Inbox => inbox::render(app, theme, frame, area),
        Tab::Mentions => mentions::render(app, theme, frame, area),
        Tab::Prescriptors => people::render(app, theme, frame, area),
        Tab::Reports => reports::render(app, theme, frame, area),
    }
}
