//! The Calendar's strategy face: campaigns on a timeline, the pillar mix of the visible period
//! against the targets, and posts this week per channel against the channel plan.

use crate::domain::strategy::CalendarStrategy;
use crate::i18n::{self, Arg, Lang};
use crate::ui::Theme;
use crate::ui::widgets::heading;
use ratatui::text::{Line, Span};

/// Money as the language writes it; English keeps the plain space before `€` its screens have
/// always shown (`i18n::money` puts a no-break space there).
fn euros(lang: Lang, cents: i64) -> String {
    let text = i18n::money(lang, cents);
    match lang {
        Lang::En => text.replace('\u{a0}', " "),
        Lang::Es => text,
    }
}

/// The lines of the strategy face, written in `lang`.
pub fn strategy_lines(data: &CalendarStrategy, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![heading(&lang.text("calendar-strategy-campaigns"), theme)];
    if data.campaigns.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("calendar-strategy-no-campaigns")),
            theme.dim(),
        ));
    }
    if let Some((first, _)) = data.period {
        lines.extend(timeline(data, first, theme, lang));
    }
    for campaign in &data.campaigns {
        let used = crate::domain::week::ratio(campaign.spent_cents, campaign.budget_cents);
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {:<28}",
                crate::text::truncate(&campaign.name.line(), 28)
            )),
            Span::raw(format!(
                "{} → {}  ",
                i18n::dated(lang, campaign.starts_on, "%d %b"),
                i18n::dated(lang, campaign.ends_on, "%d %b %Y")
            )),
            Span::raw(lang.text_with(
                "calendar-strategy-campaign-money",
                &[
                    ("budget", Arg::Text(&euros(lang, campaign.budget_cents))),
                    ("spent", Arg::Text(&euros(lang, campaign.spent_cents))),
                    ("share", Arg::Text(&i18n::share(lang, used))),
                    ("posts", Arg::Text(&i18n::count(lang, campaign.posts))),
                ],
            )),
        ]));
    }
    lines.push(Line::raw(""));
    let period = data
        .period
        .map(|(a, b)| {
            format!(
                " ({} – {})",
                i18n::dated(lang, a, "%d %b"),
                i18n::dated(lang, b, "%d %b")
            )
        })
        .unwrap_or_default();
    lines.push(heading(
        &lang.text_with(
            "calendar-strategy-mix-heading",
            &[("period", Arg::Text(&period))],
        ),
        theme,
    ));
    let total: i64 = data.pillars.iter().map(|p| p.posts).sum();
    for pillar in &data.pillars {
        let share = crate::domain::week::ratio(pillar.posts, total);
        let gap = share.map(|s| s - pillar.target_share);
        let style = match gap {
            Some(g) if g < -0.05 => theme.alert(),
            Some(g) if g > 0.05 => theme.warn(),
            _ => theme.good(),
        };
        let verdict = match gap {
            Some(g) if g < -0.05 => lang.text("calendar-strategy-under"),
            Some(g) if g > 0.05 => lang.text("calendar-strategy-over"),
            Some(_) => lang.text("calendar-strategy-on-target"),
            None => lang.text("no-data"),
        };
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {:<26}",
                crate::text::truncate(&pillar.name.line(), 26)
            )),
            Span::raw(format!(
                "{}  ",
                lang.text_with(
                    "calendar-strategy-pillar-line",
                    &[
                        (
                            "posts",
                            Arg::Text(&format!("{:>4}", i18n::count(lang, pillar.posts)))
                        ),
                        (
                            "share",
                            Arg::Text(&format!("{:>7}", i18n::share(lang, share)))
                        ),
                        (
                            "target",
                            Arg::Text(&format!("{:>6}", i18n::percent(lang, pillar.target_share)))
                        ),
                    ],
                )
            )),
            Span::styled(verdict, style),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("calendar-strategy-pace-heading"), theme));
    for channel in &data.channels {
        let planned = channel.planned_per_week;
        let (verdict, style) = if (channel.this_week as f64) < planned - 0.5 {
            (lang.text("calendar-strategy-under-served"), theme.alert())
        } else if (channel.this_week as f64) > planned + 0.5 {
            (lang.text("calendar-strategy-over-served"), theme.warn())
        } else {
            (lang.text("calendar-strategy-on-plan"), theme.good())
        };
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {:<5} {:<26}",
                channel.network.short(),
                crate::text::truncate(&crate::text::sanitize_line(&channel.channel), 26)
            )),
            Span::raw(format!(
                "{}  ",
                lang.text_with(
                    "calendar-strategy-channel-line",
                    &[
                        ("count", Arg::Count(channel.this_week)),
                        (
                            "week",
                            Arg::Text(&format!("{:>3}", i18n::count(lang, channel.this_week)))
                        ),
                        (
                            "plan",
                            Arg::Text(&format!("{:>4}", i18n::decimal(lang, planned, 1)))
                        ),
                    ],
                )
            )),
            Span::styled(verdict, style),
        ]));
        if !channel.role.is_empty() {
            lines.push(Line::styled(
                format!(
                    "        {}",
                    lang.text_with(
                        "calendar-strategy-role",
                        &[
                            (
                                "role",
                                Arg::Text(&crate::text::sanitize_line(&channel.role))
                            ),
                            (
                                "tone",
                                Arg::Text(&crate::text::sanitize_line(&channel.tone))
                            ),
                        ],
                    )
                ),
                theme.dim(),
            ));
        }
    }
    lines
}

/// Days each character of the timeline stands for.
const DAYS_PER_CELL: i64 = 2;
/// Characters of the timeline: 12 weeks, from 4 weeks before the visible period.
const TIMELINE_CELLS: i64 = 42;

/// Campaigns as bars on a 12-week axis that starts 4 weeks before the visible period (`▼`).
fn timeline(
    data: &CalendarStrategy,
    first: chrono::NaiveDate,
    theme: &Theme,
    lang: Lang,
) -> Vec<Line<'static>> {
    let start = first - chrono::Duration::days(28);
    let end = start + chrono::Duration::days(TIMELINE_CELLS * DAYS_PER_CELL);
    let mut axis = String::new();
    for cell in 0..TIMELINE_CELLS {
        let day = start + chrono::Duration::days(cell * DAYS_PER_CELL);
        axis.push(
            if (day..day + chrono::Duration::days(DAYS_PER_CELL)).contains(&first) {
                '▼'
            } else {
                ' '
            },
        );
    }
    let mut lines = vec![Line::styled(
        format!(
            "  {:<28}{axis}",
            format!(
                "{} → {}",
                i18n::dated(lang, start, "%d %b"),
                i18n::dated(lang, end, "%d %b")
            )
        ),
        theme.dim(),
    )];
    for campaign in &data.campaigns {
        let bar: String = (0..TIMELINE_CELLS)
            .map(|cell| {
                let day = start + chrono::Duration::days(cell * DAYS_PER_CELL);
                let covered = campaign.starts_on <= day + chrono::Duration::days(DAYS_PER_CELL - 1)
                    && day <= campaign.ends_on;
                if covered { '█' } else { '·' }
            })
            .collect();
        let name = crate::text::truncate(&campaign.name.line(), 26);
        lines.push(Line::from(vec![
            Span::raw(format!("  {name:<28}")),
            Span::styled(bar, theme.warn()),
        ]));
    }
    lines.push(Line::raw(""));
    lines
}
