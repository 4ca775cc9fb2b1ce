//! The second half of the Markdown report: audience, community, listening, prescriptors,
//! campaigns, trends, notes and next week.

use super::escape::{excerpt, inline};
use super::markdown::{channel_table, signed, table};
use crate::clock::Clock;
use crate::domain::report::{Report, sparkline};
use crate::domain::week::{median, ratio};
use crate::ui::format::{count, euros, minutes, percent};
use std::fmt::Write;

pub(super) fn audience_and_community(out: &mut String, r: &Report) {
    out.push_str("## Audience\n\n");
    let growth = |start: Option<i64>, end: Option<i64>| match (start, end) {
        (Some(s), Some(e)) => signed(e, s),
        _ => "no data".into(),
    };
    let show = |f: Option<i64>| f.map_or("no data".into(), count);
    channel_table(
        out,
        r,
        &["Channel", "Followers at start", "At end", "Growth"],
        |c| {
            vec![
                show(c.followers_start),
                show(c.followers_end),
                growth(c.followers_start, c.followers_end),
            ]
        },
        vec![
            show(r.this.followers_start),
            show(r.this.followers_end),
            growth(r.this.followers_start, r.this.followers_end),
        ],
    );
    out.push_str("## Community\n\n");
    let target = f64::from(r.target_minutes);
    let within = |m: &[f64]| {
        ratio(
            m.iter().filter(|v| **v <= target).count() as i64,
            m.len() as i64,
        )
    };
    let slowest = |m: &[f64]| {
        m.iter()
            .copied()
            .fold(None, |a: Option<f64>, v| Some(a.map_or(v, |a| a.max(v))))
    };
    let all = &r.this.response_minutes;
    let header = format!("Within {}", minutes(Some(target)));
    channel_table(
        out,
        r,
        &[
            "Channel",
            "Received",
            "Answered",
            "Median first response",
            "Slowest",
            &header,
        ],
        |c| {
            let m = &c.response_minutes;
            vec![
                count(c.received),
                count(m.len() as i64),
                minutes(median(m)),
                minutes(slowest(m)),
                percent(within(m)),
            ]
        },
        vec![
            count(r.this.messages_received),
            count(r.this.messages_answered),
            minutes(median(all)),
            minutes(slowest(all)),
            percent(within(all)),
        ],
    );
    out.push_str("*First response = first reply − received (open hours only when business hours are set), over the messages received in the period and answered.*\n\n");
}

pub(super) fn listening(out: &mut String, r: &Report, clock: &Clock) {
    out.push_str("## Listening\n\n");
    let rows: Vec<Vec<String>> = r
        .rules
        .iter()
        .map(|l| {
            vec![
                inline(&l.name),
                l.kind.clone(),
                count(l.mentions),
                count(l.before),
                signed(l.mentions, l.before),
            ]
        })
        .collect();
    table(
        out,
        &["Rule", "Kind", "Mentions", "Period before", "Change"],
        &[false, false, true, true, true],
        &rows,
    );
    let t = &r.this;
    let rows = vec![
        vec![
            "Positive".into(),
            count(t.mentions_positive),
            percent(ratio(t.mentions_positive, t.mentions())),
        ],
        vec![
            "Neutral".into(),
            count(t.mentions_neutral),
            percent(ratio(t.mentions_neutral, t.mentions())),
        ],
        vec![
            "Negative".into(),
            count(t.mentions_negative),
            percent(ratio(t.mentions_negative, t.mentions())),
        ],
    ];
    table(
        out,
        &["Sentiment", "Mentions", "Share"],
        &[false, true, true],
        &rows,
    );
    let total: i64 = r.voices.iter().map(|(_, n)| n).sum();
    let rows: Vec<Vec<String>> = r
        .voices
        .iter()
        .map(|(name, n)| vec![inline(name), count(*n), percent(ratio(*n, total))])
        .collect();
    table(
        out,
        &["Voice", "Mentions", "Share of voice"],
        &[false, true, true],
        &rows,
    );
    out.push_str("*Share of voice = brand mentions ÷ (brand + competitor mentions); a corrected sentiment wins over the automatic one.*\n\n");
    out.push_str("### Spikes and crises\n\n");
    if r.spikes.is_empty() && r.crises.is_empty() {
        out.push_str("No spike alert and no crisis in the period.\n\n");
    }
    for (day, label, n) in &r.spikes {
        let _ = writeln!(
            out,
            "- Spike on {day}: {} ({n} mentions in 24 h)",
            inline(label)
        );
    }
    for c in &r.crises {
        let when = |t: Option<chrono::DateTime<chrono::Utc>>| {
            t.map_or("still open".into(), |t| {
                clock.local(t).format("%Y-%m-%d %H:%M").to_string()
            })
        };
        let _ = writeln!(
            out,
            "- Crisis level {}: opened {}, closed {} — {}",
            c.level,
            when(c.opened_at),
            when(c.closed_at),
            inline(&c.note)
        );
    }
    if !(r.spikes.is_empty() && r.crises.is_empty()) {
        out.push('\n');
    }
}

pub(super) fn prescriptors_and_campaigns(out: &mut String, r: &Report) {
    out.push_str("## Prescriptors\n\n");
    let p = &r.prescriptors;
    let rows = vec![
        vec!["Active advocates and influencers".into(), count(p.active)],
        vec![
            "New advocates and influencers".into(),
            count(p.new_candidates),
        ],
        vec![
            "Follow-ups done (interactions logged)".into(),
            count(p.follow_ups_done),
        ],
        vec![
            "Follow-ups overdue at the end of the period".into(),
            count(p.follow_ups_overdue),
        ],
        vec![
            "Watchlist activity (messages and mentions)".into(),
            count(p.watchlist_activity),
        ],
    ];
    table(out, &["Figure", "Value"], &[false, true], &rows);
    out.push_str("## Campaigns\n\n");
    if r.campaigns.is_empty() {
        out.push_str("No campaign running in the period.\n\n");
        return;
    }
    let rows: Vec<Vec<String>> = r
        .campaigns
        .iter()
        .map(|c| {
            let l = &c.line;
            vec![
                inline(&l.name),
                euros(c.spent_in_period_cents),
                euros(l.spent_cents),
                euros(l.budget_cents),
                count(l.conversions),
                l.cost_per_result()
                    .map_or("no data".into(), |v| format!("{v:.2} €")),
                l.roi()
                    .map_or("no data".into(), |v| format!("{:.0}%", v * 100.0)),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Campaign",
            "Spent in period",
            "Spent to date",
            "Budget",
            "Conversions",
            "Cost per result",
            "ROI",
        ],
        &[false, true, true, true, true, true, true],
        &rows,
    );
    out.push_str(
        "*Cost per result = spend to date ÷ conversions; ROI = (revenue − spend) ÷ spend.*\n\n",
    );
}

pub(super) fn trends(out: &mut String, r: &Report) {
    let weeks = &r.trends.weeks;
    let span = match (weeks.first(), weeks.last()) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => String::new(),
    };
    let _ = writeln!(out, "## Trends, last 8 weeks ({span})\n");
    let show = |v: Option<f64>, rate: bool| match v {
        None => "no data".to_string(),
        Some(v) if rate => format!("{:.1}%", v * 100.0),
        Some(v) => count(v.round() as i64),
    };
    let rows: Vec<Vec<String>> = r
        .trends
        .series()
        .iter()
        .map(|(name, values, rate)| {
            vec![
                name.to_string(),
                sparkline(values),
                show(values.first().copied().flatten(), *rate),
                show(values.last().copied().flatten(), *rate),
            ]
        })
        .collect();
    table(
        out,
        &["Figure", "Trend", "First week", "Last week"],
        &[false, false, true, true],
        &rows,
    );
}

pub(super) fn notes_and_next(out: &mut String, r: &Report, clock: &Clock) {
    out.push_str("## Small victories and notes\n\n");
    if r.notes.is_empty() {
        out.push_str("Nothing written for this period.\n\n");
    }
    for (week, victories, notes) in &r.notes {
        let _ = writeln!(out, "### {week}\n");
        for (title, text) in [("Small victories", victories), ("Notes", notes)] {
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            if lines.is_empty() {
                continue;
            }
            let _ = writeln!(out, "**{title}**\n");
            for line in lines {
                let item = line.trim_start_matches(['-', '*', '•']).trim_start();
                let _ = writeln!(out, "- {}", inline(item));
            }
            out.push('\n');
        }
    }
    out.push_str("## Next week\n\n");
    if r.next_week.is_empty() {
        out.push_str("Nothing scheduled for the next seven days.\n\n");
        return;
    }
    let rows: Vec<Vec<String>> = r
        .next_week
        .iter()
        .map(|p| {
            vec![
                p.at.map_or("—".into(), |at| {
                    clock.local(at).format("%a %d %b %H:%M").to_string()
                }),
                inline(&p.channel),
                excerpt(&p.body, 90),
            ]
        })
        .collect();
    table(
        out,
        &["When", "Channel", "Post"],
        &[false, false, false],
        &rows,
    );
    let shown = r.next_week.len() as i64;
    if r.next_week_total > shown {
        let _ = writeln!(
            out,
            "…and {} more scheduled posts.\n",
            r.next_week_total - shown
        );
    }
}
