//! The Calendar pane: agenda, week and month views around a cursor day, a post's detail, the
//! forms and the best-time heat map (execution); campaigns, pillar mix and channel pace (strategy).

mod extras;
mod grid;
mod strategy;

use super::CalendarPane;
use crate::command::Command;
use crate::domain::rows::PostRow;
use crate::i18n::{self, Arg};
use crate::keymap::Scope;
use crate::panes::calendar::View;
use crate::panes::list_view::{list_table, strategy_face};
use crate::ui::PaneView;
use crate::ui::Theme;
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
    let lang = view.ctx.lang;
    if view.ctx.strategy {
        strategy_face(
            buf,
            area,
            &lang.text("calendar-strategy-title"),
            &pane.strategy,
            theme,
            |data, theme| strategy::strategy_lines(data, theme, lang),
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
    let lang = view.ctx.lang;
    let cursor = pane
        .cursor
        .map(|d| i18n::dated(lang, d, "%a %d %b %Y"))
        .unwrap_or_default();
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        let label = lang.text_with(
            "calendar-title-filter",
            &[("label", Arg::Text(&pane.filter_label))],
        );
        format!(" · {label}")
    };
    let keys = Hints::new(view.ctx.keys, Scope::Calendar)
        .key(Command::CycleView, &lang.text("calendar-hint-view"))
        .key(Command::New, &lang.text("calendar-hint-new"))
        .scope(Scope::Global)
        .key(Command::Help, &lang.text("calendar-hint-keys"))
        .join(", ");
    let name = lang.text_with(
        "calendar-view-name",
        &[("view", Arg::Text(pane.view.name()))],
    );
    lang.text_with(
        "calendar-title",
        &[
            ("view", Arg::Text(&name)),
            ("cursor", Arg::Text(&cursor)),
            ("filter", Arg::Text(&filter)),
            ("keys", Arg::Text(&keys)),
        ],
    )
}

/// The status of a post as a styled cell: overdue, too close to another, evergreen.
pub(crate) fn status_span(
    view: &CalendarPaneView<'_>,
    post: &PostRow,
    theme: &Theme,
) -> Span<'static> {
    let lang = view.ctx.lang;
    // Wide enough for the language's longest status ("◷ scheduled", "◷ programada").
    let width = match lang {
        i18n::Lang::En => 11,
        i18n::Lang::Es => 12,
    };
    if post.status == crate::domain::PostStatus::Scheduled && view.pane.posts_paused {
        let text = lang.text("calendar-status-paused");
        Span::styled(format!("{text:<width$}"), theme.warn())
    } else if post.is_overdue(view.ctx.clock.now) {
        let text = lang.text("calendar-status-overdue");
        Span::styled(format!("{text:<width$}"), theme.alert())
    } else {
        let text = format!("{} {}", post.status.symbol(), post.status.word(lang));
        Span::styled(format!("{text:<width$}"), theme.post_status(post.status))
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
    let lang = view.ctx.lang;
    if list.detail
        && let Some(post) = list.selected_row()
    {
        detail(
            buf,
            area,
            pane_block(&lang.text("calendar-detail-title"), false, theme),
            post_detail(view, post, theme),
        );
        return;
    }
    let columns = [
        Column::fixed(lang.text("calendar-column-when"), 16),
        Column::fixed(lang.text("calendar-column-channel"), 22).narrows_to(10),
        Column::fixed(lang.text("calendar-column-status"), 12).narrows_to(2),
        Column::fixed("", 2),
        Column::fixed(lang.text("calendar-column-pillar"), 18)
            .narrows_to(8)
            .drops(1),
        Column::fill(lang.text("calendar-column-post"), 1),
    ];
    let empty = lang.text("calendar-agenda-empty");
    let look = ListLook {
        block: pane_block(title, false, theme),
        columns: &columns,
        empty: &empty,
    };
    list_table(buf, area, look, list, theme, |post| {
        let when = post
            .scheduled_at
            .map(|at| i18n::dated(lang, view.ctx.clock.local(at), "%a %d %b %H:%M"))
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
    let lang = view.ctx.lang;
    let time = |at: Option<chrono::DateTime<chrono::Utc>>| {
        let pattern = lang.text("calendar-date-detail");
        at.map(|t| i18n::dated(lang, view.ctx.clock.local(t), &pattern))
            .unwrap_or_else(|| "—".into())
    };
    let plain = format!("{} {}", post.status.symbol(), post.status.word(lang));
    let status = if post.is_overdue(view.ctx.clock.now) {
        lang.text_with("calendar-detail-overdue", &[("status", Arg::Text(&plain))])
    } else {
        plain
    };
    let evergreen = if post.evergreen {
        lang.text("calendar-yes")
    } else {
        lang.text("calendar-no")
    };
    let mut lines = vec![
        field(
            &lang.text("calendar-field-channel"),
            format!("{} {}", post.network, post.channel),
            theme,
        ),
        field(&lang.text("calendar-field-status"), &status, theme),
        field(
            &lang.text("calendar-field-scheduled"),
            time(post.scheduled_at),
            theme,
        ),
        field(
            &lang.text("calendar-field-published"),
            time(post.published_at),
            theme,
        ),
        field(
            &lang.text("calendar-field-url"),
            post.url.as_deref().unwrap_or("—"),
            theme,
        ),
        field(
            &lang.text("calendar-field-campaign"),
            post.campaign.as_deref().unwrap_or("—"),
            theme,
        ),
        field(
            &lang.text("calendar-field-pillar"),
            post.pillar.as_deref().unwrap_or("—"),
            theme,
        ),
        field(
            &lang.text("calendar-field-persona"),
            post.persona.as_deref().unwrap_or("—"),
            theme,
        ),
        field(&lang.text("calendar-field-evergreen"), &evergreen, theme),
    ];
    if let Some(impressions) = post.impressions.or(post.reach) {
        let interactions = post.interactions.unwrap_or(0);
        let rate = crate::domain::week::ratio(interactions, impressions);
        lines.push(field(
            &lang.text("calendar-field-metrics"),
            lang.text_with(
                "calendar-detail-metrics",
                &[
                    (
                        "impressions",
                        Arg::Text(&i18n::count(lang, post.impressions.unwrap_or(0))),
                    ),
                    (
                        "reach",
                        Arg::Text(&i18n::count(lang, post.reach.unwrap_or(0))),
                    ),
                    ("interactions", Arg::Text(&i18n::count(lang, interactions))),
                    ("rate", Arg::Text(&i18n::share(lang, rate))),
                ],
            ),
            theme,
        ));
        lines.push(Line::styled(
            format!("              {}", lang.text("calendar-detail-formula")),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(post.body.block().lines().map(|l| Line::raw(l.to_string())));
    if !post.notes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(field(
            &lang.text("calendar-field-notes"),
            &post.notes,
            theme,
        ));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        lang.text_with(
            "calendar-goes-back",
            &[(
                "key",
                Arg::Text(&key(view.ctx.keys, Scope::Global, Command::Back)),
            )],
        ),
        theme.dim(),
    ));
    lines
}
