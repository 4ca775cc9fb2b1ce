//! What the calendar draws over its views: the post form with live length counters per channel,
//! and the best-time heat map with its formula.

use super::CalendarPaneView;
use crate::analytics::{self, Heatmap};
use crate::command::Command;
use crate::i18n::{self, Arg, Lang};
use crate::keymap::Scope;
use crate::panes::calendar::{CalendarForm, FormPurpose};
use crate::panes::form::FormView;
use crate::ui::Theme;
use crate::ui::centered;
use crate::ui::hints::key;
use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Draws an open calendar form; the post form gets a length counter for each ticked channel.
pub fn form(view: &CalendarPaneView<'_>, theme: &Theme, buf: &mut Buffer, open: &CalendarForm) {
    let lang = view.ctx.lang;
    let counters = match (open.purpose, &view.pane.lookups) {
        (FormPurpose::Compose | FormPurpose::Edit(_), Some(lookups)) => {
            let draft = open.draft();
            let mut spans = vec![Span::styled(
                format!("{} ", lang.text("calendar-length")),
                theme.dim(),
            )];
            for channel in lookups
                .channels
                .iter()
                .filter(|c| draft.channel_ids.contains(&c.id))
            {
                let check = analytics::check(&draft.body, channel.char_limit);
                let style = if check.over() {
                    theme.alert()
                } else {
                    theme.good()
                };
                let verdict = if check.over() {
                    let over = i18n::count(lang, -check.remaining());
                    format!(
                        " {}",
                        lang.text_with("calendar-length-over", &[("count", Arg::Text(&over))])
                    )
                } else {
                    String::new()
                };
                spans.push(Span::styled(
                    format!(
                        "{} {}/{}{verdict}",
                        channel.label(),
                        check.count,
                        channel.char_limit
                    ),
                    style,
                ));
                spans.push(Span::raw("   "));
            }
            vec![Line::from(spans)]
        }
        _ => Vec::new(),
    };
    FormView::new(&open.form, theme, view.ctx.keys)
        .below_editor(counters)
        .render(buf.area, buf);
}

const SHADES: [&str; 5] = ["·", "░", "▒", "▓", "█"];

/// The best-time heat map: weekdays × local hours, shaded by engagement rate.
pub fn heatmap(view: &CalendarPaneView<'_>, theme: &Theme, buf: &mut Buffer) {
    let lang = view.ctx.lang;
    let area = centered(buf.area, 92, 20);
    Widget::render(Clear, area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(format!(
            " {} ",
            lang.text_with(
                "calendar-heatmap-title",
                &[
                    (
                        "key",
                        Arg::Text(&key(view.ctx.keys, Scope::Calendar, Command::BestTimes))
                    ),
                    (
                        "back",
                        Arg::Text(&key(view.ctx.keys, Scope::Global, Command::Back))
                    ),
                ],
            )
        ));
    let lines = match &view.pane.heatmap {
        None => vec![Line::styled(
            lang.text("calendar-heatmap-reading"),
            theme.dim(),
        )],
        Some(map) => heatmap_lines(map, theme, lang),
    };
    Widget::render(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
        buf,
    );
}

fn heatmap_lines(map: &Heatmap, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let whole = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let figures = [
        ("posts", Arg::Count(whole(map.posts_used))),
        ("weeks", Arg::Count(i64::from(map.weeks))),
        ("min", Arg::Count(whole(map.min_posts))),
    ];
    if map.is_thin() {
        lines.push(Line::styled(
            lang.text_with("calendar-heatmap-thin", &figures),
            theme.warn(),
        ));
        lines.push(Line::raw(lang.text("calendar-heatmap-thin-advice")));
        return lines;
    }
    let max = map
        .cells
        .iter()
        .flatten()
        .flatten()
        .map(|c| c.rate)
        .fold(0.0, f64::max);
    let mut header = String::from("      ");
    for hour in 0..24 {
        header.push_str(&format!("{hour:<3}"));
    }
    lines.push(Line::styled(header, theme.dim()));
    for (row, day) in map.cells.iter().zip(analytics::best_time::WEEKDAYS) {
        let day = i18n::weekday_short(lang, day);
        let mut spans = vec![Span::styled(format!("{day:<6}"), theme.dim())];
        for cell in row {
            let shade = match cell {
                None => SHADES[0],
                Some(c) if max > 0.0 => {
                    SHADES[1 + ((c.rate / max) * 3.0).round().clamp(0.0, 3.0) as usize]
                }
                Some(_) => SHADES[1],
            };
            spans.push(Span::styled(
                format!("{shade}{shade} "),
                if cell.is_some() {
                    theme.good()
                } else {
                    theme.dim()
                },
            ));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::raw(""));
    let best: Vec<String> = map
        .best_cells(3)
        .into_iter()
        .map(|(day, hour, cell)| {
            lang.text_with(
                "calendar-heatmap-best-cell",
                &[
                    ("day", Arg::Text(&i18n::weekday_short(lang, day))),
                    ("hour", Arg::Text(&format!("{hour:02}:00"))),
                    ("rate", Arg::Text(&i18n::percent(lang, cell.rate))),
                    ("posts", Arg::Count(whole(cell.posts))),
                ],
            )
        })
        .collect();
    lines.push(Line::from(vec![
        Span::styled(
            format!("{} ", lang.text("calendar-heatmap-best")),
            theme.heading(),
        ),
        Span::raw(best.join(" · ")),
    ]));
    lines.push(Line::styled(
        lang.text_with("calendar-heatmap-legend", &figures),
        theme.dim(),
    ));
    lines.push(Line::styled(Heatmap::formula(lang), theme.dim()));
    lines
}
