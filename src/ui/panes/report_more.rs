//! The second half of the Reports pane's lines: listening, prescriptors, campaigns, trends,
//! the week's notes and next week's posts.

use super::report_lines::{Lines, NAME};
use crate::clock::Clock;
use crate::domain::report::{Report, bar, sparkline};
use crate::domain::week::ratio;
use crate::text::{sanitize_line, truncate};
use crate::ui::format::{count, delta, euros, percent};
use ratatui::text::{Line, Span};

pub(super) fn listening(r: &Report, clock: &Clock, out: &mut Lines<'_>) {
    let t = &r.this;
    out.heading("Listening: mentions by rule, sentiment, share of voice");
    out.header(&["mentions", "last week"]);
    for l in &r.rules {
        out.row(
            &format!("{} ({})", l.name, l.kind),
            &[count(l.mentions), count(l.before)],
            &delta(l.mentions, l.before),
        );
    }
    out.lines.push(Line::from(vec![
        Span::raw(format!("  {:<NAME$}", "sentiment")),
        Span::styled(format!("+{} ", t.mentions_positive), out.theme.good()),
        Span::styled(format!("·{} ", t.mentions_neutral), out.theme.dim()),
        Span::styled(format!("−{}", t.mentions_negative), out.theme.alert()),
        Span::styled(
            format!("   positive share {}", percent(t.positive_share())),
            out.theme.dim(),
        ),
    ]));
    let total: i64 = r.voices.iter().map(|(_, n)| n).sum();
    for (name, n) in &r.voices {
        out.row(
            &format!("voice: {name}"),
            &[count(*n), percent(ratio(*n, total))],
            &bar(*n, total, 20),
        );
    }
    out.formula(
        "share of voice = brand mentions ÷ (brand + competitor mentions); corrected sentiment wins",
    );
    for (day, label, n) in &r.spikes {
        out.row(
            &format!("⚠ spike {}", day.format("%a %d")),
            &[],
            &format!("{} ({n} in 24 h)", sanitize_line(label)),
        );
    }
    for c in &r.crises {
        let opened = c.opened_at.map_or(String::new(), |t| {
            clock.local(t).format("%a %d %H:%M").to_string()
        });
        let closed = c.closed_at.map_or("still open".to_string(), |t| {
            format!("closed {}", clock.local(t).format("%a %d %H:%M"))
        });
        out.row(
            &format!("⛑ crisis level {} {opened}", c.level),
            &[],
            &format!("{closed} — {}", truncate(&sanitize_line(&c.note), 45)),
        );
    }
    if r.spikes.is_empty() && r.crises.is_empty() {
        out.dim("  No spike alert and no crisis this week.");
    }
    out.blank();
}

pub(super) fn prescriptors(r: &Report, out: &mut Lines<'_>) {
    let p = &r.prescriptors;
    out.heading("Prescriptors");
    out.row(
        "active advocates and influencers",
        &[count(p.active)],
        &format!(
            "{} vs last week",
            delta(p.active, r.before.active_prescriptors)
        ),
    );
    out.row(
        "new advocates and influencers",
        &[count(p.new_candidates)],
        "",
    );
    out.row(
        "follow-ups done",
        &[count(p.follow_ups_done)],
        "interactions logged",
    );
    out.row(
        "follow-ups overdue",
        &[count(p.follow_ups_overdue)],
        "at the end of the week",
    );
    out.row(
        "watchlist activity",
        &[count(p.watchlist_activity)],
        "messages and mentions from detractors and trolls",
    );
    out.formula("active = an advocate or influencer with a linked message or mention this week");
    out.blank();
}

pub(super) fn campaigns(r: &Report, out: &mut Lines<'_>) {
    out.heading("Campaigns running this week");
    if r.campaigns.is_empty() {
        out.dim("  No campaign runs this week.");
    }
    for c in &r.campaigns {
        let l = &c.line;
        let cpr = l
            .cost_per_result()
            .map_or("no data".to_string(), |v| format!("{v:.2} €"));
        let roi = l
            .roi()
            .map_or("no data".to_string(), |v| format!("{:.0}%", v * 100.0));
        out.row(
            &l.name,
            &[euros(c.spent_in_period_cents)],
            &format!(
                "this week · {} of {} to date · {} conversions · cost per result {cpr} · ROI {roi}",
                euros(l.spent_cents),
                euros(l.budget_cents),
                count(l.conversions)
            ),
        );
    }
    out.formula("cost per result = spend ÷ conversions; ROI = (revenue − spend) ÷ spend");
    out.blank();
}

pub(super) fn trends(r: &Report, out: &mut Lines<'_>) {
    let span = match (r.trends.weeks.first(), r.trends.weeks.last()) {
        (Some(a), Some(b)) => format!("{a} → {b}"),
        _ => String::new(),
    };
    out.heading(&format!("Trends, last 8 weeks ({span})"));
    for (name, values, rate) in r.trends.series() {
        let show = |v: Option<f64>| match v {
            None => "no data".to_string(),
            Some(v) if rate => format!("{:.1}%", v * 100.0),
            Some(v) => count(v.round() as i64),
        };
        let first = show(values.first().copied().flatten());
        let last = show(values.last().copied().flatten());
        out.row(
            name,
            &[],
            &format!("{}  {first} → {last}", sparkline(values)),
        );
    }
    out.blank();
}

pub(super) fn notes(r: &Report, out: &mut Lines<'_>) {
    out.heading("Small victories and notes (n writes them)");
    if r.notes.is_empty() {
        out.dim("  Nothing written for this week yet.");
    }
    for (_, victories, notes) in &r.notes {
        for (mark, text) in [("★", victories), ("✎", notes)] {
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                out.lines
                    .push(Line::raw(format!("  {mark} {}", sanitize_line(line))));
            }
        }
    }
    out.blank();
}

pub(super) fn next_week(r: &Report, clock: &Clock, out: &mut Lines<'_>) {
    out.heading(&format!(
        "Next week: {} posts scheduled",
        count(r.next_week_total)
    ));
    for p in &r.next_week {
        let when = p.at.map_or(String::new(), |at| {
            clock.local(at).format("%a %d %H:%M").to_string()
        });
        out.row(
            &format!("{when} {}", p.channel),
            &[],
            &truncate(&sanitize_line(&p.body), 70),
        );
    }
    let shown = r.next_week.len() as i64;
    if r.next_week_total > shown {
        out.dim(&format!("  …and {} more", r.next_week_total - shown));
    }
}
