//! The Mentions pane: new mentions to triage and a mention's detail (execution), and the
//! strategy face's frame around the lines of `view_strategy`.

use super::MentionsPane;
use crate::clock::short_age;
use crate::command::Command;
use crate::domain::rows::MentionRow;
use crate::keymap::Scope;
use crate::panes::form::FormView;
use crate::panes::list_view::{list_table, strategy_face};
use crate::text::sanitize_line;
use crate::ui::PaneView;
use crate::ui::Theme;
use crate::ui::format::count;
use crate::ui::hints::{Hints, key};
use crate::ui::widgets::sentiment_span;
use crate::ui::widgets::{Column, ListLook, cell, detail, field, pane_block};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The Mentions pane's view, drawn in the face the context asks for, with its forms and overlays.
pub type MentionsPaneView<'a> = PaneView<'a, MentionsPane>;

impl Widget for MentionsPaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(&self, self.ctx.theme, buf, area);
    }
}

/// Draws Mentions in the current face.
fn draw(view: &MentionsPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    if view.ctx.strategy {
        let selected = pane.rule_selected;
        let rule_keys = Hints::new(view.ctx.keys, Scope::Global)
            .keys(&[Command::Down, Command::Up], "choose")
            .scope(Scope::Mentions)
            .key(Command::New, "new")
            .key(Command::Edit, "edit")
            .key(Command::Delete, "delete")
            .join(" · ");
        strategy_face(
            buf,
            area,
            &format!("Mentions — share of voice, sentiment, rules ({rule_keys}), crisis protocol"),
            &pane.strategy,
            theme,
            |data, theme| {
                let lessons =
                    super::view_lessons::lessons_lines(view.ctx.sentiment, view.ctx.keys, theme);
                super::view_strategy::strategy_lines(data, selected, &rule_keys, lessons, theme)
            },
        );
        if let Some(open) = &pane.form {
            FormView::new(&open.form, theme, view.ctx.keys).render(buf.area, buf);
        }
        return;
    }
    let list = &pane.triage;
    if list.detail
        && let Some(mention) = list.selected_row()
    {
        detail(
            buf,
            area,
            pane_block("Mentions — mention", false, theme),
            mention_detail(view, mention, theme),
        );
        return;
    }
    let columns = [
        Column::fixed("Age", 5),
        Column::fixed("Tone", 4),
        Column::fixed("Source", 13).narrows_to(6),
        Column::fixed("Author", 18).narrows_to(12),
        Column::fixed("Reach", 7),
        Column::fixed("Rule", 16).narrows_to(8).drops(1),
        Column::fill("Mention", 1),
    ];
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        format!(" · only {}", pane.filter_label)
    };
    let keys = Hints::new(view.ctx.keys, Scope::Mentions)
        .key(Command::MarkDone, "reviewed")
        .key(Command::Ignore, "ignore")
        .key(Command::Reply, "to inbox")
        .key(Command::Curate, "post idea")
        .key(Command::LinkPerson, "person")
        .key(Command::CycleView, "view")
        .scope(Scope::Global)
        .key(Command::Help, "keys")
        .join(", ");
    let title = format!("Mentions — {}{filter} · {keys}", pane.view.label());
    let block = pane_block(&title, false, theme);
    list_table(
        buf,
        area,
        ListLook {
            block,
            columns: &columns,
            empty: if pane.view == crate::domain::mentions::MentionView::New {
                "No new mentions to review."
            } else {
                "Nothing here."
            },
        },
        list,
        theme,
        |mention| {
            let author = if mention.on_watchlist {
                format!("⚑ {}", mention.author)
            } else {
                mention.author.line()
            };
            vec![
                Span::raw(short_age(mention.published_at, view.ctx.clock.now)),
                sentiment_span(Some(mention.sentiment), mention.sentiment_corrected, theme),
                cell(&mention.source),
                cell(&author),
                Span::raw(format!("{:>7}", count(mention.reach))),
                cell(mention.rule.as_deref().unwrap_or("—")),
                cell(&mention.text),
            ]
        },
    );
    if let Some(open) = &pane.form {
        FormView::new(&open.form, theme, view.ctx.keys).render(buf.area, buf);
    }
}

fn mention_detail(
    view: &MentionsPaneView<'_>,
    mention: &MentionRow,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let correction = if mention.sentiment_corrected {
        format!(
            " (corrected; the automatic guess was {})",
            mention.sentiment_auto
        )
    } else {
        " (automatic)".to_string()
    };
    let rule = match (&mention.rule, mention.rule_kind) {
        (Some(name), Some(kind)) => format!("{name} ({kind})"),
        (Some(name), None) => name.clone(),
        _ => "—".to_string(),
    };
    let mut lines = vec![
        field("author", &mention.author, theme),
        field(
            "person",
            mention
                .person
                .as_ref()
                .map_or("not linked to a person".into(), |p| p.line()),
            theme,
        ),
        field("source", &mention.source, theme),
        field(
            "url",
            mention.url.as_ref().map_or("—".into(), |u| u.line()),
            theme,
        ),
        field(
            "published",
            view.ctx
                .clock
                .local(mention.published_at)
                .format("%A %d %B %Y, %H:%M")
                .to_string(),
            theme,
        ),
        field("reach", count(mention.reach), theme),
        field(
            "sentiment",
            format!(
                "{} {}{correction}",
                mention.sentiment.symbol(),
                mention.sentiment
            ),
            theme,
        ),
        field("why", sentiment_evidence(view, mention), theme),
        field("rule", &rule, theme),
        field("status", mention.status.to_string(), theme),
    ];
    if mention.on_watchlist {
        lines.push(Line::styled(
            "              ⚑ the author is on the watchlist",
            theme.alert(),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(
        mention
            .text
            .block()
            .lines()
            .map(|l| Line::raw(l.to_string())),
    );
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

/// The words and rules behind the automatic guess, scored again with what the brand's terms and
/// corrections say now (and said so when that changes the stored guess).
fn sentiment_evidence(view: &MentionsPaneView<'_>, mention: &MentionRow) -> String {
    let score =
        crate::analytics::sentiment::score_for(mention.text.raw(), None, view.ctx.sentiment);
    sanitize_line(&score.evidence_against(mention.sentiment_auto))
}
