//! Draws the whole screen from the app: the tab bar, the current pane's view in the face the mode
//! asks for, the status line and whatever is open over them (plan, fetch log, crisis, import,
//! question, help). A function of the app's state only.

mod chrome;
mod crisis;
mod import;
mod overlays;

use super::{App, Overlay};
use crate::panes::Tab;
use crate::panes::calendar::CalendarPaneView;
use crate::panes::inbox::InboxPaneView;
use crate::panes::mentions::MentionsPaneView;
use crate::panes::people::PeoplePaneView;
use crate::panes::plan::PlanView;
use crate::panes::reports::ReportsPaneView;
use crate::ui::{Confirm, Theme, ViewContext};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::Widget;

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame<'_>) {
    let theme = Theme::new(app.color).speaking(app.lang);
    let ctx = ViewContext {
        theme: &theme,
        keys: &app.keymap,
        clock: &app.clock,
        strategy: app.strategy,
        sentiment: &app.sentiment,
        lang: app.lang,
    };
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    let buf = frame.buffer_mut();
    chrome::tab_bar(app, &theme, buf, tabs);
    if app.welcome {
        overlays::welcome(app, &theme, buf, body);
    } else {
        let panes = &app.panes;
        match app.tab {
            Tab::Calendar => CalendarPaneView::new(&panes.calendar, ctx).render(body, buf),
            Tab::Inbox => InboxPaneView::new(&panes.inbox, ctx).render(body, buf),
            Tab::Mentions => MentionsPaneView::new(&panes.mentions, ctx).render(body, buf),
            Tab::Prescriptors => PeoplePaneView::new(&panes.people, ctx).render(body, buf),
            Tab::Reports => ReportsPaneView::new(&panes.reports, ctx).render(body, buf),
        }
    }
    if let Some(screen) = &app.plan {
        PlanView::new(screen, ctx).render(body, buf);
    }
    chrome::status_line(app, &theme, buf, status);
    overlays::fetch_log(app, &theme, buf);
    crisis::render(app, &theme, buf);
    import::render(app, &theme, buf);
    if let Some((question, _)) = &app.confirm {
        Confirm {
            question,
            theme: &theme,
            keys: &app.keymap,
            lang: app.lang,
        }
        .render(body, buf);
    }
    if let Some(Overlay::Help { scroll, over }) = app.overlay {
        overlays::help(app, &theme, buf, scroll, over);
    }
}
