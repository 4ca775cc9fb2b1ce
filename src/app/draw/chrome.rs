//! The tab bar (panes, strategy marker) and the status line (today's counters or a message).

use crate::app::App;
use crate::command::Command;
use crate::i18n::{self, Arg};
use crate::keymap::Scope;
use crate::panes::Tab;
use crate::text::sanitize_line;
use crate::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::widgets::Widget;

/// The top line: the panes with their keys, and the strategy toggle with its state. When the
/// bar is wider than the terminal, the tabs lose their padding, then the panes not shown their
/// names (their keys stay), so the strategy marker always shows.
pub fn tab_bar(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let mut line = tab_line(app, theme, Spacing::Wide);
    for spacing in [Spacing::Narrow, Spacing::KeysOnly] {
        if line.width() <= usize::from(area.width) {
            break;
        }
        line = tab_line(app, theme, spacing);
    }
    Widget::render(Paragraph::new(line), area, buf);
}

/// How much room the tabs take.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spacing {
    /// A space each side of every tab.
    Wide,
    /// One space between tabs.
    Narrow,
    /// The panes not shown by their key alone.
    KeysOnly,
}

fn tab_line<'a>(app: &App, theme: &Theme, spacing: Spacing) -> Line<'a> {
    let lang = app.lang;
    let mut spans = vec![
        Span::styled(" cmdeck ", theme.mode(app.strategy)),
        Span::raw("│"),
    ];
    let go = [
        Command::GoCalendar,
        Command::GoInbox,
        Command::GoMentions,
        Command::GoPrescriptors,
        Command::GoReports,
    ];
    for (tab, command) in Tab::ALL.iter().zip(go) {
        let key = app.keymap.label_for(Scope::Global, command);
        let title = tab.title(lang);
        if *tab == app.tab {
            spans.push(Span::styled(format!("[ {key} {title}]"), theme.selected()));
            spans.push(Span::raw(" "));
        } else {
            let label = match spacing {
                Spacing::Wide => format!(" {key} {title} "),
                Spacing::Narrow => format!("{key} {title} "),
                Spacing::KeysOnly => format!("{key} "),
            };
            spans.push(Span::styled(label, theme.dim()));
        }
    }
    spans.push(Span::raw("│ "));
    let toggle = app.keymap.label_for(Scope::Global, Command::ToggleStrategy);
    if app.strategy {
        spans.push(Span::styled(
            format!(
                " {} ",
                lang.text_with("app-strategy-on", &[("key", Arg::Text(&toggle))])
            ),
            theme.strategy_badge(),
        ));
    } else {
        spans.push(Span::styled(
            lang.text_with("app-strategy-off", &[("key", Arg::Text(&toggle))]),
            theme.dim(),
        ));
    }
    Line::from(spans)
}

/// The bottom line: a message when there is one, else today's counters and the help key (on a
/// narrow terminal, the counters in fewer words and without the help key).
pub fn status_line(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let help = app.keymap.label_for(Scope::Global, Command::Help);
    let line = match &app.message {
        Some(message) => Line::from(Span::styled(
            format!(" {} ", sanitize_line(message)),
            theme.alert(),
        )),
        None => {
            let full = counters_line(app, theme, &help, false);
            if full.width() > usize::from(area.width) {
                counters_line(app, theme, &help, true)
            } else {
                full
            }
        }
    };
    Widget::render(Paragraph::new(line), area, buf);
}

fn counters_line<'a>(app: &App, theme: &Theme, help: &str, compact: bool) -> Line<'a> {
    let lang = app.lang;
    let c = &app.counters;
    let crisis_key = app.keymap.label_for(Scope::Global, Command::Crisis);
    let shown = |n: i64| i18n::count(lang, n);
    let mut spans = Vec::new();
    if let Some((level, paused)) = c.crisis {
        let level = shown(level);
        let text = if paused {
            lang.text_with(
                "app-status-crisis-paused",
                &[
                    ("level", Arg::Text(&level)),
                    ("key", Arg::Text(&crisis_key)),
                ],
            )
        } else {
            lang.text_with(
                "app-status-crisis",
                &[
                    ("level", Arg::Text(&level)),
                    ("key", Arg::Text(&crisis_key)),
                ],
            )
        };
        spans.push(Span::styled(format!(" {text} "), theme.strategy_badge()));
        spans.push(Span::raw(" "));
    }
    if let Some((label, count)) = c.spikes.first() {
        let more = if c.spikes.len() > 1 {
            let others = i64::try_from(c.spikes.len()).unwrap_or(i64::MAX) - 1;
            format!(
                " {}",
                lang.text_with(
                    "app-status-spike-more",
                    &[
                        ("count", Arg::Count(others)),
                        ("shown", Arg::Text(&shown(others)))
                    ],
                )
            )
        } else {
            String::new()
        };
        let label = sanitize_line(label);
        let count = shown(i64::from(*count));
        let text = lang.text_with(
            "app-status-spike",
            &[
                ("label", Arg::Text(&label)),
                ("shown", Arg::Text(&count)),
                ("more", Arg::Text(&more)),
                ("key", Arg::Text(&crisis_key)),
            ],
        );
        spans.push(Span::styled(format!(" {text} "), theme.strategy_badge()));
        spans.push(Span::raw(" "));
    }
    let due = c.posts_due_today;
    spans.push(Span::styled(
        format!(
            " {}",
            lang.text_with(
                "app-status-due-today",
                &[
                    ("count", Arg::Count(due)),
                    ("shown", Arg::Text(&shown(due)))
                ],
            )
        ),
        theme.text(),
    ));
    if c.posts_overdue > 0 {
        let overdue = c.posts_overdue;
        spans.push(Span::styled(
            format!(
                " {}",
                lang.text_with(
                    "app-status-overdue",
                    &[
                        ("count", Arg::Count(overdue)),
                        ("shown", Arg::Text(&shown(overdue))),
                    ],
                )
            ),
            theme.alert(),
        ));
    }
    spans.push(Span::raw(" │ "));
    let waiting = c.messages_waiting;
    let waiting_text = match c.oldest_waiting {
        Some(at) if compact => lang.text_with(
            "app-status-waiting-oldest-short",
            &[
                ("count", Arg::Count(waiting)),
                ("shown", Arg::Text(&shown(waiting))),
                ("age", Arg::Text(&i18n::age(lang, at, app.clock.now))),
            ],
        ),
        Some(at) => lang.text_with(
            "app-status-waiting-oldest",
            &[
                ("count", Arg::Count(waiting)),
                ("shown", Arg::Text(&shown(waiting))),
                ("age", Arg::Text(&i18n::age(lang, at, app.clock.now))),
            ],
        ),
        None => lang.text_with(
            "app-status-waiting",
            &[
                ("count", Arg::Count(waiting)),
                ("shown", Arg::Text(&shown(waiting))),
            ],
        ),
    };
    spans.push(Span::raw(waiting_text));
    spans.push(Span::raw(" │ "));
    let mentions = c.new_mentions;
    let mentions_args = [
        ("count", Arg::Count(mentions)),
        ("shown", Arg::Text(&shown(mentions))),
    ];
    spans.push(Span::raw(if compact {
        lang.text_with("app-status-new-mentions-short", &mentions_args)
    } else {
        lang.text_with("app-status-new-mentions", &mentions_args)
    }));
    if c.new_negative > 0 {
        let negative = c.new_negative;
        let negative_args = [
            ("count", Arg::Count(negative)),
            ("shown", Arg::Text(&shown(negative))),
        ];
        let text = if compact {
            lang.text_with("app-status-negative-short", &negative_args)
        } else {
            lang.text_with("app-status-negative", &negative_args)
        };
        spans.push(Span::styled(format!(" {text}"), theme.alert()));
    }
    spans.push(Span::raw(" │ "));
    let follow_ups = c.follow_ups_due;
    let follow_args = [
        ("count", Arg::Count(follow_ups)),
        ("shown", Arg::Text(&shown(follow_ups))),
    ];
    let follow = Span::styled(
        if compact {
            lang.text_with("app-status-follow-ups-short", &follow_args)
        } else {
            lang.text_with("app-status-follow-ups", &follow_args)
        },
        if c.follow_ups_due > 0 {
            theme.warn()
        } else {
            theme.text()
        },
    );
    spans.push(follow);
    if compact {
        return Line::from(spans);
    }
    spans.push(Span::styled(
        format!(
            " │ {}",
            lang.text_with("app-status-help", &[("key", Arg::Text(help))])
        ),
        theme.dim(),
    ));
    Line::from(spans)
}
