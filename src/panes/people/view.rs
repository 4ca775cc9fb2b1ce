//! The Prescriptors pane: people with follow-ups first and a profile (execution), personas and
//! advocacy tiers with head counts (strategy).

use super::PeoplePane;
use crate::command::Command;
use crate::domain::rows::PersonProfile;
use crate::domain::strategy::PeopleStrategy;
use crate::keymap::{Keymap, Scope};
use crate::panes::form::FormView;
use crate::panes::list_view::{list_table, strategy_face};
use crate::text::sanitize_line;
use crate::ui::PaneView;
use crate::ui::Theme;
use crate::ui::format::count;
use crate::ui::hints::{Hints, key};
use crate::ui::widgets::{Column, ListLook, cell, detail, field, heading, pane_block};
use crate::ui::widgets::{push_text, sentiment_span};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The Prescriptors pane's view, drawn in the face the context asks for, with its forms and overlays.
pub type PeoplePaneView<'a> = PaneView<'a, PeoplePane>;

impl Widget for PeoplePaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(&self, self.ctx.theme, buf, area);
    }
}

/// Draws Prescriptors in the current face.
fn draw(view: &PeoplePaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    face(view, theme, buf, area);
    if view.ctx.strategy {
        return;
    }
    if let Some(open) = &view.pane.form {
        FormView::new(&open.form, theme, view.ctx.keys).render(buf.area, buf);
    } else if let Some(list) = &view.pane.suggestions {
        suggestions(
            theme,
            view.ctx.keys,
            buf,
            list,
            view.pane.suggestion_selected,
        );
    }
}

fn suggestions(
    theme: &Theme,
    keys: &Keymap,
    buf: &mut Buffer,
    list: &[crate::domain::people::Suggestion],
    selected: usize,
) {
    use ratatui::widgets::{Block, Borders, Clear, Paragraph};
    let area = crate::ui::centered(buf.area, 110, buf.area.height.saturating_sub(4));
    Widget::render(Clear, area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(format!(
            " Suggestions — {} ",
            Hints::new(keys, Scope::Global)
                .keys(&[Command::Down, Command::Up], "choose")
                .key(Command::Open, "accepts")
                .key(Command::Back, "closes")
                .join(" · ")
        ));
    let mut lines = Vec::new();
    for (i, s) in list.iter().enumerate() {
        let (label, style) = match s.kind {
            crate::domain::people::SuggestionKind::Candidate => {
                ("★ prescriptor candidate", theme.good())
            }
            crate::domain::people::SuggestionKind::Watchlist => ("⚑ watchlist", theme.alert()),
        };
        let marker = if i == selected { "▶" } else { " " };
        let head = format!(
            "{marker} {:<24} {label:<24} score {:.1}",
            crate::text::truncate(&sanitize_line(&s.name), 24),
            s.score
        );
        lines.push(if i == selected {
            Line::styled(head, theme.selected())
        } else {
            Line::styled(head, style)
        });
        lines.push(Line::styled(
            format!("    {}", sanitize_line(&s.evidence)),
            theme.dim(),
        ));
    }
    Widget::render(Paragraph::new(lines).block(block), area, buf);
}

fn people_title(pane: &crate::panes::PeoplePane, keys: &Keymap) -> String {
    let f = &pane.filter;
    let mut only = Vec::new();
    if let Some(role) = f.role {
        only.push(role.to_string());
    }
    if let Some(tier) = &f.tier {
        only.push(sanitize_line(tier));
    }
    if let Some(tag) = &f.tag {
        only.push(format!("#{}", sanitize_line(tag)));
    }
    if f.due_only {
        only.push("follow-ups due".into());
    }
    let only = if only.is_empty() {
        String::new()
    } else {
        format!(" · only {}", only.join(" · "))
    };
    let keys = Hints::new(keys, Scope::Global)
        .key(Command::Open, "profile")
        .scope(Scope::Prescriptors)
        .keys(
            &[Command::New, Command::Edit, Command::Delete],
            "add/edit/delete",
        )
        .key(Command::FollowUp, "follow-up")
        .key(Command::LogInteraction, "log")
        .key(Command::Merge, "merge")
        .key(Command::FilterPeople, "filter")
        .join(", ");
    format!("Prescriptors — {}{only} · {keys}", f.sort.label())
}

fn face(view: &PeoplePaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    if view.ctx.strategy {
        strategy_face(
            buf,
            area,
            "Prescriptors — personas and advocacy tiers",
            &pane.strategy,
            theme,
            strategy_lines,
        );
        return;
    }
    let list = &pane.people;
    if list.detail
        && let Some(profile) = &pane.profile
    {
        detail(
            buf,
            area,
            pane_block("Prescriptors — profile", false, theme),
            profile_lines(view, profile, theme),
        );
        return;
    }
    let today = view.ctx.clock.today();
    let columns = [
        Column::fixed("Name", 22).narrows_to(14),
        Column::fixed("Role", 12).narrows_to(8),
        Column::fixed("Tier", 10).narrows_to(6).drops(1),
        Column::fixed("Follow-up", 12).narrows_to(10),
        Column::fixed("Reach", 7),
        Column::fill("Handles", 2),
        Column::fill("Tags", 1),
    ];
    let block = pane_block(&people_title(pane, view.ctx.keys), false, theme);
    let empty = match key(view.ctx.keys, Scope::Prescriptors, Command::New) {
        new if new.is_empty() => "No people yet.".to_string(),
        new => format!("No people yet. {new} adds one."),
    };
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
        |person| {
            let role = if person.role.is_hostile() {
                Span::styled(format!("⚑ {}", person.role), theme.alert())
            } else {
                Span::raw(person.role.to_string())
            };
            let follow_up = match person.next_follow_up {
                Some(date) if date < today => Span::styled(
                    format!("⚠ {}d late", (today - date).num_days()),
                    theme.alert(),
                ),
                Some(date) if date == today => Span::styled("⚠ today", theme.warn()),
                Some(date) => Span::raw(date.format("%d %b").to_string()),
                None => Span::styled("—", theme.dim()),
            };
            vec![
                cell(&person.name),
                role,
                cell(if person.tier.is_empty() {
                    "—"
                } else {
                    &person.tier
                }),
                follow_up,
                Span::raw(format!("{:>7}", count(person.reach))),
                cell(&person.handles),
                cell(&person.tags),
            ]
        },
    );
}

fn profile_lines(
    view: &PeoplePaneView<'_>,
    profile: &PersonProfile,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let person = &profile.person;
    let handles: Vec<String> = profile
        .handles
        .iter()
        .map(|(network, handle)| format!("{network}: {handle}"))
        .collect();
    let mut lines = vec![
        Line::styled(person.name.line(), theme.heading()),
        field(
            "role",
            format!(
                "{}{}",
                person.role,
                if person.role.is_hostile() {
                    " — ⚑ on the watchlist"
                } else {
                    ""
                }
            ),
            theme,
        ),
        field(
            "tier",
            if person.tier.is_empty() {
                "—"
            } else {
                &person.tier
            },
            theme,
        ),
        field("handles", handles.join(" · "), theme),
        field("tags", &person.tags, theme),
        field("reach", count(person.reach), theme),
        field(
            "follow-up",
            person.next_follow_up.map_or("none set".to_string(), |d| {
                d.format("%A %d %B %Y").to_string()
            }),
            theme,
        ),
        field(
            "activity",
            format!(
                "{} messages · {} mentions · {} positive · {} negative",
                profile.messages, profile.mentions, profile.positive, profile.negative
            ),
            theme,
        ),
    ];
    if let Some(scores) = &view.pane.scores {
        lines.push(Line::raw(""));
        for (title, score, formula) in [
            (
                "Advocacy score",
                &scores.advocacy,
                crate::analytics::scores::ADVOCACY_FORMULA,
            ),
            (
                "Risk score",
                &scores.risk,
                crate::analytics::scores::RISK_FORMULA,
            ),
        ] {
            let parts: Vec<String> = score
                .parts
                .iter()
                .filter(|(_, v)| *v != 0.0)
                .map(|(name, v)| format!("{name} {v:.1}"))
                .collect();
            let parts = if parts.is_empty() {
                "no activity".to_string()
            } else {
                parts.join(" + ")
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{title:>16}  "), theme.heading()),
                Span::raw(format!("{:.1}  = {parts}", score.rounded())),
            ]));
            lines.push(Line::styled(
                format!("                  {formula}"),
                theme.dim(),
            ));
        }
        let a = &scores.activity;
        lines.push(Line::styled(
            format!(
                "                  from {} positive mentions, {} positive messages, {} defences, {} shares, {} negative mentions, {} hostile messages, reach {}",
                a.positive_mentions, a.positive_messages, a.defences, a.shares, a.negative_mentions, a.hostile_messages, count(a.reach)
            ),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    lines.push(heading("Notes", theme));
    push_text(&mut lines, &profile.notes, "No notes.", theme);
    lines.push(Line::raw(""));
    lines.push(heading("Interaction log, latest first", theme));
    if profile.interactions.is_empty() {
        lines.push(Line::styled("  Nothing logged yet.", theme.dim()));
    }
    for interaction in &profile.interactions {
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {}  {:<13}",
                view.ctx.clock.local(interaction.at).format("%d %b %Y"),
                sanitize_line(&interaction.kind)
            )),
            interaction.sentiment.map_or_else(
                || Span::raw("   "),
                |s| sentiment_span(Some(s), false, theme),
            ),
            Span::raw(format!(
                "  {}",
                crate::text::truncate(&sanitize_line(&interaction.note), 90)
            )),
        ]));
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

fn strategy_lines(data: &PeopleStrategy, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![heading("Advocacy programme tiers", theme)];
    if data.tiers.is_empty() {
        lines.push(Line::styled("  No tiers in the plan yet.", theme.dim()));
    }
    for tier in &data.tiers {
        lines.push(Line::styled(
            format!("  {} — {} people", tier.name.line(), tier.people),
            theme.warn(),
        ));
        lines.push(Line::raw(format!(
            "    receives: {}",
            sanitize_line(&tier.receives)
        )));
        lines.push(Line::raw(format!(
            "    moving up: {}",
            sanitize_line(&tier.move_up)
        )));
    }
    lines.push(Line::raw(""));
    lines.push(heading("Audience segments / buyer personas", theme));
    if data.personas.is_empty() {
        lines.push(Line::styled("  No personas in the plan yet.", theme.dim()));
    }
    for persona in &data.personas {
        lines.push(Line::styled(
            format!("  {} — {} people", persona.name.line(), persona.people),
            theme.warn(),
        ));
        for (label, text) in [
            ("who", &persona.description),
            ("goals", &persona.goals),
            ("pains", &persona.pains),
            ("channels", &persona.channels),
            ("content", &persona.content),
        ] {
            lines.push(Line::from(vec![
                Span::styled(format!("    {label:<9}"), theme.dim()),
                Span::raw(sanitize_line(text)),
            ]));
        }
    }
    lines
}
