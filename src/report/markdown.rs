//! The report as GitHub-flavoured Markdown: a title and summary, the objectives' KPI table, one
//! section per area with tables, eight-week trends as Unicode sparklines, small victories and
//! notes, and next week's posts. Every piece of outside text goes through [`super::escape`].

use super::escape::{excerpt, inline, link};
use crate::clock::Clock;
use crate::domain::report::Report;
use crate::domain::week::{TrafficLight, iso_week_label, ratio};
use crate::ui::format::{count, kpi_value, minutes, percent};
use std::fmt::Write;

/// A table: its header and rows of already-escaped cells; `right` marks right-aligned columns.
pub(super) fn table(out: &mut String, header: &[&str], right: &[bool], rows: &[Vec<String>]) {
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

/// A table with one row per channel then an "All channels" row; numbers right-aligned.
pub(super) fn channel_table(
    out: &mut String,
    r: &Report,
    header: &[&str],
    cells: impl Fn(&crate::domain::report::ChannelLine) -> Vec<String>,
    all: Vec<String>,
) {
    let mut rows: Vec<Vec<String>> = r
        .channels
        .iter()
        .map(|c| {
            let mut row = vec![inline(&c.label)];
            row.extend(cells(c));
            row
        })
        .collect();
    let mut total = vec!["**All channels**".to_string()];
    total.extend(all);
    rows.push(total);
    let right: Vec<bool> = (0..header.len()).map(|i| i > 0).collect();
    table(out, header, &right, &rows);
}

pub(super) fn signed(now: i64, before: i64) -> String {
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
    super::sections::audience_and_community(&mut out, report);
    super::sections::listening(&mut out, report, clock);
    super::sections::prescriptors_and_campaigns(&mut out, report);
    super::sections::trends(&mut out, report);
    super::sections::notes_and_next(&mut out, report, clock);
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
    channel_table(
        out,
        r,
        &["Channel", "Planned", "Published", "Change"],
        |c| {
            vec![
                count(c.planned),
                count(c.published),
                signed(c.published, c.published_before),
            ]
        },
        vec![
            count(r.this.posts_planned),
            count(r.this.posts_published),
            signed(r.this.posts_published, r.before.posts_published),
        ],
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
