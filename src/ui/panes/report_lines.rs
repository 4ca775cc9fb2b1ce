//! The week's report as lines for the Reports pane: every area with its figures against the
//! week before, bars for channel splits, sparklines for the 8-week trends, the week's notes and
//! next week's posts; formulas under the figures when asked for.

use super::super::Theme;
use super::super::format::{count, delta, minutes, percent};
use super::super::widgets::heading;
use crate::clock::Clock;
use crate::domain::report::{Report, bar};
use crate::domain::week::{median, ratio};
use crate::text::{sanitize_line, truncate};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Width of the first column of the pane's tables.
pub(super) const NAME: usize = 34;
/// Width of a number column.
const NUMBER: usize = 11;

/// Lines being built, with the theme and whether formulas are shown.
pub struct Lines<'t> {
    /// The lines so far.
    pub lines: Vec<Line<'static>>,
    /// The theme.
    pub theme: &'t Theme,
    formulas: bool,
}

impl<'t> Lines<'t> {
    /// An empty list.
    pub fn new(theme: &'t Theme, formulas: bool) -> Lines<'t> {
        Lines {
            lines: Vec::new(),
            theme,
            formulas,
        }
    }

    /// An empty line.
    pub fn blank(&mut self) {
        self.lines.push(Line::raw(""));
    }

    /// A section heading.
    pub fn heading(&mut self, text: &str) {
        self.lines.push(heading(text, self.theme));
    }

    /// A dim line.
    pub fn dim(&mut self, text: &str) {
        self.lines
            .push(Line::styled(text.to_string(), self.theme.dim()));
    }

    /// A formula line, when formulas are shown.
    pub fn formula(&mut self, text: &str) {
        if self.formulas {
            self.lines
                .push(Line::styled(format!("    = {text}"), self.theme.dim()));
        }
    }

    /// A row: a name (outside text, sanitized and cut), numbers right-aligned, then a dim tail.
    pub fn row(&mut self, name: &str, numbers: &[String], tail: &str) {
        let name = truncate(&sanitize_line(name), NAME);
        let pad = NAME.saturating_sub(name.width());
        let mut text = format!("  {name}{}", " ".repeat(pad));
        for number in numbers {
            text.push_str(&format!("{number:>NUMBER$}"));
        }
        self.lines.push(Line::from(vec![
            Span::raw(text),
            Span::styled(format!("  {tail}"), self.theme.dim()),
        ]));
    }

    /// A header row for the numbers that follow.
    pub fn header(&mut self, columns: &[&str]) {
        let mut text = format!("  {:NAME$}", "");
        for column in columns {
            text.push_str(&format!("{column:>NUMBER$}"));
        }
        self.lines.push(Line::styled(text, self.theme.dim()));
    }
}

fn points(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(a), Some(b)) => format!("{:+.1} pts vs last week", (a - b) * 100.0),
        _ => "vs last week: no data".to_string(),
    }
}

/// Every area of the week's report.
pub fn week_lines(r: &Report, clock: &Clock, out: &mut Lines<'_>) {
    publishing(r, out);
    engagement(r, clock, out);
    audience(r, out);
    community(r, out);
    super::report_more::listening(r, clock, out);
    super::report_more::prescriptors(r, out);
    super::report_more::campaigns(r, out);
    super::report_more::trends(r, out);
    super::report_more::notes(r, out);
    super::report_more::next_week(r, clock, out);
}

fn publishing(r: &Report, out: &mut Lines<'_>) {
    out.heading("Publishing: posts planned and published per channel");
    out.header(&["planned", "published"]);
    let most = r.channels.iter().map(|c| c.published).max().unwrap_or(0);
    for c in &r.channels {
        let tail = format!(
            "{} {}",
            delta(c.published, c.published_before),
            bar(c.published, most, 12)
        );
        out.row(&c.label, &[count(c.planned), count(c.published)], &tail);
    }
    out.row(
        "all channels",
        &[count(r.this.posts_planned), count(r.this.posts_published)],
        &format!(
            "{} vs last week",
            delta(r.this.posts_published, r.before.posts_published)
        ),
    );
    out.formula("planned = scheduled in the week, any status but cancelled; published = published in the week");
    let total: i64 = r.pillars.iter().map(|p| p.posts).sum();
    if !r.pillars.is_empty() {
        out.header(&["target", "posts", "share"]);
    }
    for p in &r.pillars {
        let share = ratio(p.posts, total);
        let target = p
            .target
            .map_or("—".to_string(), |t| format!("{:.0}%", t * 100.0));
        let gap = match (share, p.target) {
            (Some(s), Some(t)) if (s - t).abs() >= 0.10 => {
                if s > t {
                    "▲ over target"
                } else {
                    "▼ under target"
                }
            }
            _ => "",
        };
        out.row(
            &p.name,
            &[target, count(p.posts), percent(share)],
            &format!("{} {gap}", bar(p.posts, total, 12)),
        );
    }
    out.formula("pillar share = the pillar's posts planned ÷ all posts planned in the week");
    out.blank();
}

fn engagement(r: &Report, clock: &Clock, out: &mut Lines<'_>) {
    let (t, b) = (&r.this, &r.before);
    out.heading("Engagement: posts published this week, latest metrics");
    out.row(
        "impressions",
        &[count(t.impressions)],
        &format!("{} vs last week", delta(t.impressions, b.impressions)),
    );
    out.row(
        "reach",
        &[count(t.reach)],
        &format!("{} vs last week", delta(t.reach, b.reach)),
    );
    out.row(
        "interactions",
        &[count(t.interactions)],
        &format!("{} vs last week", delta(t.interactions, b.interactions)),
    );
    out.row(
        "engagement rate",
        &[percent(t.engagement_rate())],
        &points(t.engagement_rate(), b.engagement_rate()),
    );
    out.formula("engagement rate = (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing)");
    for (title, posts) in [("top 3", &r.top_posts), ("bottom 3", &r.bottom_posts)] {
        if posts.is_empty() {
            continue;
        }
        out.dim(&format!("  {title}"));
        for p in posts {
            let when = p.published_at.map_or(String::new(), |at| {
                clock.local(at).format("%a %H:%M").to_string()
            });
            let name = format!("{} {} {when}", percent(p.rate), p.channel);
            out.row(&name, &[], &truncate(&sanitize_line(&p.body), 70));
        }
    }
    if r.top_posts.is_empty() {
        out.dim("  No published posts with metrics this week.");
    }
    out.blank();
}

fn audience(r: &Report, out: &mut Lines<'_>) {
    out.heading("Audience: followers per channel");
    out.header(&["start", "end", "growth"]);
    let show = |f: Option<i64>| f.map_or("no data".to_string(), count);
    let growth = |s: Option<i64>, e: Option<i64>| match (s, e) {
        (Some(s), Some(e)) => format!("{:+}", e - s),
        _ => "no data".to_string(),
    };
    for c in &r.channels {
        out.row(
            &c.label,
            &[
                show(c.followers_start),
                show(c.followers_end),
                growth(c.followers_start, c.followers_end),
            ],
            "",
        );
    }
    let t = &r.this;
    out.row(
        "all channels",
        &[
            show(t.followers_start),
            show(t.followers_end),
            growth(t.followers_start, t.followers_end),
        ],
        "",
    );
    out.formula("followers = latest audience snapshot on or before the day; start = the day before the week");
    out.blank();
}

fn community(r: &Report, out: &mut Lines<'_>) {
    let target = f64::from(r.target_minutes);
    out.heading(&format!(
        "Community: messages and first responses (target {})",
        minutes(Some(target))
    ));
    out.header(&["received", "answered", "median", "slowest", "in target"]);
    let within = |m: &[f64]| {
        ratio(
            m.iter().filter(|v| **v <= target).count() as i64,
            m.len() as i64,
        )
    };
    let slowest = |m: &[f64]| m.iter().copied().reduce(f64::max);
    for c in &r.channels {
        let m = &c.response_minutes;
        out.row(
            &c.label,
            &[
                count(c.received),
                count(m.len() as i64),
                minutes(median(m)),
                minutes(slowest(m)),
                percent(within(m)),
            ],
            "",
        );
    }
    let all = &r.this.response_minutes;
    out.row(
        "all channels",
        &[
            count(r.this.messages_received),
            count(r.this.messages_answered),
            minutes(median(all)),
            minutes(slowest(all)),
            percent(within(all)),
        ],
        &format!(
            "{} received vs last week",
            delta(r.this.messages_received, r.before.messages_received)
        ),
    );
    out.formula("first response = first reply − received (open hours only with business hours); over messages received this week");
    out.blank();
}
