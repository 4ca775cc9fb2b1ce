//! The report's charts as SVG documents, each drawn from the same [`Report`] the Markdown is
//! written from: posts published per channel against the plan, the engagement rate and the
//! inbox over the trend weeks, the first response against its target, followers per channel,
//! share of voice against the competitors and the objectives' progress. A chart with no data is
//! left out rather than drawn empty. Pure: the caller writes the files.

mod draw;
#[cfg(test)]
mod tests;

use crate::domain::report::Report;
use crate::format::{count, minutes};
use crate::text::{sanitize_line, truncate};
use draw::{Figure, Kind, PALETTE, Series};

/// One chart: its file name (without the folder), what it shows (its title and alt text) and
/// the SVG document.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// `posts-per-channel.svg`.
    pub file: &'static str,
    /// What it shows, as its title and the image's alt text.
    pub title: String,
    /// The SVG document.
    pub svg: String,
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError {
    /// The chart's file name.
    pub file: &'static str,
    /// What the drawing library said.
    pub reason: String,
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the chart {} could not be drawn: {}",
            self.file, self.reason
        )
    }
}

impl std::error::Error for ChartError {}

/// Names from outside, made safe for the SVG (no control characters) and short enough to sit
/// under a bar.
fn label(name: &str) -> String {
    truncate(&sanitize_line(name), 18)
}

/// A share 0–1 as a percentage with one decimal.
fn percent(value: f64) -> String {
    format!("{:.1}%", value * 100.0)
}

/// Every chart the report has data for, in the order the report links them.
pub fn charts(report: &Report) -> Result<Vec<Chart>, ChartError> {
    let mut out = Vec::new();
    for (file, built) in [
        ("posts-per-channel.svg", posts_per_channel(report)),
        ("engagement-rate.svg", engagement_rate(report)),
        ("followers-per-channel.svg", followers_per_channel(report)),
        ("inbox-volume.svg", inbox_volume(report)),
        ("first-response.svg", first_response(report)),
        ("mentions-by-sentiment.svg", mentions_by_sentiment(report)),
        ("share-of-voice.svg", share_of_voice(report)),
        ("objectives-progress.svg", objectives_progress(report)),
    ] {
        if let Some((title, svg)) = built {
            let svg = svg.map_err(|reason| ChartError { file, reason })?;
            out.push(Chart { file, title, svg });
        }
    }
    Ok(out)
}

/// A drawn chart: its title and the SVG (or why it failed); `None` when there is no data.
type Built = Option<(String, Result<String, String>)>;

/// What a chart may add to its series: a reference line and a line over the bars.
struct Extras {
    reference: Option<(f64, String)>,
    overlay: Option<Series>,
}

/// No reference line and no overlay.
const PLAIN: Extras = Extras {
    reference: None,
    overlay: None,
};

fn draw_chart(
    title: String,
    categories: &[String],
    series: &[Series],
    format: &dyn Fn(f64) -> String,
    extras: Extras,
    kind: Kind,
) -> Built {
    let figure = Figure {
        title: &title,
        categories,
        series,
        format,
        reference: extras.reference,
        overlay: extras.overlay,
    };
    let svg = draw::svg(&figure, kind);
    Some((title, svg))
}

fn whole(value: f64) -> String {
    count(value.round() as i64)
}

fn posts_per_channel(report: &Report) -> Built {
    let channels: Vec<_> = report
        .channels
        .iter()
        .filter(|c| c.planned > 0 || c.published > 0)
        .collect();
    if channels.is_empty() {
        return None;
    }
    let categories: Vec<String> = channels.iter().map(|c| label(&c.label)).collect();
    let series = [
        Series {
            name: "planned".into(),
            color: PALETTE[1],
            values: channels.iter().map(|c| Some(c.planned as f64)).collect(),
        },
        Series {
            name: "published".into(),
            color: PALETTE[0],
            values: channels.iter().map(|c| Some(c.published as f64)).collect(),
        },
    ];
    let title = "Posts published per channel against the plan".to_string();
    draw_chart(title, &categories, &series, &whole, PLAIN, Kind::Bars)
}

/// The trend weeks' labels (`W49`) and one series, or `None` when the series has no value.
fn trend(report: &Report, values: &[Option<f64>]) -> Option<Vec<String>> {
    values.iter().any(Option::is_some).then(|| {
        report
            .trends
            .weeks
            .iter()
            .map(|week| week.rsplit('-').next().unwrap_or(week).to_string())
            .collect()
    })
}

fn engagement_rate(report: &Report) -> Built {
    weekly(
        report,
        &report.trends.engagement,
        "Engagement rate",
        "interactions ÷ impressions",
        &percent,
        PLAIN,
        Kind::Lines,
    )
}

/// A chart of one trend over the report's weeks, titled `what, last N weeks`; `None` when the
/// trend has no value.
fn weekly(
    report: &Report,
    values: &[Option<f64>],
    what: &str,
    series_name: &str,
    format: &dyn Fn(f64) -> String,
    extras: Extras,
    kind: Kind,
) -> Built {
    let weeks = trend(report, values)?;
    let title = format!("{what}, last {} weeks", weeks.len());
    let series = [Series {
        name: series_name.into(),
        color: PALETTE[0],
        values: values.to_vec(),
    }];
    draw_chart(title, &weeks, &series, format, extras, kind)
}

fn followers_per_channel(report: &Report) -> Built {
    let channels: Vec<_> = report
        .channels
        .iter()
        .filter(|c| c.followers_start.is_some() || c.followers_end.is_some())
        .collect();
    if channels.is_empty() {
        return None;
    }
    let categories: Vec<String> = channels.iter().map(|c| label(&c.label)).collect();
    let series = [
        Series {
            name: format!("on {}", report.first.format("%d %b")),
            color: PALETTE[1],
            values: channels
                .iter()
                .map(|c| c.followers_start.map(|f| f as f64))
                .collect(),
        },
        Series {
            name: format!("on {}", report.last.format("%d %b")),
            color: PALETTE[0],
            values: channels
                .iter()
                .map(|c| c.followers_end.map(|f| f as f64))
                .collect(),
        },
    ];
    let title = "Followers per channel".to_string();
    draw_chart(title, &categories, &series, &whole, PLAIN, Kind::Bars)
}

fn inbox_volume(report: &Report) -> Built {
    weekly(
        report,
        &report.trends.messages,
        "Messages received",
        "messages received",
        &whole,
        PLAIN,
        Kind::Bars,
    )
}

fn first_response(report: &Report) -> Built {
    let format = |value: f64| minutes(Some(value));
    let target = (report.target_minutes > 0)
        .then(|| (f64::from(report.target_minutes), "target".to_string()));
    weekly(
        report,
        &report.trends.median_response,
        "Median first response against the target",
        "median first response",
        &format,
        Extras {
            reference: target,
            overlay: None,
        },
        Kind::Lines,
    )
}

fn share_of_voice(report: &Report) -> Built {
    let all: i64 = report.voices.iter().map(|(_, n)| n).sum();
    if all == 0 {
        return None;
    }
    let categories: Vec<String> = report
        .voices
        .iter()
        .map(|(name, n)| format!("{} {}", label(name), percent(*n as f64 / all as f64)))
        .collect();
    let series = [Series {
        name: "mentions in the period".into(),
        color: PALETTE[2],
        values: report.voices.iter().map(|(_, n)| Some(*n as f64)).collect(),
    }];
    let title = "Share of voice against the competitors".to_string();
    draw_chart(title, &categories, &series, &whole, PLAIN, Kind::Bars)
}

fn objectives_progress(report: &Report) -> Built {
    let objectives: Vec<_> = report
        .strategy
        .objectives
        .iter()
        .filter(|o| o.target != o.baseline)
        .collect();
    if objectives.is_empty() {
        return None;
    }
    let categories: Vec<String> = objectives.iter().map(|o| label(o.name.raw())).collect();
    let series = [
        Series {
            name: "progress to the target".into(),
            color: PALETTE[0],
            values: objectives
                .iter()
                .map(|o| {
                    o.actual
                        .map(|a| ((a - o.baseline) / (o.target - o.baseline)).max(0.0))
                })
                .collect(),
        },
        Series {
            name: "time elapsed".into(),
            color: PALETTE[3],
            values: objectives
                .iter()
                .map(|o| {
                    let planned = (o.deadline - o.starts_on).num_days();
                    let gone = (report.last - o.starts_on).num_days();
                    (planned > 0).then(|| (gone as f64 / planned as f64).clamp(0.0, 1.0))
                })
                .collect(),
        },
    ];
    let title =
        "Objectives: progress from the baseline to the target against time elapsed".to_string();
    draw_chart(
        title,
        &categories,
        &series,
        &percent,
        Extras {
            reference: Some((1.0, "target".to_string())),
            overlay: None,
        },
        Kind::Bars,
    )
}

fn mentions_by_sentiment(report: &Report) -> Built {
    let days = &report.daily_sentiment;
    if days
        .iter()
        .all(|d| d.positive + d.neutral + d.negative == 0)
    {
        return None;
    }
    let categories: Vec<String> = days
        .iter()
        .map(|d| d.day.format("%a %d").to_string())
        .collect();
    let of = |count: fn(&crate::domain::report::DaySentiment) -> i64| {
        days.iter().map(|d| Some(count(d) as f64)).collect()
    };
    let series = [
        Series {
            name: "positive".into(),
            color: PALETTE[2],
            values: of(|d| d.positive),
        },
        Series {
            name: "neutral".into(),
            color: draw::NEUTRAL,
            values: of(|d| d.neutral),
        },
        Series {
            name: "negative".into(),
            color: draw::REFERENCE,
            values: of(|d| d.negative),
        },
    ];
    let overlay = days.iter().any(|d| d.threshold.is_some()).then(|| Series {
        name: "negative spike alert above".into(),
        color: draw::INK,
        values: days.iter().map(|d| d.threshold).collect(),
    });
    let title =
        "Brand mentions by sentiment per day, with the negative-spike threshold".to_string();
    let extras = Extras {
        reference: None,
        overlay,
    };
    draw_chart(title, &categories, &series, &whole, extras, Kind::Bars)
}
