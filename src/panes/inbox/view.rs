//! The Inbox pane: the queue of messages waiting (execution) and response targets, tone, escalation (strategy).

use super::InboxPane;
use super::forms::value_word;
use crate::analytics::response::Sla;
use crate::command::Command;
use crate::domain::rows::MessageRow;
use crate::domain::{MessageKind, MessageStatus, Network, Priority};
use crate::i18n::{self, Arg, Lang};
use crate::keymap::Scope;
use crate::panes::list_view::{list_table, strategy_face};
use crate::ui::PaneView;
use crate::ui::Theme;
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
    let lang = view.ctx.lang;
    if view.ctx.strategy {
        strategy_face(
            buf,
            area,
            &lang.text("inbox-strategy-title"),
            &pane.strategy,
            theme,
            |data, theme| {
                let mut lines = super::view_strategy::strategy_lines(data, lang, theme);
                lines.extend(super::triage_rules::lines(pane, view.ctx.keys, lang, theme));
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
            pane_block(&lang.text("inbox-detail-title"), false, theme),
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

/// A sort of message as the inbox shows it: its stored name in English, its word in Spanish.
pub(super) fn kind_word(lang: Lang, kind: MessageKind) -> String {
    value_word(lang, kind.as_str(), kind.word(lang))
}

/// A network as the inbox shows it: its stored name in English, its name in Spanish.
pub(super) fn network_word(lang: Lang, network: Network) -> String {
    value_word(lang, network.as_str(), network.word(lang))
}

/// A priority as the queue's column shows it, with its mark and style.
fn priority_text(lang: Lang, priority: Priority) -> String {
    match priority {
        Priority::Urgent => lang.text("inbox-priority-urgent"),
        Priority::High => lang.text("inbox-priority-high"),
        Priority::Normal => lang.text("inbox-priority-normal"),
        Priority::Low => lang.text("inbox-priority-low"),
    }
}

fn queue(view: &InboxPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    let lang = view.ctx.lang;
    let now = view.ctx.clock.now;
    // As wide as the widest age the column writes with its late mark (59 minutes), and never
    // under six cells.
    let age_width = (i18n::age(lang, now - chrono::Duration::minutes(59), now)
        .chars()
        .count()
        + 1)
    .max(6) as u16;
    let priority_head = lang.text("inbox-column-priority");
    let priority_width = Priority::ALL
        .iter()
        .map(|p| priority_text(lang, *p).chars().count())
        .chain(std::iter::once(priority_head.chars().count()))
        .max()
        .unwrap_or(8) as u16;
    // Eight cells, or the longest kind's word when it is longer (`comentario`).
    let kind_width = MessageKind::ALL
        .iter()
        .map(|k| kind_word(lang, *k).chars().count())
        .max()
        .unwrap_or(8)
        .max(8) as u16;
    let columns = [
        Column::fixed("", 1),
        Column::fixed(lang.text("inbox-column-age"), age_width),
        Column::fixed(lang.text("inbox-column-net"), 5),
        Column::fixed(lang.text("inbox-column-kind"), kind_width).narrows_to(4),
        Column::fixed(lang.text("inbox-column-from"), 20).narrows_to(11),
        Column::fixed(lang.text("inbox-column-tone"), 4),
        Column::fixed(priority_head, priority_width),
        Column::fill(lang.text("inbox-column-message"), 1),
    ];
    let order = if pane.newest_first {
        lang.text("inbox-order-newest")
    } else {
        lang.text("inbox-order-oldest")
    };
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        let only = lang.text_with(
            "inbox-title-only",
            &[("filter", Arg::Text(&pane.filter_label))],
        );
        format!(" · {only}")
    };
    let marked = if pane.marked.is_empty() {
        String::new()
    } else {
        let n = pane.marked.len() as i64;
        let selected = lang.text_with(
            "inbox-title-marked",
            &[
                ("count", Arg::Count(n)),
                ("shown", Arg::Text(&i18n::count(lang, n))),
            ],
        );
        format!(" · {selected}")
    };
    let keys = Hints::new(view.ctx.keys, Scope::Inbox)
        .key(Command::Reply, &lang.text("inbox-hint-reply"))
        .key(Command::MarkDone, &lang.text("inbox-hint-done"))
        .key(Command::Snooze, &lang.text("inbox-hint-snooze"))
        .key(Command::CycleView, &lang.text("inbox-hint-view"))
        .scope(Scope::Global)
        .key(Command::Help, &lang.text("inbox-hint-keys"))
        .join(", ");
    let title = lang.text_with(
        "inbox-list-title",
        &[
            ("view", Arg::Text(&pane.view.label_in(lang))),
            ("order", Arg::Text(&order)),
            ("filter", Arg::Text(&filter)),
            ("marked", Arg::Text(&marked)),
            ("keys", Arg::Text(&keys)),
        ],
    );
    let empty = match pane.view {
        crate::domain::inbox::InboxView::NeedsAnswer if pane.filter_label.is_empty() => {
            lang.text("inbox-empty-zero")
        }
        _ => lang.text("inbox-empty"),
    };
    let look = ListLook {
        block: pane_block(&title, false, theme),
        columns: &columns,
        empty: &empty,
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
            MessageStatus::Escalated => lang.text("inbox-kind-escalated"),
            MessageStatus::Snoozed => lang.text("inbox-kind-snoozed"),
            MessageStatus::Replied => lang.text("inbox-kind-replied"),
            MessageStatus::Done => lang.text("inbox-kind-done"),
            _ if message.rule.is_some() => format!("{} ⚙", kind_word(lang, message.kind)),
            _ => kind_word(lang, message.kind),
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
                format!("{}{late}", i18n::age(lang, message.received_at, now)),
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
            priority_span(message.priority, lang, theme),
            cell(&message.body),
        ]
    });
}

fn priority_span(priority: Priority, lang: Lang, theme: &Theme) -> Span<'static> {
    let style = match priority {
        Priority::Urgent => theme.alert(),
        Priority::High => theme.warn(),
        Priority::Normal | Priority::Low => theme.dim(),
    };
    Span::styled(priority_text(lang, priority), style)
}

/// Where a message came from: its channel and kind, or where the mention it was made from was
/// heard and the channel it is recorded on.
fn channel_of(message: &MessageRow, lang: Lang) -> String {
    let network = network_word(lang, message.network);
    let kind = kind_word(lang, message.kind);
    let channel = message.channel.to_string();
    match &message.heard_on {
        Some(source) => lang.text_with(
            "inbox-detail-heard-on",
            &[
                ("source", Arg::Text(&source.to_string())),
                ("kind", Arg::Text(&kind)),
                ("network", Arg::Text(&network)),
                ("channel", Arg::Text(&channel)),
            ],
        ),
        None => lang.text_with(
            "inbox-detail-channel-line",
            &[
                ("network", Arg::Text(&network)),
                ("channel", Arg::Text(&channel)),
                ("kind", Arg::Text(&kind)),
            ],
        ),
    }
}

/// The words and rules behind the automatic guess, scored again with what the brand's terms and
/// corrections say now (and said so when that changes the guess shown).
fn sentiment_evidence(view: &InboxPaneView<'_>, message: &MessageRow) -> String {
    let lang = view.ctx.lang;
    let score =
        crate::analytics::sentiment::score_for(message.body.raw(), None, view.ctx.sentiment);
    let why = match message.sentiment.filter(|_| !message.sentiment_corrected) {
        Some(stored) => score.evidence_against_in(stored, lang),
        None => score.evidence_in(lang),
    };
    crate::text::sanitize_line(&why)
}

fn message_detail(
    view: &InboxPaneView<'_>,
    message: &MessageRow,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let lang = view.ctx.lang;
    let now = view.ctx.clock.now;
    let pattern = lang.text("inbox-detail-date-pattern");
    let local = |t| i18n::dated(lang, view.ctx.clock.local(t), &pattern);
    let sentiment = message
        .sentiment
        .map_or(lang.text("inbox-sentiment-unknown"), |s| {
            let how = if message.sentiment_corrected {
                lang.text("inbox-sentiment-corrected")
            } else {
                lang.text("inbox-sentiment-automatic")
            };
            format!("{} {} {how}", s.symbol(), s.word(lang))
        });
    let person = match (&message.person, message.on_watchlist) {
        (Some(name), true) => lang.text_with(
            "inbox-person-watchlist",
            &[("name", Arg::Text(&name.to_string()))],
        ),
        (Some(name), false) => name.line(),
        (None, _) => lang.text("inbox-person-none"),
    };
    let mut lines = vec![
        field(&lang.text("inbox-field-from"), &message.author, theme),
        field(&lang.text("inbox-field-person"), &person, theme),
        field(
            &lang.text("inbox-field-channel"),
            channel_of(message, lang),
            theme,
        ),
        field(
            &lang.text("inbox-field-received"),
            format!(
                "{} ({})",
                local(message.received_at),
                i18n::ago(lang, message.received_at, now)
            ),
            theme,
        ),
        field(
            &lang.text("inbox-field-status"),
            message.status.word(lang),
            theme,
        ),
        field(
            &lang.text("inbox-field-priority"),
            message.priority.word(lang),
            theme,
        ),
        field(&lang.text("inbox-field-sentiment"), &sentiment, theme),
        field(
            &lang.text("inbox-field-why"),
            sentiment_evidence(view, message),
            theme,
        ),
    ];
    if let Some(rule) = &message.rule {
        lines.push(field(&lang.text("inbox-field-rule"), rule, theme));
    }
    if let Some(reply) = &message.suggested_reply {
        lines.push(field(
            &lang.text("inbox-field-suggested"),
            lang.text_with(
                "inbox-detail-suggested",
                &[
                    ("reply", Arg::Text(&reply.to_string())),
                    (
                        "reply_key",
                        Arg::Text(&key(view.ctx.keys, Scope::Inbox, Command::Reply)),
                    ),
                    (
                        "insert_key",
                        Arg::Text(&key(
                            view.ctx.keys,
                            Scope::Editor,
                            Command::InsertSavedReply,
                        )),
                    ),
                ],
            ),
            theme,
        ));
    }
    let (minutes, state) = waited(view, message);
    let waited_for = i18n::minutes(lang, Some(minutes as f64));
    let time = if view.pane.service.hours.is_some() {
        lang.text_with(
            "inbox-detail-in-business-hours",
            &[("time", Arg::Text(&waited_for))],
        )
    } else {
        waited_for
    };
    let response = [
        ("time", Arg::Text(&time)),
        ("state", Arg::Text(&state.label_in(lang))),
        (
            "target",
            Arg::Text(&i18n::minutes(
                lang,
                Some(f64::from(view.pane.service.target)),
            )),
        ),
    ];
    let response = if message.first_response_at.is_some() {
        lang.text_with("inbox-detail-answered-after", &response)
    } else {
        lang.text_with("inbox-detail-waiting-for", &response)
    };
    lines.push(field(&lang.text("inbox-field-response"), response, theme));
    if let Some(until) = message.snoozed_until {
        lines.push(field(
            &lang.text("inbox-field-snoozed-to"),
            local(until),
            theme,
        ));
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
        lines.push(heading(&lang.text("inbox-replies-heading"), theme));
        for (at, body) in &view.pane.detail_replies {
            lines.push(Line::styled(
                format!(
                    "  {}",
                    i18n::dated(lang, view.ctx.clock.local(*at), "%d %b %H:%M")
                ),
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
        lang.text_with(
            "inbox-detail-footer",
            &[
                (
                    "reply_key",
                    Arg::Text(&key(view.ctx.keys, Scope::Inbox, Command::Reply)),
                ),
                (
                    "back_key",
                    Arg::Text(&key(view.ctx.keys, Scope::Global, Command::Back)),
                ),
            ],
        ),
        theme.dim(),
    ));
    lines
}
