//! The Prescriptors pane: people with follow-ups first and a profile (execution), personas and
//! advocacy tiers with head counts (strategy).

use super::PeoplePane;
use crate::command::Command;
use crate::domain::people::{Activity, SuggestionKind};
use crate::domain::rows::PersonProfile;
use crate::domain::strategy::PeopleStrategy;
use crate::i18n::{self, Arg, Lang};
use crate::keymap::{Keymap, Scope};
use crate::panes::form::FormView;
use crate::panes::list_view::{list_table, strategy_face};
use crate::text::sanitize_line;
use crate::ui::PaneView;
use crate::ui::Theme;
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
    let lang = theme.lang;
    let area = crate::ui::centered(buf.area, 110, buf.area.height.saturating_sub(4));
    Widget::render(Clear, area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(format!(
            " {} ",
            lang.text_with(
                "people-suggestions-title",
                &[(
                    "keys",
                    Arg::Text(
                        &Hints::new(keys, Scope::Global)
                            .keys(
                                &[Command::Down, Command::Up],
                                &lang.text("people-hint-choose")
                            )
                            .key(Command::Open, &lang.text("people-hint-accepts"))
                            .key(Command::Back, &lang.text("people-hint-closes"))
                            .join(" · ")
                    )
                )]
            )
        ));
    let mut lines = Vec::new();
    for (i, s) in list.iter().enumerate() {
        let (label, style) = match s.kind {
            SuggestionKind::Candidate => (lang.text("people-suggestion-candidate"), theme.good()),
            SuggestionKind::Watchlist => (lang.text("people-suggestion-watchlist"), theme.alert()),
        };
        let marker = if i == selected { "▶" } else { " " };
        let score = lang.text_with(
            "people-suggestion-score",
            &[("score", Arg::Text(&i18n::decimal(lang, s.score, 1)))],
        );
        let head = format!(
            "{marker} {:<24} {label:<24} {score}",
            crate::text::truncate(&sanitize_line(&s.name), 24),
        );
        lines.push(if i == selected {
            Line::styled(head, theme.selected())
        } else {
            Line::styled(head, style)
        });
        lines.push(Line::styled(
            format!("    {}", evidence(lang, s.kind, &s.evidence)),
            theme.dim(),
        ));
    }
    Widget::render(Paragraph::new(lines).block(block), area, buf);
}

fn people_title(pane: &crate::panes::PeoplePane, keys: &Keymap, lang: Lang) -> String {
    let f = &pane.filter;
    let mut only = Vec::new();
    if let Some(role) = f.role {
        only.push(role.word(lang));
    }
    if let Some(tier) = &f.tier {
        only.push(sanitize_line(tier));
    }
    if let Some(tag) = &f.tag {
        only.push(format!("#{}", sanitize_line(tag)));
    }
    if f.due_only {
        only.push(lang.text("people-title-due"));
    }
    let only = if only.is_empty() {
        String::new()
    } else {
        let only = lang.text_with(
            "people-title-only",
            &[("what", Arg::Text(&only.join(" · ")))],
        );
        format!(" · {only}")
    };
    let keys = Hints::new(keys, Scope::Global)
        .key(Command::Open, &lang.text("people-hint-profile"))
        .scope(Scope::Prescriptors)
        .keys(
            &[Command::New, Command::Edit, Command::Delete],
            &lang.text("people-hint-add-edit-delete"),
        )
        .key(Command::FollowUp, &lang.text("people-hint-follow-up"))
        .key(Command::LogInteraction, &lang.text("people-hint-log"))
        .key(Command::Merge, &lang.text("people-hint-merge"))
        .key(Command::FilterPeople, &lang.text("people-hint-filter"))
        .join(", ");
    lang.text_with(
        "people-title",
        &[
            ("sort", Arg::Text(&f.sort.label_in(lang))),
            ("only", Arg::Text(&only)),
            ("keys", Arg::Text(&keys)),
        ],
    )
}

fn face(view: &PeoplePaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    let lang = view.ctx.lang;
    if view.ctx.strategy {
        strategy_face(
            buf,
            area,
            &lang.text("people-strategy-title"),
            &pane.strategy,
            theme,
            |data, theme| strategy_lines(data, theme, lang),
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
            pane_block(&lang.text("people-profile-title"), false, theme),
            profile_lines(view, profile, theme),
        );
        return;
    }
    let today = view.ctx.clock.today();
    let columns = [
        Column::fixed(lang.text("people-column-name"), 22).narrows_to(14),
        Column::fixed(lang.text("people-column-role"), 12).narrows_to(8),
        Column::fixed(lang.text("people-column-tier"), 10)
            .narrows_to(6)
            .drops(1),
        Column::fixed(lang.text("people-column-follow-up"), 12).narrows_to(10),
        Column::fixed(lang.text("people-column-reach"), 7),
        Column::fill(lang.text("people-column-handles"), 2),
        Column::fill(lang.text("people-column-tags"), 1),
    ];
    let block = pane_block(&people_title(pane, view.ctx.keys, lang), false, theme);
    let empty = match key(view.ctx.keys, Scope::Prescriptors, Command::New) {
        new if new.is_empty() => lang.text("people-empty"),
        new => lang.text_with("people-empty-key", &[("key", Arg::Text(&new))]),
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
                Span::styled(format!("⚑ {}", person.role.word(lang)), theme.alert())
            } else {
                Span::raw(person.role.word(lang))
            };
            let follow_up = match person.next_follow_up {
                Some(date) if date < today => Span::styled(
                    lang.text_with(
                        "people-follow-up-late",
                        &[("days", Arg::Count((today - date).num_days()))],
                    ),
                    theme.alert(),
                ),
                Some(date) if date == today => {
                    Span::styled(lang.text("people-follow-up-today"), theme.warn())
                }
                Some(date) => Span::raw(i18n::short_date(lang, date)),
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
                Span::raw(format!("{:>7}", i18n::count(lang, person.reach))),
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
    let lang = view.ctx.lang;
    let person = &profile.person;
    let handles: Vec<String> = profile
        .handles
        .iter()
        .map(|(network, handle)| format!("{network}: {handle}"))
        .collect();
    let mut lines = vec![
        Line::styled(person.name.line(), theme.heading()),
        field(
            &lang.text("people-field-role"),
            format!(
                "{}{}",
                person.role.word(lang),
                if person.role.is_hostile() {
                    lang.text("people-on-watchlist")
                } else {
                    String::new()
                }
            ),
            theme,
        ),
        field(
            &lang.text("people-field-tier"),
            if person.tier.is_empty() {
                "—"
            } else {
                &person.tier
            },
            theme,
        ),
        field(
            &lang.text("people-field-handles"),
            handles.join(" · "),
            theme,
        ),
        field(&lang.text("people-field-tags"), &person.tags, theme),
        field(
            &lang.text("people-field-reach"),
            i18n::count(lang, person.reach),
            theme,
        ),
        field(
            &lang.text("people-field-follow-up"),
            person.next_follow_up.map_or_else(
                || lang.text("people-follow-up-none"),
                |d| i18n::dated(lang, d, "%A %d %B %Y"),
            ),
            theme,
        ),
        field(
            &lang.text("people-field-activity"),
            lang.text_with(
                "people-activity",
                &[
                    ("messages", Arg::Count(profile.messages)),
                    (
                        "messages_shown",
                        Arg::Text(&i18n::count(lang, profile.messages)),
                    ),
                    ("mentions", Arg::Count(profile.mentions)),
                    (
                        "mentions_shown",
                        Arg::Text(&i18n::count(lang, profile.mentions)),
                    ),
                    ("positive", Arg::Text(&i18n::count(lang, profile.positive))),
                    ("negative", Arg::Text(&i18n::count(lang, profile.negative))),
                ],
            ),
            theme,
        ),
    ];
    if let Some(scores) = &view.pane.scores {
        lines.push(Line::raw(""));
        for (title, score, formula) in [
            (
                lang.text("people-score-advocacy"),
                &scores.advocacy,
                lang.text("people-formula-advocacy"),
            ),
            (
                lang.text("people-score-risk"),
                &scores.risk,
                lang.text("people-formula-risk"),
            ),
        ] {
            let parts: Vec<String> = score
                .parts
                .iter()
                .filter(|(_, v)| *v != 0.0)
                .map(|(name, v)| {
                    format!("{} {}", score_part(lang, name), i18n::decimal(lang, *v, 1))
                })
                .collect();
            let parts = if parts.is_empty() {
                lang.text("people-score-no-activity")
            } else {
                parts.join(" + ")
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{title:>16}  "), theme.heading()),
                Span::raw(format!(
                    "{}  = {parts}",
                    i18n::decimal(lang, score.rounded(), 1)
                )),
            ]));
            lines.push(Line::styled(
                format!("                  {formula}"),
                theme.dim(),
            ));
        }
        let a = &scores.activity;
        let shown = |n: u32| i18n::count(lang, i64::from(n));
        lines.push(Line::styled(
            format!(
                "                  {}",
                lang.text_with(
                    "people-score-from",
                    &[
                        ("positive_mentions", Arg::Text(&shown(a.positive_mentions))),
                        ("positive_messages", Arg::Text(&shown(a.positive_messages))),
                        ("defences", Arg::Text(&shown(a.defences))),
                        ("shares", Arg::Text(&shown(a.shares))),
                        ("negative_mentions", Arg::Text(&shown(a.negative_mentions))),
                        ("hostile_messages", Arg::Text(&shown(a.hostile_messages))),
                        ("reach", Arg::Text(&i18n::count(lang, a.reach))),
                    ],
                )
            ),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("people-notes"), theme));
    push_text(
        &mut lines,
        &profile.notes,
        &lang.text("people-notes-none"),
        theme,
    );
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("people-log"), theme));
    if profile.interactions.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("people-log-empty")),
            theme.dim(),
        ));
    }
    for interaction in &profile.interactions {
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {}  {:<13}",
                i18n::dated(lang, view.ctx.clock.local(interaction.at), "%d %b %Y"),
                sanitize_line(&interaction_word(lang, &interaction.kind))
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
        lang.text_with(
            "people-goes-back",
            &[(
                "key",
                Arg::Text(&key(view.ctx.keys, Scope::Global, Command::Back)),
            )],
        ),
        theme.dim(),
    ));
    lines
}

/// Why a suggestion is made, in `lang`: the counts its score is made of (the positive ones for a
/// candidate, the negative ones for the watchlist), then the reach and how long ago the person
/// was last active.
pub fn evidence(lang: Lang, kind: SuggestionKind, activity: &Activity) -> String {
    let counts = match kind {
        SuggestionKind::Candidate => vec![
            (
                "people-evidence-positive-mentions",
                activity.positive_mentions,
            ),
            (
                "people-evidence-positive-messages",
                activity.positive_messages,
            ),
            ("people-evidence-defences", activity.defences),
            ("people-evidence-shares", activity.shares),
        ],
        SuggestionKind::Watchlist => vec![
            (
                "people-evidence-negative-mentions",
                activity.negative_mentions,
            ),
            (
                "people-evidence-hostile-messages",
                activity.hostile_messages,
            ),
        ],
    };
    let counted = |key: &str, count: i64| {
        lang.text_with(
            key,
            &[
                ("count", Arg::Count(count)),
                ("shown", Arg::Text(&i18n::count(lang, count))),
            ],
        )
    };
    let mut parts: Vec<String> = counts
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(key, count)| counted(key, i64::from(count)))
        .collect();
    if activity.reach > 0 {
        parts.push(counted("people-evidence-reach", activity.reach));
    }
    match activity.days_since_last {
        Some(days) if days <= 0 => parts.push(lang.text("people-evidence-active-today")),
        Some(days) => parts.push(counted("people-evidence-last-active", days)),
        None => {}
    }
    parts.join(", ")
}

/// A score part's name (as the scores name it) in `lang`.
fn score_part(lang: Lang, name: &str) -> String {
    match name {
        "positive" => lang.text("people-part-positive"),
        "defences" => lang.text("people-part-defences"),
        "shares" => lang.text("people-part-shares"),
        "reach" => lang.text("people-part-reach"),
        "negative mentions" => lang.text("people-part-negative-mentions"),
        "hostile messages" => lang.text("people-part-hostile-messages"),
        other => other.to_string(),
    }
}

/// An interaction's kind as stored (`call`, `dm`…) in `lang`; a kind typed elsewhere as it is.
pub fn interaction_word(lang: Lang, kind: &str) -> String {
    if super::forms::INTERACTIONS.contains(&kind) {
        lang.text_with("people-interaction", &[("kind", Arg::Text(kind))])
    } else {
        kind.to_string()
    }
}

fn strategy_lines(data: &PeopleStrategy, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let people = |n: i64| {
        lang.text_with(
            "people-head-count",
            &[
                ("count", Arg::Count(n)),
                ("shown", Arg::Text(&i18n::count(lang, n))),
            ],
        )
    };
    let mut lines = vec![heading(&lang.text("people-strategy-tiers"), theme)];
    if data.tiers.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("people-strategy-no-tiers")),
            theme.dim(),
        ));
    }
    for tier in &data.tiers {
        lines.push(Line::styled(
            format!("  {} — {}", tier.name.line(), people(tier.people)),
            theme.warn(),
        ));
        lines.push(Line::raw(format!(
            "    {} {}",
            lang.text("people-strategy-receives"),
            sanitize_line(&tier.receives)
        )));
        lines.push(Line::raw(format!(
            "    {} {}",
            lang.text("people-strategy-moving-up"),
            sanitize_line(&tier.move_up)
        )));
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("people-strategy-personas"), theme));
    if data.personas.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("people-strategy-no-personas")),
            theme.dim(),
        ));
    }
    let labels = [
        lang.text("people-persona-who"),
        lang.text("people-persona-goals"),
        lang.text("people-persona-pains"),
        lang.text("people-persona-channels"),
        lang.text("people-persona-content"),
    ];
    let width = labels
        .iter()
        .map(|l| l.chars().count() + 1)
        .max()
        .unwrap_or(9)
        .max(9);
    for persona in &data.personas {
        lines.push(Line::styled(
            format!("  {} — {}", persona.name.line(), people(persona.people)),
            theme.warn(),
        ));
        for (label, text) in labels.iter().zip([
            &persona.description,
            &persona.goals,
            &persona.pains,
            &persona.channels,
            &persona.content,
        ]) {
            lines.push(Line::from(vec![
                Span::styled(format!("    {label:<width$}"), theme.dim()),
                Span::raw(sanitize_line(text)),
            ]));
        }
    }
    lines
}
