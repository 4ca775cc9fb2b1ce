//! The report as GitHub-flavoured Markdown: a title and summary, the objectives' KPI table, one
//! section per area with tables, eight-week trends as Unicode sparklines, small victories and
//! notes, and next week's posts. Every piece of outside text goes through [`super::escape`].

use super::escape::{excerpt, inline, link};
use crate::clock::Clock;
use crate::domain::report::{Report, sparkline};
use crate::domain::week::{TrafficLight, iso_week_label, median, ratio};
use crate::ui::format::{count, euros, kpi_value, minutes, percent};
use std::fmt::Write;

/// A table: its header and rows of already-escaped cells; `right` marks right-aligned columns.
fn table(out: &mut String, header: &[&str], right: &[bool], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let marks: Vec<&str> = (0..header.len())
        .map(|i| {
            if right.get(i).copied().unwrap_or(false) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    let _ = writeln!(out, "| {} |", marks.join(" | "));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
}

fn signed(now: i64, before: i64) -> String {
    match now - before {
        0 => "=".to_string(),
        d if d > 0 => format!("+{}", count(d)),
        d => format!("−{}", count(-d)),
    }
}

fn points(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(a), Some(b)) => format!("{:+.1} pts", (a - b) * 100.0),
        _ => "no data".to_string(),
    }
}

/// The period's title: `2026-W48 (23 Nov – 29 Nov 2026)` or `2026-10-01 to 2026-12-31`.
pub fn period_title(report: &Report) -> String {
    let days = (report.last - report.first).num_days() + 1;
    if days == 7 && iso_week_label(report.first) == iso_week_label(report.last) {
        format!(
            "{} ({} – {})",
            iso_week_label(report.first),
            report.first.format("%d %b"),
            report.last.format("%d %b %Y")
        )
    } else {
        format!("{} to {}", report.first, report.last)
    }
}

/// The whole report as Markdown; times are shown on `clock`'s local time.
pub fn to_markdown(report: &Report, clock: &Clock) -> String {
    let mut out = String::new();
    let brand = if report.brand.is_empty() {
        "cmdeck".to_string()
    } else {
        inline(&report.brand)
    };
    let _ = writeln!(out, "# {brand} — report for {}\n", period_title(report));
    summary(&mut out, report);
    objectives(&mut out, report);
    publishing(&mut out, report);
    engagement(&mut out, report, clock);
    audience_and_community(&mut out, report);
    listening(&mut out, report, clock);
    prescriptors_and_campaigns(&mut out, report);
    trends(&mut out, report);
    notes_and_next(&mut out, report, clock);
    out.push_str("---\n\n*Written by cmdeck. Every figure is computed from the local database; the formulas are under each table.*\n");
    out
}

fn summary(out: &mut String, r: &Report) {
    let (this, before) = (&r.this, &r.before);
    let lights = |wanted: TrafficLight| {
        r.strategy
            .objectives
            .iter()
            .filter(|o| o.light == Some(wanted))
            .count()
    };
    let _ = writeln!(
        out,
        "**Summary.** {} posts published ({} against the period before), engagement rate {}, \
{} messages received and {} answered (median first response {}), {} mentions with a share of voice of {}. \
Objectives: {} on track, {} at risk, {} off track.\n",
        count(this.posts_published),
        signed(this.posts_published, before.posts_published),
        percent(this.engagement_rate()),
        count(this.messages_received),
        count(this.messages_answered),
        minutes(this.median_response()),
        count(this.mentions()),
        percent(this.share_of_voice()),
        lights(TrafficLight::OnTrack),
        lights(TrafficLight::AtRisk),
        lights(TrafficLight::OffTrack),
    );
}

fn objectives(out: &mut String, r: &Report) {
    out.push_str("## Objectives\n\n");
    if r.strategy.objectives.is_empty() {
        out.push_str("No objectives in the plan.\n\n");
        return;
    }
    let rows: Vec<Vec<String>> = r
        .strategy
        .objectives
        .iter()
        .map(|o| {
            vec![
                inline(&o.name),
                o.kpi.label().to_string(),
                kpi_value(o.kpi, o.baseline),
                o.actual.map_or("no data".into(), |v| kpi_value(o.kpi, v)),
                kpi_value(o.kpi, o.target),
                o.deadline.to_string(),
                o.light.map_or("○ no data", TrafficLight::label).to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Objective",
            "KPI",
            "Baseline",
            "Actual",
            "Target",
            "Deadline",
            "Status",
        ],
        &[false, false, true, true, true, false, false],
        &rows,
    );
    let _ = writeln!(out, "*Traffic light:* {}.\n", TrafficLight::RULE);
}

fn publishing(out: &mut String, r: &Report) {
    out.push_str("## Publishing\n\n");
    let mut rows: Vec<Vec<String>> = r
        .channels
        .iter()
        .map(|c| {
            vec![
                inline(&c.label),
                count(c.planned),
                count(c.published),
                signed(c.published, c.published_before),
            ]
        })
        .collect();
    rows.push(vec![
        "**All channels**".into(),
        count(r.this.posts_planned),
        count(r.this.posts_published),
        signed(r.this.posts_published, r.before.posts_published),
    ]);
    table(
        out,
        &["Channel", "Planned", "Published", "Change"],
        &[false, true, true, true],
        &rows,
    );
    let total: i64 = r.pillars.iter().map(|p| p.posts).sum();
    let rows: Vec<Vec<String>> = r
        .pillars
        .iter()
        .map(|p| {
            vec![
                inline(&p.name),
                p.target
                    .map_or("—".into(), |t| format!("{:.0}%", t * 100.0)),
                count(p.posts),
                percent(ratio(p.posts, total)),
            ]
        })
        .collect();
    table(
        out,
        &["Pillar", "Target share", "Posts planned", "Actual share"],
        &[false, true, true, true],
        &rows,
    );
    out.push_str("*Planned = posts scheduled in the period, any status but cancelled; actual share = the pillar's posts ÷ all posts planned.*\n\n");
}

fn engagement(out: &mut String, r: &Report, clock: &Clock) {
    out.push_str("## Engagement\n\n");
    let (t, b) = (&r.this, &r.before);
    let rows = vec![
        vec![
            "Impressions".into(),
            count(t.impressions),
            count(b.impressions),
            signed(t.impressions, b.impressions),
        ],
        vec![
            "Reach".into(),
            count(t.reach),
            count(b.reach),
            signed(t.reach, b.reach),
        ],
        vec![
            "Interactions".into(),
            count(t.interactions),
            count(b.interactions),
            signed(t.interactions, b.interactions),
        ],
        vec![
            "Engagement rate".into(),
            percent(t.engagement_rate()),
            percent(b.engagement_rate()),
            points(t.engagement_rate(), b.engagement_rate()),
        ],
    ];
    table(
        out,
        &["Figure", "This period", "Period before", "Change"],
        &[false, true, true, true],
        &rows,
    );
    out.push_str("*Engagement rate = (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing), latest metrics of the posts published in the period.*\n\n");
    for (title, posts) in [
        ("Top posts", &r.top_posts),
        ("Bottom posts", &r.bottom_posts),
    ] {
        let _ = writeln!(out, "### {title}\n");
        if posts.is_empty() {
            out.push_str("No published posts with metrics.\n\n");
            continue;
        }
        let rows: Vec<Vec<String>> = posts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    (i + 1).to_string(),
                    inline(&p.channel),
                    p.published_at.map_or("—".into(), |at| {
                        clock.local(at).format("%a %d %b %H:%M").to_string()
                    }),
                    excerpt(&p.body, 80),
                    count(p.interactions),
                    percent(p.rate),
                    p.url
                        .as_deref()
                        .and_then(|u| link("open", u))
                        .unwrap_or_else(|| "—".into()),
                ]
            })
            .collect();
        table(
            out,
            &[
                "#",
                "Channel",
                "Published",
                "Post",
                "Interactions",
                "Engagement",
                "Link",
            ],
            &[true, false, false, false, true, true, false],
            &rows,
        );
    }
}

fn audience_and_community(out: &mut String, r: &Report) {
    out.push_str("## Audience\n\n");
    let growth = |start: Option<i64>, end: Option<i64>| match (start, end) {
        (Some(s), Some(e)) => signed(e, s),
        _ => "no data".into(),
    };
    let show = |f: Option<i64>| f.map_or("no data".into(), count);
    let mut rows: Vec<Vec<String>> = r
        .channels
        .iter()
        .map(|c| {
            vec![
                inline(&c.label),
                show(c.followers_start),
                show(c.followers_end),
                growth(c.followers_start, c.followers_end),
            ]
        })
        .collect();
    rows.push(vec![
        "**All channels**".into(),
        show(r.this.followers_start),
        show(r.this.followers_end),
        growth(r.this.followers_start, r.this.followers_end),
    ]);
    table(
        out,
        &["Channel", "Followers at start", "At end", "Growth"],
        &[false, true, true, true],
        &rows,
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
    let mut rows: Vec<Vec<String>> = r
        .channels
        .iter()
        .map(|c| {
            let m = &c.response_minutes;
            vec![
                inline(&c.label),
                count(c.received),
                count(m.len() as i64),
                minutes(median(m)),
                minutes(slowest(m)),
                percent(within(m)),
            ]
        })
        .collect();
    let all = &r.this.response_minutes;
    rows.push(vec![
        "**All channels**".into(),
        count(r.this.messages_received),
        count(r.this.messages_answered),
        minutes(median(all)),
        minutes(slowest(all)),
        percent(within(all)),
    ]);
    let header = format!("Within {}", minutes(Some(target)));
    table(
        out,
        &[
            "Channel",
            "Received",
            "Answered",
            "Median first response",
            "Slowest",
            &header,
        ],
        &[false, true, true, true, true, true],
        &rows,
    );
    out.push_str("*First response = first reply − received (open hours only when business hours are set), over the messages received in the period and answered.*\n\n");
}

fn listening(out: &mut String, r: &Report, clock: &Clock) {
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

fn prescriptors_and_campaigns(out: &mut String, r: &Report) {
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

fn trends(out: &mut String, r: &Report) {
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

fn notes_and_next(out: &mut String, r: &Report, clock: &Clock) {
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
