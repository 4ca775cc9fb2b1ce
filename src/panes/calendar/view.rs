//! The Calendar pane: agenda, week and month views around a cursor day, a post's detail, the
//! forms and the best-time heat map (execution); campaigns, pillar mix and channel pace (strategy).

mod extras;
mod grid;
mod strategy;

use super::CalendarPane;
use crate::command::Command;
use crate::domain::rows::PostRow;
use crate::keymap::Scope;
use crate::panes::calendar::View;
use crate::panes::list_view::{list_table, strategy_face};
use crate::ui::PaneView;
use crate::ui::Theme;
use crate::ui::format::{count, percent};
use crate::ui::hints::{Hints, key};
use crate::ui::widgets::{Column, ListLook, cell, detail, field, pane_block};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The Calendar pane's view, drawn in the face the context asks for, with its forms and overlays.
pub type CalendarPaneView<'a> = PaneView<'a, CalendarPane>;

impl Widget for CalendarPaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(&self, self.ctx.theme, buf, area);
    }
}

/// Draws the Calendar in the current face.
fn draw(view: &CalendarPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    if view.ctx.strategy {
        strategy_face(
            buf,
            area,
            "Calendar — campaigns, pillar mix, channel pace",
            &pane.strategy,
            theme,
            strategy::strategy_lines,
        );
        return;
    }
    let title = title(view);
    match pane.view {
        View::Agenda => agenda(view, theme, buf, area, &title),
        View::Week => grid::week(view, theme, buf, area, &title),
        View::Month => grid::month(view, theme, buf, area, &title),
    }
    if pane.show_heatmap {
        extras::heatmap(view, theme, buf);
    }
    if let Some(form) = &pane.form {
        extras::form(view, theme, buf, form);
    }
}

fn title(view: &CalendarPaneView<'_>) -> String {
    let pane = view.pane;
    let cursor = pane
        .cursor
        .map(|d| d.format("%a %d %b %Y").to_string())
        .unwrap_or_default();
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        format!(" · only {}", pane.filter_label)
    };
    let keys = Hints::new(view.ctx.keys, Scope::Calendar)
        .key(Command::CycleView, "view")
        .key(Command::New, "new")
        .scope(Scope::Global)
        .key(Command::Help, "keys")
        .join(", ");
    format!(
        "Calendar — {} from {cursor}{filter} · {keys}",
        pane.view.name()
    )
}

/// The status of a post as a styled cell: overdue, too close to another, evergreen.
pub(crate) fn status_span(
    view: &CalendarPaneView<'_>,
    post: &PostRow,
    theme: &Theme,
) -> Span<'static> {
    if post.status == crate::domain::PostStatus::Scheduled && view.pane.posts_paused {
        Span::styled(format!("{:<11}", "⏸ paused"), theme.warn())
    } else if post.is_overdue(view.ctx.clock.now) {
        Span::styled(format!("{:<11}", "⚠ overdue"), theme.alert())
    } else {
        let text = format!("{} {}", post.status.symbol(), post.status);
        Span::styled(format!("{text:<11}"), theme.post_status(post.status))
    }
}

/// Markers after a post: `⇆` too close to another post on the channel, `♻` evergreen.
pub(crate) fn markers(view: &CalendarPaneView<'_>, post: &PostRow) -> String {
    let mut marks = String::new();
    if view.pane.too_close.contains(&post.id) {
        marks.push('⇆');
    }
    if post.evergreen {
        marks.push('♻');
    }
    marks
}

fn agenda(view: &CalendarPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect, title: &str) {
    let list = &view.pane.agenda;
    if list.detail
        && let Some(post) = list.selected_row()
    {
        detail(
            buf,
            area,
            pane_block("Calendar — post", false, theme),
            post_detail(view, post, theme),
        );
        return;
    }
    let columns = [
        Column::fixed("When", 16),
        Column::fixed("Channel", 22).narrows_to(10),
        Column::fixed("Status", 12).narrows_to(2),
        Column::fixed("", 2),
        Column::fixed("Pillar", 18).narrows_to(8).drops(1),
        Column::fill("Post", 1),
    ];
    let look = ListLook {
        block: pane_block(title, false, theme),
        columns: &columns,
        empty: "No posts planned from this day on. n writes one.",
    };
    list_table(buf, area, look, list, theme, |post| {
        let when = post
            .scheduled_at
            .map(|at| {
                view.ctx
                    .clock
                    .local(at)
                    .format("%a %d %b %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        vec![
            Span::raw(when),
            cell(format!("{} {}", post.network.short(), post.channel)),
            status_span(view, post, theme),
            Span::styled(markers(view, post), theme.warn()),
            cell(post.pillar.as_deref().unwrap_or("—")),
            cell(&post.body),
        ]
    });
}

/// The full post: fields, metrics with the engagement formula, and the text.
pub(crate) fn post_detail(
    view: &CalendarPaneView<'_>,
    post: &PostRow,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let time = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|t| {
            view.ctx
                .clock
                .local(t)
                .format("%A %d %B %Y, %H:%M")
                .to_string()
        })
        .unwrap_or_else(|| "—".into())
    };
    let status = if post.is_overdue(view.ctx.clock.now) {
        format!("{} {} — overdue", post.status.symbol(), post.status)
    } else {
        format!("{} {}", post.status.symbol(), post.status)
    };
    let mut lines = vec![
        field(
            "channel",
            format!("{} {}", post.network, post.channel),
            theme,
        ),
        field("status", &status, theme),
        field("scheduled", time(post.scheduled_at), theme),
        field("published", time(post.published_at), theme),
        field("url", post.url.as_deref().unwrap_or("—"), theme),
        field("campaign", post.campaign.as_deref().unwrap_or("—"), theme),
        field("pillar", post.pillar.as_deref().unwrap_or("—"), theme),
        field("persona", post.persona.as_deref().unwrap_or("—"), theme),
        field(
            "evergreen",
            if post.evergreen { "yes" } else { "no" },
            theme,
        ),
    ];
    if let Some(impressions) = post.impressions.or(post.reach) {
        let interactions = post.interactions.unwrap_or(0);
        let rate = crate::domain::week::ratio(interactions, impressions);
        lines.push(field(
            "metrics",
            format!(
                "{} impressions · {} reach · {} interactions · engagement {}",
                count(post.impressions.unwrap_or(0)),
                count(post.reach.unwrap_or(0)),
                count(interactions),
                percent(rate)
            ),
            theme,
        ));
        lines.push(Line::styled("              engagement = (likes + comments + shares + saves) ÷ impressions (reach when missing)", theme.dim()));
    }
    lines.push(Line::raw(""));
    lines.extend(post.body.block().lines().map(|l| Line::raw(l.to_string())));
    if !post.notes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(field("notes", &post.notes, theme));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            "{} goes back.",
            key(view.ctx.keys, Scope::Global, Command::Back)
        ),
        theme.dim(),
    ));
    lines
}
