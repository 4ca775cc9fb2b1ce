//! The month and week views: a grid of days (or days × hours) with each post's status symbol,
//! channel and first words, and under it the cursor day's posts with the selected one marked.

use super::{CalendarPaneView, markers, status_span};
use crate::command::Command;
use crate::domain::rows::PostRow;
use crate::i18n::{self, Arg};
use crate::keymap::Scope;
use crate::text::{sanitize_line, truncate};
use crate::ui::Theme;
use crate::ui::hints::Hints;
use crate::ui::widgets::pane_block;
use chrono::{Datelike, Duration, NaiveDate, Timelike};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Paragraph};

/// Rows of the strip listing the cursor day's posts.
const STRIP_ROWS: u16 = 7;
/// The hours the week view shows.
const FIRST_HOUR: u32 = 7;
const LAST_HOUR: u32 = 22;

fn local_day(view: &CalendarPaneView<'_>, post: &PostRow) -> Option<NaiveDate> {
    post.scheduled_at.map(|at| view.ctx.clock.local(at).date())
}

fn posts_on<'a>(view: &CalendarPaneView<'a>, day: NaiveDate) -> Vec<&'a PostRow> {
    view.pane
        .period
        .as_ref()
        .map(|p| {
            p.posts
                .iter()
                .filter(|post| local_day(view, post) == Some(day))
                .collect()
        })
        .unwrap_or_default()
}

fn short_post(view: &CalendarPaneView<'_>, post: &PostRow, width: usize) -> String {
    let time = post
        .scheduled_at
        .map(|at| view.ctx.clock.local(at).format("%H:%M").to_string())
        .unwrap_or_default();
    let flag = if post.is_overdue(view.ctx.clock.now) {
        "⚠"
    } else {
        post.status.symbol()
    };
    truncate(
        &format!("{flag}{time} {} {}", post.network.short(), post.body.line()),
        width,
    )
}

fn post_style(view: &CalendarPaneView<'_>, post: &PostRow, theme: &Theme) -> ratatui::style::Style {
    if post.is_overdue(view.ctx.clock.now) {
        theme.alert()
    } else {
        theme.post_status(post.status)
    }
}

fn split(area: Rect) -> (Rect, Rect) {
    let [grid, strip] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(STRIP_ROWS)]).areas(area);
    (grid, strip)
}

/// The month grid: six weeks from the week containing the 1st.
pub fn month(
    view: &CalendarPaneView<'_>,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
    title: &str,
) {
    let pane = view.pane;
    let (Some(cursor), Some((first, _))) = (pane.cursor, pane.visible_range()) else {
        return;
    };
    let lang = view.ctx.lang;
    let (grid_area, strip) = split(area);
    let block = pane_block(
        &format!(
            "{title} · {}",
            i18n::dated(lang, cursor, &lang.text("calendar-date-month"))
        ),
        false,
        theme,
    );
    let inner = block.inner(grid_area);
    Widget::render(block, grid_area, buf);
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let columns = Layout::horizontal([Constraint::Ratio(1, 7); 7]).split(header);
    for (i, column) in columns.iter().enumerate() {
        let day = first + Duration::days(i as i64);
        Widget::render(
            Paragraph::new(Line::styled(
                i18n::weekday_short(lang, day.weekday()),
                theme.heading(),
            )),
            *column,
            buf,
        );
    }
    let rows = Layout::vertical([Constraint::Ratio(1, 6); 6]).split(body);
    for (week, row) in rows.iter().enumerate() {
        let cells = Layout::horizontal([Constraint::Ratio(1, 7); 7]).split(*row);
        for (weekday, cell) in cells.iter().enumerate() {
            let day = first + Duration::days((week * 7 + weekday) as i64);
            day_cell(view, theme, buf, *cell, day, day.month() == cursor.month());
        }
    }
    day_strip(view, theme, buf, strip, cursor);
}

fn day_cell(
    view: &CalendarPaneView<'_>,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
    day: NaiveDate,
    in_month: bool,
) {
    let pane = view.pane;
    let is_cursor = pane.cursor == Some(day);
    let is_today = pane.today == Some(day);
    let posts = posts_on(view, day);
    let width = usize::from(area.width.saturating_sub(1));
    let mut number_style = if in_month { theme.text() } else { theme.dim() };
    if is_today {
        number_style = theme.heading();
    }
    if is_cursor {
        number_style = theme.selected();
    }
    let today_mark = if is_today { "•" } else { "" };
    let count = if posts.is_empty() {
        String::new()
    } else {
        format!(" ({})", posts.len())
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{today_mark}{}", day.day()), number_style),
        Span::styled(count, theme.dim()),
    ])];
    let room = usize::from(area.height.saturating_sub(1));
    for (i, post) in posts.iter().enumerate() {
        if i + 1 == room && posts.len() > room {
            let more = i64::try_from(posts.len() - i).unwrap_or(i64::MAX);
            lines.push(Line::styled(
                view.ctx
                    .lang
                    .text_with("calendar-more", &[("count", Arg::Count(more))]),
                theme.dim(),
            ));
            break;
        }
        if i >= room {
            break;
        }
        lines.push(Line::styled(
            short_post(view, post, width),
            post_style(view, post, theme),
        ));
    }
    Widget::render(Paragraph::new(lines), area, buf);
}

/// The week view: seven days by the hours of the working day, each post at its hour.
pub fn week(view: &CalendarPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect, title: &str) {
    let pane = view.pane;
    let (Some(cursor), Some((first, last))) = (pane.cursor, pane.visible_range()) else {
        return;
    };
    let lang = view.ctx.lang;
    let (grid_area, strip) = split(area);
    let block = pane_block(
        &format!(
            "{title} · {} – {}",
            i18n::dated(lang, first, "%d %b"),
            i18n::dated(lang, last, "%d %b")
        ),
        false,
        theme,
    );
    let inner = block.inner(grid_area);
    Widget::render(block, grid_area, buf);
    let [hours_column, days_area] =
        Layout::horizontal([Constraint::Length(6), Constraint::Min(7)]).areas(inner);
    let columns = Layout::horizontal([Constraint::Ratio(1, 7); 7]).split(days_area);
    let room = u32::from(inner.height.saturating_sub(1));
    let (first_hour, visible_hours) = if room >= 24 {
        (0, 24)
    } else {
        (FIRST_HOUR, (LAST_HOUR - FIRST_HOUR + 1).min(room))
    };
    let mut hour_lines = vec![Line::raw("")];
    hour_lines.extend(
        (0..visible_hours).map(|h| Line::styled(format!("{:02}:00", first_hour + h), theme.dim())),
    );
    Widget::render(Paragraph::new(hour_lines), hours_column, buf);
    for (i, column) in columns.iter().enumerate() {
        let day = first + Duration::days(i as i64);
        let header_style = if day == cursor {
            theme.selected()
        } else if pane.today == Some(day) {
            theme.heading()
        } else {
            theme.text()
        };
        let mut lines = vec![Line::styled(
            format!(
                "{}{}",
                if pane.today == Some(day) { "•" } else { "" },
                i18n::dated(lang, day, "%a %d")
            ),
            header_style,
        )];
        let posts = posts_on(view, day);
        let width = usize::from(column.width.saturating_sub(1));
        for h in 0..visible_hours {
            let hour = first_hour + h;
            let at_hour: Vec<&&PostRow> = posts
                .iter()
                .filter(|p| {
                    let local = p
                        .scheduled_at
                        .map(|at| view.ctx.clock.local(at).hour())
                        .unwrap_or(0);
                    local == hour
                        || (h == 0 && local < hour)
                        || (h + 1 == visible_hours && local > hour)
                })
                .collect();
            lines.push(match at_hour.as_slice() {
                [] => Line::styled("·", theme.dim()),
                [post] => {
                    Line::styled(short_post(view, post, width), post_style(view, post, theme))
                }
                many => Line::styled(
                    truncate(
                        &lang.text_with(
                            "calendar-posts-at-hour",
                            &[(
                                "shown",
                                Arg::Text(&i18n::count(
                                    lang,
                                    i64::try_from(many.len()).unwrap_or(i64::MAX),
                                )),
                            )],
                        ),
                        width,
                    ),
                    theme.warn().add_modifier(Modifier::BOLD),
                ),
            });
        }
        Widget::render(Paragraph::new(lines), *column, buf);
    }
    day_strip(view, theme, buf, strip, cursor);
}

/// The cursor day's posts, one per line, the selected one marked: where actions apply.
fn day_strip(
    view: &CalendarPaneView<'_>,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
    day: NaiveDate,
) {
    let lang = view.ctx.lang;
    let posts = posts_on(view, day);
    let selected = view.pane.day_selection.min(posts.len().saturating_sub(1));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.dim())
        .title(format!(
            " {} — {} ",
            i18n::dated(lang, day, &lang.text("calendar-date-day")),
            Hints::new(view.ctx.keys, Scope::Global)
                .keys(
                    &[Command::Down, Command::Up],
                    &lang.text("calendar-hint-select")
                )
                .key(Command::Open, &lang.text("calendar-hint-open-agenda"))
                .join(", ")
        ));
    let mut lines = Vec::new();
    if posts.is_empty() {
        lines.push(Line::styled(
            format!(" {}", lang.text("calendar-day-empty")),
            theme.dim(),
        ));
    }
    let room = usize::from(area.height.saturating_sub(2));
    let start = selected.saturating_sub(room.saturating_sub(1));
    for (i, post) in posts.iter().enumerate().skip(start).take(room) {
        let time = post
            .scheduled_at
            .map(|at| view.ctx.clock.local(at).format("%H:%M").to_string())
            .unwrap_or_default();
        let mut spans = vec![
            Span::raw(if i == selected { "▶ " } else { "  " }),
            Span::raw(format!("{time}  ")),
            status_span(view, post, theme),
            Span::styled(format!(" {:<2}", markers(view, post)), theme.warn()),
            Span::raw(format!(
                " {:<28} ",
                truncate(
                    &format!("{} {}", post.network.short(), sanitize_line(&post.channel)),
                    28
                )
            )),
            Span::raw(post.body.line()),
        ];
        if i == selected {
            spans = spans
                .into_iter()
                .map(|s| s.patch_style(theme.selected()))
                .collect();
        }
        lines.push(Line::from(spans));
    }
    Widget::render(Paragraph::new(lines).block(block), area, buf);
}
