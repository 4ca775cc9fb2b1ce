//! The Inbox pane: the queue of messages waiting (execution) and response targets, tone, escalation (strategy).

use super::InboxPane;
use crate::analytics::response::Sla;
use crate::clock::short_age;
use crate::command::Command;
use crate::domain::Priority;
use crate::domain::rows::MessageRow;
use crate::domain::{MessageStatus, Network};
use crate::keymap::Scope;
use crate::panes::list_view::{list_table, strategy_face};
use crate::ui::PaneView;
use crate::ui::Theme;
use crate::ui::format::minutes as format_minutes;
use crate::ui::hints::{Hints, key};
use crate::ui::widgets::sentiment_span;
use crate::ui::widgets::{Column, ListLook, cell, detail, field, heading, pane_block};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The Inbox pane's view, drawn in the face the context asks for, with its forms and overlays.
pub type InboxPaneView<'a> = PaneView<'a, InboxPane>;

impl Widget for InboxPaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(&self, self.ctx.theme, buf, area);
    }
}

/// Draws the Inbox in the current face.
fn draw(view: &InboxPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    if view.ctx.strategy {
        strategy_face(
            buf,
            area,
            "Inbox — response targets, tone of voice, escalation, triage rules",
            &pane.strategy,
            theme,
            |data, theme| {
                let mut lines = super::view_strategy::strategy_lines(data, theme);
                lines.extend(super::triage_rules::lines(pane, view.ctx.keys, theme));
                lines
            },
        );
        super::reply_view::render(view, theme, buf);
        return;
    }
    let list = &pane.queue;
    if list.detail
        && let Some(message) = list.selected_row()
    {
        detail(
            buf,
            area,
            pane_block("Inbox — message", false, theme),
            message_detail(view, message, theme),
        );
    } else {
        queue(view, theme, buf, area);
    }
    super::reply_view::render(view, theme, buf);
}

/// How long a message has waited, in business hours when they are set, and its SLA state.
pub fn waited(view: &InboxPaneView<'_>, message: &MessageRow) -> (i64, Sla) {
    view.pane.service.waited(
        message.received_at,
        message.first_response_at,
        view.ctx.clock,
    )
}

fn queue(view: &InboxPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    let columns = [
        Column::fixed("", 1),
        Column::fixed("Age", 6),
        Column::fixed("Net", 5),
        Column::fixed("Kind", 8).narrows_to(4),
        Column::fixed("From", 20).narrows_to(11),
        Column::fixed("Tone", 4),
        Column::fixed("Priority", 8),
        Column::fill("Message", 1),
    ];
    let order = if pane.newest_first {
        "newest first"
    } else {
        "oldest first"
    };
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        format!(" · only {}", pane.filter_label)
    };
    let marked = if pane.marked.is_empty() {
        String::new()
    } else {
        format!(" · {} selected", pane.marked.len())
    };
    let keys = Hints::new(view.ctx.keys, Scope::Inbox)
        .key(Command::Reply, "reply")
        .key(Command::MarkDone, "done")
        .key(Command::Snooze, "snooze")
        .key(Command::CycleView, "view")
        .scope(Scope::Global)
        .key(Command::Help, "keys")
        .join(", ");
    let title = format!(
        "Inbox — {}, {order}{filter}{marked} · {keys}",
        pane.view.label()
    );
    let empty = match pane.view {
        crate::domain::inbox::InboxView::NeedsAnswer if pane.filter_label.is_empty() => {
            "Inbox zero: nothing is waiting for an answer."
        }
        _ => "Nothing here.",
    };
    let look = ListLook {
        block: pane_block(&title, false, theme),
        columns: &columns,
        empty,
    };
    list_table(buf, area, look, &pane.queue, theme, |message| {
        let (_, state) = waited(view, message);
        let waiting = matches!(
            message.status,
            MessageStatus::New
                | MessageStatus::Open
                | MessageStatus::Escalated
                | MessageStatus::Snoozed
        );
        let age_style = match (waiting, state) {
            (false, _) => theme.dim(),
            (true, Sla::Late) => theme.alert(),
            (true, Sla::Near) => theme.warn(),
            (true, Sla::OnTime) => theme.text(),
        };
        let late = match (waiting, state) {
            (true, Sla::Late) => "!",
            (true, Sla::Near) => "~",
            _ => "",
        };
        let author = if message.on_watchlist {
            format!("⚑ {}", message.author)
        } else {
            message.author.line()
        };
        let kind = match message.status {
            MessageStatus::Escalated => "⇡ escal.".to_string(),
            MessageStatus::Snoozed => "☾ snooze".to_string(),
            MessageStatus::Replied => "↩ replied".to_string(),
            MessageStatus::Done => "✓ done".to_string(),
            _ if message.rule.is_some() => format!("{} ⚙", message.kind),
            _ => message.kind.to_string(),
        };
        vec![
            Span::styled(
                if pane.marked.contains(&message.id) {
                    "●"
                } else {
                    " "
                },
                theme.warn(),
            ),
            Span::styled(
                format!(
                    "{}{late}",
                    short_age(message.received_at, view.ctx.clock.now)
                ),
                age_style,
            ),
            Span::raw(
                message
                    .heard_on
                    .as_ref()
                    .map_or(message.network, |source| {
                        Network::of_source(source.raw()).unwrap_or(Network::Web)
                    })
                    .short(),
            ),
            Span::raw(kind),
            cell(&author),
            sentiment_span(message.sentiment, message.sentiment_corrected, theme),
            priority_span(message.priority, theme),
            cell(&message.body),
        ]
    });
}

fn priority_span(priority: Priority, theme: &Theme) -> Span<'static> {
    match priority {
        Priority::Urgent => Span::styled("‼ urgent", theme.alert()),
        Priority::High => Span::styled("! high", theme.warn()),
        Priority::Normal => Span::styled("normal", theme.dim()),
        Priority::Low => Span::styled("low", theme.dim()),
    }
}

/// Where a message came from: its channel and kind, or where the mention it was made from was
/// heard and the channel it is recorded on.
fn channel_of(message: &MessageRow) -> String {
    let (network, channel, kind) = (message.network, &message.channel, message.kind);
    match &message.heard_on {
        Some(source) => {
            format!("heard on {source} · {kind} (answer it there; recorded on {network} {channel})")
        }
        None => format!("{network} {channel} · {kind}"),
    }
}

/// The words and rules behind the automatic guess, scored again with what the brand's terms and
/// corrections say now (and said so when that changes the guess shown).
fn sentiment_evidence(view: &InboxPaneView<'_>, message: &MessageRow) -> String {
    let score =
        crate::analytics::sentiment::score_for(message.body.raw(), None, view.ctx.sentiment);
    let why = match message.sentiment.filter(|_| !message.sentiment_corrected) {
        Some(stored) => score.evidence_against(stored),
        None => score.evidence(),
    };
    crate::text::sanitize_line(&why)
}

fn message_detail(
    view: &InboxPaneView<'_>,
    message: &MessageRow,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let local = |t| {
        view.ctx
            .clock
            .local(t)
            .format("%A %d %B %Y, %H:%M")
            .to_string()
    };
    let sentiment = message.sentiment.map_or("unknown".to_string(), |s| {
        format!(
            "{} {s}{}",
            s.symbol(),
            if message.sentiment_corrected {
                " (corrected by hand)"
            } else {
                " (automatic)"
            }
        )
    });
    let person = match (&message.person, message.on_watchlist) {
        (Some(name), true) => format!("{name} — ⚑ on the watchlist"),
        (Some(name), false) => name.line(),
        (None, _) => "not linked to a person".to_string(),
    };
    let mut lines = vec![
        field("from", &message.author, theme),
        field("person", &person, theme),
        field("channel", channel_of(message), theme),
        field(
            "received",
            format!(
                "{} ({} ago)",
                local(message.received_at),
                short_age(message.received_at, view.ctx.clock.now)
            ),
            theme,
        ),
        field("status", message.status.to_string(), theme),
        field("priority", message.priority.to_string(), theme),
        field("sentiment", &sentiment, theme),
        field("why", sentiment_evidence(view, message), theme),
    ];
    if let Some(rule) = &message.rule {
        lines.push(field("rule", rule, theme));
    }
    if let Some(reply) = &message.suggested_reply {
        lines.push(field(
            "suggested",
            format!(
                "saved reply “{reply}” ({}, then it is first in {})",
                key(view.ctx.keys, Scope::Inbox, Command::Reply),
                key(view.ctx.keys, Scope::Editor, Command::InsertSavedReply)
            ),
            theme,
        ));
    }
    let (minutes, state) = waited(view, message);
    let hours = if view.pane.service.hours.is_some() {
        " in business hours"
    } else {
        ""
    };
    let verb = if message.first_response_at.is_some() {
        "answered after"
    } else {
        "waiting for"
    };
    lines.push(field(
        "response",
        format!(
            "{verb} {}{hours} — {} against the {} target",
            format_minutes(Some(minutes as f64)),
            state.label(),
            format_minutes(Some(f64::from(view.pane.service.target)))
        ),
        theme,
    ));
    if let Some(until) = message.snoozed_until {
        lines.push(field("snoozed to", local(until), theme));
    }
    lines.push(Line::raw(""));
    lines.extend(
        message
            .body
            .block()
            .lines()
            .map(|l| Line::raw(l.to_string())),
    );
    if !&view.pane.detail_replies.is_empty() {
        lines.push(Line::raw(""));
        lines.push(heading("Replies recorded in cmdeck", theme));
        for (at, body) in &view.pane.detail_replies {
            lines.push(Line::styled(
                format!("  {}", view.ctx.clock.local(*at).format("%d %b %H:%M")),
                theme.dim(),
            ));
            lines.extend(
                crate::text::sanitize_block(body)
                    .lines()
                    .map(|l| Line::raw(format!("  {l}"))),
            );
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            "{} replies (recorded here; post it on the network yourself) · {} goes back.",
            key(view.ctx.keys, Scope::Inbox, Command::Reply),
            key(view.ctx.keys, Scope::Global, Command::Back)
        ),
        theme.dim(),
    ));
    lines
}
