//! Draws the plan screen: the parts of the plan down the left, the objectives measured with their
//! progress and traffic light (or the entries of the part chosen) on the right, the selected
//! entry's fields and formula below, and the form or link builder when open.

use super::{PlanScreen, Section};
use crate::command::Command;
use crate::domain::Kpi;
use crate::domain::week::{TrafficLight, iso_week_label};
use crate::i18n::{Arg, Lang, dated, decimal, kpi_value, money, short_date};
use crate::keymap::{Keymap, Scope};
use crate::panes::form::{Form, FormView};
use crate::text::sanitize_line;
use crate::ui::hints::Hints;
use crate::ui::widgets::heading;
use crate::ui::{Theme, ViewContext};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Cells in a progress bar.
const BAR: usize = 10;

/// The narrowest the list of parts is.
const LEFT: u16 = 24;
/// The widest the list of parts grows to fit its titles.
const LEFT_MOST: u16 = 30;

/// The plan screen over the panes' place, then its form or link builder if one is open.
pub struct PlanView<'a> {
    screen: &'a PlanScreen,
    pub(super) ctx: ViewContext<'a>,
}

impl<'a> PlanView<'a> {
    /// The view of `screen`.
    pub fn new(screen: &'a PlanScreen, ctx: ViewContext<'a>) -> PlanView<'a> {
        PlanView { screen, ctx }
    }
}

impl Widget for PlanView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(self.screen, self.ctx.theme, self.ctx.keys, buf, area);
    }
}

fn draw(screen: &PlanScreen, theme: &Theme, keys: &Keymap, buf: &mut Buffer, area: Rect) {
    Widget::render(Clear, area, buf);
    let lang = screen.lang;
    let last = screen.week_start + chrono::Duration::days(6);
    let this = if screen.week_start == screen.current_week {
        lang.text("plan-title-this-week")
    } else {
        String::new()
    };
    let week_keys = Hints::new(keys, Scope::Plan)
        .keys(
            &[Command::PrevPeriod, Command::NextPeriod],
            &lang.text("plan-key-week"),
        )
        .key(Command::ThisPeriod, &lang.text("plan-key-this-week"))
        .key(Command::Back, &lang.text("plan-key-closes"))
        .join(", ");
    let number = chrono::Datelike::iso_week(&screen.week_start)
        .week()
        .to_string();
    let title = lang.text_with(
        "plan-title",
        &[
            ("week", Arg::Text(&iso_week_label(screen.week_start))),
            ("number", Arg::Text(&number)),
            ("from", Arg::Text(&short_date(lang, screen.week_start))),
            ("to", Arg::Text(&short_date(lang, last))),
            ("this", Arg::Text(&this)),
            ("keys", Arg::Text(&week_keys)),
        ],
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.mode(true))
        .title(Span::styled(title, theme.mode(true)));
    let inner = block.inner(area);
    Widget::render(block, area, buf);
    let sections = section_lines(screen, theme);
    let widest = sections.iter().map(Line::width).max().unwrap_or(0);
    let [left, _, right] = Layout::horizontal([
        Constraint::Length((widest as u16).clamp(LEFT, LEFT_MOST)),
        Constraint::Length(1),
        Constraint::Min(10),
    ])
    .areas(inner);
    Widget::render(Paragraph::new(sections), left, buf);
    let hint = hints(screen, keys);
    let [body, keys_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(right);
    let lines = match screen.section {
        Section::Objectives => objective_lines(screen, theme, keys, body.height),
        _ => entry_lines(screen, theme, keys, body.height),
    };
    Widget::render(Paragraph::new(lines).wrap(Wrap { trim: false }), body, buf);
    // The key hints sit under the entries, or across the whole screen when they are longer.
    let keys_area = if hint.chars().count() > usize::from(keys_area.width) {
        Rect {
            x: inner.x,
            width: inner.width,
            ..keys_area
        }
    } else {
        keys_area
    };
    Widget::render(
        Paragraph::new(Line::styled(hint, theme.dim())),
        keys_area,
        buf,
    );
    if let Some(editing) = &screen.editing {
        if screen.setup {
            let form = setup_form(screen, &editing.form, keys);
            FormView::new(&form, theme, keys).render(area, buf);
        } else {
            FormView::new(&editing.form, theme, keys).render(area, buf);
        }
    }
    if let Some(link) = &screen.link {
        FormView::new(link, theme, keys).render(area, buf);
        link_lines(link, lang, theme, buf);
    }
}

/// The form of a setup step, titled with the step and what its keys do, from the live key map.
fn setup_form(screen: &PlanScreen, form: &Form, keys: &Keymap) -> Form {
    let save = keys.label_for(Scope::Form, Command::Save);
    let back = keys.label_for(Scope::Form, Command::Back);
    let lang = screen.lang;
    let keys = [("save", Arg::Text(&save)), ("back", Arg::Text(&back))];
    let mut form = form.clone();
    let channels = screen.plan.channels.len() as i64;
    if screen.section == Section::Brand {
        form.title = lang.text("plan-setup-brand-title");
        form.note
            .get_or_insert_with(|| lang.text_with("plan-setup-brand-note", &keys));
    } else {
        form.title = lang.text_with(
            "plan-setup-channel-title",
            &[("count", Arg::Count(channels))],
        );
        form.note
            .get_or_insert_with(|| lang.text_with("plan-setup-channel-note", &keys));
    }
    form
}

/// The UTM link built so far, wrapped under the builder's fields so it can be selected whole.
fn link_lines(link: &Form, lang: Lang, theme: &Theme, buf: &mut Buffer) {
    let Ok(url) = super::utm::from_form(link, lang) else {
        return;
    };
    let area = crate::ui::centered(buf.area, 100, buf.area.height.saturating_sub(2));
    let top = area.y + 2 + link.fields.len() as u16 + 1;
    let bottom = area.y + area.height.saturating_sub(3);
    if top >= bottom {
        return;
    }
    let place = Rect {
        x: area.x + 2,
        y: top,
        width: area.width.saturating_sub(4),
        height: bottom - top,
    };
    let lines = vec![
        Line::styled(lang.text("plan-utm-paste"), theme.heading()),
        Line::raw(sanitize_line(&url)),
    ];
    Widget::render(Paragraph::new(lines).wrap(Wrap { trim: false }), place, buf);
}

fn hints(screen: &PlanScreen, keys: &Keymap) -> String {
    let t = |key: &str| screen.lang.text(key);
    let mut hints = Hints::new(keys, Scope::Plan)
        .keys(
            &[Command::NextSection, Command::PrevSection],
            &t("plan-key-part"),
        )
        .keys(&[Command::Down, Command::Up], &t("plan-key-entry"));
    if screen.section.is_list() {
        hints = hints.key(Command::New, &t("plan-key-new"));
    }
    hints = hints.key(Command::Edit, &t("plan-key-edit"));
    if screen.section.is_list() {
        hints = hints.key(Command::Delete, &t("plan-key-delete"));
    }
    if screen.section == Section::Campaigns {
        hints = hints.key(Command::UtmLink, &t("plan-key-utm"));
    }
    let hints = hints
        .key(Command::Undo, &t("plan-key-undo"))
        .key(Command::Back, &t("plan-key-close"))
        .key(Command::Help, &t("app-hint-keys"));
    format!(" {}", hints.join(" · "))
}

fn section_lines(screen: &PlanScreen, theme: &Theme) -> Vec<Line<'static>> {
    Section::ALL
        .iter()
        .map(|section| {
            let chosen = *section == screen.section;
            let count = if section.is_list() {
                format!(" ({})", section.len(&screen.plan))
            } else {
                String::new()
            };
            let text = format!(
                "{}{}{count}",
                if chosen { "▶ " } else { "  " },
                section.title(screen.lang)
            );
            if chosen {
                Line::styled(text, theme.selected())
            } else {
                Line::raw(text)
            }
        })
        .collect()
}

/// The rows `selected` must be seen among, `height` at a time.
fn window(len: usize, selected: usize, height: usize) -> std::ops::Range<usize> {
    let height = height.max(1);
    let start = selected
        .saturating_sub(height - 1)
        .min(len.saturating_sub(height));
    start..(start + height).min(len)
}

fn marker(chosen: bool) -> &'static str {
    if chosen { "▶ " } else { "  " }
}

fn objective_lines(
    screen: &PlanScreen,
    theme: &Theme,
    keys: &Keymap,
    height: u16,
) -> Vec<Line<'static>> {
    let lang = screen.lang;
    let no_data = lang.text("no-data");
    let mut lines = vec![heading(&lang.text("plan-objectives-heading"), theme)];
    let objectives = &screen.plan.objectives;
    if objectives.is_empty() {
        lines.push(nothing_yet("plan-objectives-empty", lang, keys, theme));
    }
    let room = usize::from(height).saturating_sub(14) / 2;
    for i in window(objectives.len(), screen.selected, room.max(1)) {
        let objective = &objectives[i];
        let kpi = Kpi::parse(&objective.kpi).unwrap_or(Kpi::Manual);
        let measured = screen
            .measured
            .as_ref()
            .and_then(|m| m.objectives.iter().find(|o| o.name == objective.name));
        let (light, style) = match measured.and_then(|m| m.light) {
            Some(TrafficLight::OnTrack) => (TrafficLight::OnTrack.label_in(lang), theme.good()),
            Some(TrafficLight::AtRisk) => (TrafficLight::AtRisk.label_in(lang), theme.warn()),
            Some(TrafficLight::OffTrack) => (TrafficLight::OffTrack.label_in(lang), theme.alert()),
            None => (format!("○ {no_data}"), theme.dim()),
        };
        let chosen = i == screen.selected;
        let name = Span::raw(sanitize_line(&objective.name));
        lines.push(Line::from(vec![
            Span::raw(marker(chosen)),
            Span::styled(format!("{light:<13}"), style),
            if chosen {
                name.style(theme.selected())
            } else {
                name
            },
        ]));
        let actual = measured.and_then(|m| m.actual);
        let progress = actual.and_then(|a| {
            let span = objective.target - objective.baseline;
            (span != 0.0).then(|| ((a - objective.baseline) / span).clamp(0.0, 1.0))
        });
        let bar = match progress {
            Some(p) => {
                let full = (p * BAR as f64).round() as usize;
                format!(
                    "{}{} {}",
                    "█".repeat(full),
                    "░".repeat(BAR - full),
                    whole_percent(lang, p, 3)
                )
            }
            None => format!("{} {no_data}", "·".repeat(BAR)),
        };
        let due = chrono::NaiveDate::parse_from_str(&objective.deadline, "%Y-%m-%d").map_or_else(
            |_| sanitize_line(&objective.deadline),
            |d| dated(lang, d, "%d %b %Y"),
        );
        let actual = actual.map_or(no_data.clone(), |v| kpi_value(lang, kpi, v));
        let progress = lang.text_with(
            "plan-objective-progress",
            &[
                ("kpi", Arg::Text(&kpi.word(lang))),
                ("actual", Arg::Text(&actual)),
                ("target", Arg::Text(&kpi_value(lang, kpi, objective.target))),
                (
                    "baseline",
                    Arg::Text(&kpi_value(lang, kpi, objective.baseline)),
                ),
                ("due", Arg::Text(&due)),
            ],
        );
        lines.push(Line::styled(format!("    {bar}  {progress}"), theme.dim()));
    }
    if let Some(objective) = objectives.get(screen.selected) {
        let kpi = Kpi::parse(&objective.kpi).unwrap_or(Kpi::Manual);
        lines.push(Line::raw(""));
        lines.push(heading(
            &lang.text_with("plan-formula", &[("kpi", Arg::Text(&kpi.word(lang)))]),
            theme,
        ));
        lines.push(Line::raw(format!("  {}", kpi.formula(lang))));
        let period = lang.text_with(
            "plan-period",
            &[
                ("from", Arg::Text(&objective.starts_on)),
                ("to", Arg::Text(&objective.deadline)),
            ],
        );
        let all = lang.text("plan-option-all-channels");
        let channel = objective.channel.as_deref().unwrap_or(&all);
        let rows = [
            (lang.text("plan-objective-channel"), channel),
            (lang.text("plan-objective-period"), period.as_str()),
            (
                lang.text("plan-objective-owner-note"),
                objective.owner_note.as_str(),
            ),
        ];
        let width = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        for (label, value) in rows {
            lines.push(labelled(&label, value, width.max(12), theme));
        }
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("plan-traffic-light"), theme));
    lines.push(Line::styled(
        format!("  {}", TrafficLight::rule(lang)),
        theme.dim(),
    ));
    lines.extend(warning_lines(screen, theme));
    lines
}

fn entry_lines(
    screen: &PlanScreen,
    theme: &Theme,
    keys: &Keymap,
    height: u16,
) -> Vec<Line<'static>> {
    let lang = screen.lang;
    let section = screen.section;
    let mut lines = vec![heading(&section.title(lang), theme)];
    let entries = section.lines(&screen.plan, lang);
    if entries.is_empty() {
        lines.push(nothing_yet("plan-entries-empty", lang, keys, theme));
    }
    let details = screen.details();
    let room = usize::from(height).saturating_sub(details.len() + 4).max(3);
    for i in window(entries.len(), screen.selected, room) {
        let text = format!(
            "{}{}",
            marker(i == screen.selected),
            sanitize_line(&entries[i])
        );
        lines.push(if i == screen.selected {
            Line::styled(text, theme.selected())
        } else {
            Line::raw(text)
        });
    }
    if !details.is_empty() {
        lines.push(Line::raw(""));
        let width = details
            .iter()
            .map(|(label, _)| label.chars().count())
            .max()
            .unwrap_or(0);
        for (label, value) in &details {
            let value = value.replace('\n', " ⏎ ");
            lines.push(labelled(label, &value, width, theme));
        }
    }
    if section == Section::Campaigns
        && let Some(campaign) = screen.plan.campaigns.get(screen.selected)
        && let Some(line) = screen
            .measured
            .as_ref()
            .and_then(|m| m.campaigns.iter().find(|c| c.name == campaign.name))
    {
        let no_data = lang.text("no-data");
        let cpr = line
            .cost_per_result()
            .map_or(no_data.clone(), |v| money(lang, (v * 100.0).round() as i64));
        let roi = line.roi().map_or(no_data, |v| whole_percent(lang, v, 0));
        lines.push(Line::raw(""));
        lines.push(heading(&lang.text("plan-results-heading"), theme));
        lines.push(Line::raw(format!(
            "  {}",
            lang.text_with(
                "plan-results",
                &[
                    ("spent", Arg::Text(&money(lang, line.spent_cents))),
                    ("budget", Arg::Text(&money(lang, line.budget_cents))),
                    ("posts", Arg::Count(line.posts)),
                    ("cpr", Arg::Text(&cpr)),
                    ("roi", Arg::Text(&roi)),
                ],
            )
        )));
        lines.push(Line::styled(
            format!("  {}", lang.text("plan-results-formula")),
            theme.dim(),
        ));
    }
    lines.extend(warning_lines(screen, theme));
    lines
}

/// The dim line an empty part shows: `key` names what the new-entry key writes.
fn nothing_yet(key: &str, lang: Lang, keys: &Keymap, theme: &Theme) -> Line<'static> {
    let new = keys.label_for(Scope::Plan, Command::New);
    let text = lang.text_with(key, &[("key", Arg::Text(&new))]);
    Line::styled(format!("  {text}"), theme.dim())
}

/// A share 0–1 as a whole percentage in `lang` (`45%` / `45 %`), its number right-aligned to
/// `width` columns.
fn whole_percent(lang: Lang, share: f64, width: usize) -> String {
    let share = format!("{:>width$}", decimal(lang, share * 100.0, 0));
    lang.text_with("plan-bar-percent", &[("share", Arg::Text(&share))])
}

/// A `label  value` line with labels right-aligned to `width`; the value is sanitized.
fn labelled(label: &str, value: &str, width: usize, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {label:>width$}  "), theme.dim()),
        Span::raw(sanitize_line(value)),
    ])
}

fn warning_lines(screen: &PlanScreen, theme: &Theme) -> Vec<Line<'static>> {
    screen
        .plan
        .warnings_in(screen.lang)
        .into_iter()
        .map(|w| Line::styled(format!("  ▲ {w}"), theme.warn()))
        .collect()
}
