//! Draws the plan screen: the parts of the plan down the left, the objectives measured with their
//! progress and traffic light (or the entries of the part chosen) on the right, the selected
//! entry's fields and formula below, and the form or link builder when open.

use super::{PlanScreen, Section};
use crate::command::Command;
use crate::domain::Kpi;
use crate::domain::week::{TrafficLight, iso_week_label};
use crate::keymap::{Keymap, Scope};
use crate::panes::form::{Form, FormView};
use crate::text::sanitize_line;
use crate::ui::format::{euros, kpi_value};
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
    let last = screen.week_start + chrono::Duration::days(6);
    let this = if screen.week_start == screen.current_week {
        " · this week"
    } else {
        ""
    };
    let week_keys = Hints::new(keys, Scope::Plan)
        .keys(&[Command::PrevPeriod, Command::NextPeriod], "week")
        .key(Command::ThisPeriod, "this week")
        .key(Command::Back, "closes")
        .join(", ");
    let title = format!(
        " ◆ STRATEGY · Plan — measured on {} ({} – {}){this} · {week_keys} ",
        iso_week_label(screen.week_start),
        screen.week_start.format("%d %b"),
        last.format("%d %b"),
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.mode(true))
        .title(Span::styled(title, theme.mode(true)));
    let inner = block.inner(area);
    Widget::render(block, area, buf);
    let [left, _, right] = Layout::horizontal([
        Constraint::Length(24),
        Constraint::Length(1),
        Constraint::Min(10),
    ])
    .areas(inner);
    Widget::render(Paragraph::new(section_lines(screen, theme)), left, buf);
    let [body, keys_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(right);
    let lines = match screen.section {
        Section::Objectives => objective_lines(screen, theme, body.height),
        _ => entry_lines(screen, theme, body.height),
    };
    Widget::render(Paragraph::new(lines).wrap(Wrap { trim: false }), body, buf);
    Widget::render(
        Paragraph::new(Line::styled(hints(screen, keys), theme.dim())),
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
        link_lines(link, theme, buf);
    }
}

/// The form of a setup step, titled with the step and what its keys do, from the live key map.
fn setup_form(screen: &PlanScreen, form: &Form, keys: &Keymap) -> Form {
    let save = keys.label_for(Scope::Form, Command::Save);
    let back = keys.label_for(Scope::Form, Command::Back);
    let mut form = form.clone();
    let channels = screen.plan.channels.len();
    if screen.section == Section::Brand {
        form.title = "Setup 1 of 2 · your brand".to_string();
        form.note.get_or_insert_with(|| {
            format!("{save} saves and goes on to the channels; {back} skips this step.")
        });
    } else {
        form.title = format!("Setup 2 of 2 · a channel ({channels} set up so far)");
        form.note.get_or_insert_with(|| {
            format!(
                "{save} saves it and opens the next one; {back} when you are done goes to the Calendar."
            )
        });
    }
    form
}

/// The UTM link built so far, wrapped under the builder's fields so it can be selected whole.
fn link_lines(link: &Form, theme: &Theme, buf: &mut Buffer) {
    let Ok(url) = super::utm::from_form(link) else {
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
        Line::styled("Link to paste in your posts:", theme.heading()),
        Line::raw(sanitize_line(&url)),
    ];
    Widget::render(Paragraph::new(lines).wrap(Wrap { trim: false }), place, buf);
}

fn hints(screen: &PlanScreen, keys: &Keymap) -> String {
    let mut hints = Hints::new(keys, Scope::Plan)
        .keys(&[Command::NextSection, Command::PrevSection], "part")
        .keys(&[Command::Down, Command::Up], "entry");
    if screen.section.is_list() {
        hints = hints.key(Command::New, "new");
    }
    hints = hints.key(Command::Edit, "edit");
    if screen.section.is_list() {
        hints = hints.key(Command::Delete, "delete");
    }
    if screen.section == Section::Campaigns {
        hints = hints.key(Command::UtmLink, "UTM link");
    }
    let hints = hints
        .key(Command::Undo, "undo")
        .key(Command::Back, "close")
        .key(Command::Help, "keys");
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
                section.title()
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

fn objective_lines(screen: &PlanScreen, theme: &Theme, height: u16) -> Vec<Line<'static>> {
    let mut lines = vec![heading(
        "Objectives — KPI actual vs target, progress by the deadline",
        theme,
    )];
    let objectives = &screen.plan.objectives;
    if objectives.is_empty() {
        lines.push(Line::styled(
            "  No objectives yet: n writes the first one (a KPI, a baseline, a target, a deadline).",
            theme.dim(),
        ));
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
            Some(TrafficLight::OnTrack) => (TrafficLight::OnTrack.label(), theme.good()),
            Some(TrafficLight::AtRisk) => (TrafficLight::AtRisk.label(), theme.warn()),
            Some(TrafficLight::OffTrack) => (TrafficLight::OffTrack.label(), theme.alert()),
            None => ("○ no data".to_string(), theme.dim()),
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
                    "{}{} {:>3.0}%",
                    "█".repeat(full),
                    "░".repeat(BAR - full),
                    p * 100.0
                )
            }
            None => format!("{} no data", "·".repeat(BAR)),
        };
        let due = chrono::NaiveDate::parse_from_str(&objective.deadline, "%Y-%m-%d").map_or_else(
            |_| sanitize_line(&objective.deadline),
            |d| d.format("%d %b %Y").to_string(),
        );
        lines.push(Line::styled(
            format!(
                "    {bar}  {}: {} of {}, from {} · due {due}",
                kpi.label(),
                actual.map_or("no data".to_string(), |v| kpi_value(kpi, v)),
                kpi_value(kpi, objective.target),
                kpi_value(kpi, objective.baseline),
            ),
            theme.dim(),
        ));
    }
    if let Some(objective) = objectives.get(screen.selected) {
        let kpi = Kpi::parse(&objective.kpi).unwrap_or(Kpi::Manual);
        lines.push(Line::raw(""));
        lines.push(heading(&format!("Formula — {}", kpi.label()), theme));
        lines.push(Line::raw(format!(
            "  {}",
            kpi.formula(crate::i18n::Lang::En)
        )));
        let period = format!("{} to {}", objective.starts_on, objective.deadline);
        let channel = objective.channel.as_deref().unwrap_or("all channels");
        for (label, value) in [
            ("Channel", channel),
            ("Period", period.as_str()),
            ("Owner note", objective.owner_note.as_str()),
        ] {
            lines.push(labelled(label, value, 12, theme));
        }
    }
    lines.push(Line::raw(""));
    lines.push(heading("Traffic light", theme));
    lines.push(Line::styled(
        format!("  {}", TrafficLight::rule(crate::i18n::Lang::En)),
        theme.dim(),
    ));
    lines.extend(warning_lines(screen, theme));
    lines
}

fn entry_lines(screen: &PlanScreen, theme: &Theme, height: u16) -> Vec<Line<'static>> {
    let section = screen.section;
    let mut lines = vec![heading(section.title(), theme)];
    let entries = section.lines(&screen.plan);
    if entries.is_empty() {
        lines.push(Line::styled(
            "  Nothing here yet: n adds the first entry.",
            theme.dim(),
        ));
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
        let cpr = line
            .cost_per_result()
            .map_or("no data".to_string(), |v| format!("{v:.2} €"));
        let roi = line
            .roi()
            .map_or("no data".to_string(), |v| format!("{:.0}%", v * 100.0));
        lines.push(Line::raw(""));
        lines.push(heading("Results so far", theme));
        lines.push(Line::raw(format!(
            "  spent {} of {} · {} posts · cost per result {cpr} · ROI {roi}",
            euros(line.spent_cents),
            euros(line.budget_cents),
            line.posts
        )));
        lines.push(Line::styled(
            "  cost per result = spend ÷ conversions · ROI = (revenue − spend) ÷ spend",
            theme.dim(),
        ));
    }
    lines.extend(warning_lines(screen, theme));
    lines
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
        .warnings()
        .into_iter()
        .map(|w| Line::styled(format!("  ▲ {w}"), theme.warn()))
        .collect()
}
