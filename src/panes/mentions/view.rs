//! The Mentions pane: new mentions to triage and a mention's detail (execution), and the
//! strategy face's frame around the lines of `view_strategy`.

use super::MentionsPane;
use crate::command::Command;
use crate::domain::rows::MentionRow;
use crate::i18n::{self, Arg};
use crate::keymap::Scope;
use crate::panes::form::FormView;
use crate::panes::list_view::{list_table, strategy_face};
use crate::text::sanitize_line;
use crate::ui::PaneView;
use crate::ui::Theme;
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
    let lang = view.ctx.lang;
    if view.ctx.strategy {
        let selected = pane.rule_selected;
        let rule_keys = Hints::new(view.ctx.keys, Scope::Global)
            .keys(
                &[Command::Down, Command::Up],
                &lang.text("mentions-hint-choose"),
            )
            .scope(Scope::Mentions)
            .key(Command::New, &lang.text("mentions-hint-new"))
            .key(Command::Edit, &lang.text("mentions-hint-edit"))
            .key(Command::Delete, &lang.text("mentions-hint-delete"))
            .join(" · ");
        strategy_face(
            buf,
            area,
            &lang.text_with(
                "mentions-strategy-title",
                &[("keys", Arg::Text(&rule_keys))],
            ),
            &pane.strategy,
            theme,
            |data, theme| {
                let lessons = super::view_lessons::lessons_lines(
                    view.ctx.sentiment,
                    view.ctx.keys,
                    lang,
                    theme,
                );
                super::view_strategy::strategy_lines(
                    data, selected, &rule_keys, lessons, lang, theme,
                )
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
            pane_block(&lang.text("mentions-detail-title"), false, theme),
            mention_detail(view, mention, theme),
        );
        return;
    }
    let now = view.ctx.clock.now;
    // As wide as the widest age the column writes (59 minutes), and never under five cells.
    let age_width = i18n::age(lang, now - chrono::Duration::minutes(59), now)
        .chars()
        .count()
        .max(5) as u16;
    let columns = [
        Column::fixed(lang.text("mentions-column-age"), age_width),
        Column::fixed(lang.text("mentions-column-tone"), 4),
        Column::fixed(lang.text("mentions-column-source"), 13).narrows_to(6),
        Column::fixed(lang.text("mentions-column-author"), 18).narrows_to(12),
        Column::fixed(lang.text("mentions-column-reach"), 7),
        Column::fixed(lang.text("mentions-column-rule"), 16)
            .narrows_to(8)
            .drops(1),
        Column::fill(lang.text("mentions-column-mention"), 1),
    ];
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        let only = lang.text_with(
            "mentions-title-only",
            &[("filter", Arg::Text(&pane.filter_label))],
        );
        format!(" · {only}")
    };
    let keys = Hints::new(view.ctx.keys, Scope::Mentions)
        .key(Command::MarkDone, &lang.text("mentions-hint-reviewed"))
        .key(Command::Ignore, &lang.text("mentions-hint-ignore"))
        .key(Command::Reply, &lang.text("mentions-hint-to-inbox"))
        .key(Command::Curate, &lang.text("mentions-hint-post-idea"))
        .key(Command::LinkPerson, &lang.text("mentions-hint-person"))
        .key(Command::CycleView, &lang.text("mentions-hint-view"))
        .scope(Scope::Global)
        .key(Command::Help, &lang.text("mentions-hint-keys"))
        .join(", ");
    let title = lang.text_with(
        "mentions-list-title",
        &[
            ("view", Arg::Text(&pane.view.label(lang))),
            ("filter", Arg::Text(&filter)),
            ("keys", Arg::Text(&keys)),
        ],
    );
    let empty = if pane.view == crate::domain::mentions::MentionView::New {
        lang.text("mentions-empty-new")
    } else {
        lang.text("mentions-empty")
    };
    let block = pane_block(&title, false, theme);
    list_table(
        buf,
        area,
        ListLook {
            block,
            columns: &columns,
            empty: &empty,
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
                Span::raw(i18n::age(lang, mention.published_at, now)),
                sentiment_span(Some(mention.sentiment), mention.sentiment_corrected, theme),
                cell(&mention.source),
                cell(&author),
                Span::raw(format!("{:>7}", i18n::count(lang, mention.reach))),
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
    let lang = view.ctx.lang;
    let correction = if mention.sentiment_corrected {
        lang.text_with(
            "mentions-detail-corrected",
            &[("guess", Arg::Text(&mention.sentiment_auto.word(lang)))],
        )
    } else {
        lang.text("mentions-detail-automatic")
    };
    let rule = match (&mention.rule, mention.rule_kind) {
        (Some(name), Some(kind)) => format!("{name} ({})", kind.word(lang)),
        (Some(name), None) => name.clone(),
        _ => "—".to_string(),
    };
    let mut lines = vec![
        field(&lang.text("mentions-field-author"), &mention.author, theme),
        field(
            &lang.text("mentions-field-person"),
            mention
                .person
                .as_ref()
                .map_or(lang.text("mentions-detail-no-person"), |p| p.line()),
            theme,
        ),
        field(&lang.text("mentions-field-source"), &mention.source, theme),
        field(
            &lang.text("mentions-field-url"),
            mention.url.as_ref().map_or("—".into(), |u| u.line()),
            theme,
        ),
        field(
            &lang.text("mentions-field-published"),
            i18n::dated(
                lang,
                view.ctx.clock.local(mention.published_at),
                &lang.text("mentions-published-pattern"),
            ),
            theme,
        ),
        field(
            &lang.text("mentions-field-reach"),
            i18n::count(lang, mention.reach),
            theme,
        ),
        field(
            &lang.text("mentions-field-sentiment"),
            format!(
                "{} {} {correction}",
                mention.sentiment.symbol(),
                mention.sentiment.word(lang)
            ),
            theme,
        ),
        field(
            &lang.text("mentions-field-why"),
            sentiment_evidence(view, mention),
            theme,
        ),
        field(&lang.text("mentions-field-rule"), &rule, theme),
        field(
            &lang.text("mentions-field-status"),
            mention.status.word(lang),
            theme,
        ),
    ];
    if mention.on_watchlist {
        lines.push(Line::styled(
            format!("              ⚑ {}", lang.text("mentions-detail-watchlist")),
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
        lang.text_with(
            "mentions-detail-back",
            &[(
                "key",
                Arg::Text(&key(view.ctx.keys, Scope::Global, Command::Back)),
            )],
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
    sanitize_line(&score.evidence_against_in(mention.sentiment_auto, view.ctx.lang))
}
