//! The report's charts as SVG documents, each drawn from the same [`Report`] the Markdown is
//! written from: posts published per channel against the plan, the engagement rate and the
//! inbox over the trend weeks, the first response against its target, followers per channel,
//! share of voice against the competitors and the objectives' progress. A chart with no data is
//! left out rather than drawn empty. Pure: the caller writes the files.

mod draw;
#[cfg(test)]
mod tests;

use crate::domain::report::Report;
use crate::i18n::{Arg, Lang, count, dated, minutes};
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

impl ChartError {
    /// The refusal in `lang` (English is its `Display`); the drawing library's own words are
    /// kept as they are.
    pub fn message(&self, lang: Lang) -> String {
        lang.text_with(
            "report-chart-error",
            &[
                ("file", crate::i18n::Arg::Text(self.file)),
                ("reason", crate::i18n::Arg::Text(&self.reason)),
            ],
        )
    }
}

impl std::error::Error for ChartError {}

/// Names from outside, made safe for the SVG (no control characters) and short enough to sit
/// under a bar.
fn label(name: &str) -> String {
    truncate(&sanitize_line(name), 18)
}

/// A share 0–1 as a percentage with one decimal: `2.2%` / `2,2 %`.
fn percent(lang: Lang, value: f64) -> String {
    crate::i18n::percent(lang, value)
}

/// Every chart the report has data for, in the order the report links them, in English (see
/// [`charts_in`]).
pub fn charts(report: &Report) -> Result<Vec<Chart>, ChartError> {
    charts_in(report, Lang::En)
}

/// Every chart the report has data for, in the order the report links them: titles, legends,
/// axis labels, tick numbers and dates in `lang`.
pub fn charts_in(report: &Report, lang: Lang) -> Result<Vec<Chart>, ChartError> {
    let mut out = Vec::new();
    for (file, built) in [
        ("posts-per-channel.svg", posts_per_channel(report, lang)),
        ("engagement-rate.svg", engagement_rate(report, lang)),
        (
            "followers-per-channel.svg",
            followers_per_channel(report, lang),
        ),
        ("inbox-volume.svg", inbox_volume(report, lang)),
        ("first-response.svg", first_response(report, lang)),
        (
            "mentions-by-sentiment.svg",
            mentions_by_sentiment(report, lang),
        ),
        ("share-of-voice.svg", share_of_voice(report, lang)),
        ("objectives-progress.svg", objectives_progress(report, lang)),
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

/// A whole number in `lang`.
fn whole(lang: Lang) -> impl Fn(f64) -> String {
    move |value| count(lang, value.round() as i64)
}

fn posts_per_channel(report: &Report, lang: Lang) -> Built {
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
            name: lang.text("report-chart-planned"),
            color: PALETTE[1],
            values: channels.iter().map(|c| Some(c.planned as f64)).collect(),
        },
        Series {
            name: lang.text("report-chart-published"),
            color: PALETTE[0],
            values: channels.iter().map(|c| Some(c.published as f64)).collect(),
        },
    ];
    let title = lang.text("report-chart-posts-title");
    draw_chart(title, &categories, &series, &whole(lang), PLAIN, Kind::Bars)
}

/// The trend weeks' labels (`W49` / `sem. 49`) and one series, or `None` when the series has
/// no value.
fn trend(report: &Report, values: &[Option<f64>], lang: Lang) -> Option<Vec<String>> {
    values.iter().any(Option::is_some).then(|| {
        report
            .trends
            .weeks
            .iter()
            .map(|week| {
                let short = week.rsplit('-').next().unwrap_or(week);
                match short.strip_prefix('W').and_then(|n| n.parse::<u32>().ok()) {
                    Some(number) => lang.text_with(
                        "report-chart-week",
                        &[
                            ("week", Arg::Text(short)),
                            ("number", Arg::Text(&number.to_string())),
                        ],
                    ),
                    None => short.to_string(),
                }
            })
            .collect()
    })
}

fn engagement_rate(report: &Report, lang: Lang) -> Built {
    weekly(
        report,
        lang,
        &report.trends.engagement,
        &lang.text("report-chart-engagement-title"),
        &lang.text("report-chart-engagement-series"),
        &move |v| percent(lang, v),
        PLAIN,
        Kind::Lines,
    )
}

/// A chart of one trend over the report's weeks, titled `what, last N weeks`; `None` when the
/// trend has no value.
#[allow(clippy::too_many_arguments)]
fn weekly(
    report: &Report,
    lang: Lang,
    values: &[Option<f64>],
    what: &str,
    series_name: &str,
    format: &dyn Fn(f64) -> String,
    extras: Extras,
    kind: Kind,
) -> Built {
    let weeks = trend(report, values, lang)?;
    let title = lang.text_with(
        "report-chart-weekly-title",
        &[
            ("what", Arg::Text(what)),
            ("weeks", Arg::Text(&count(lang, weeks.len() as i64))),
            ("count", Arg::Count(weeks.len() as i64)),
        ],
    );
    let series = [Series {
        name: series_name.into(),
        color: PALETTE[0],
        values: values.to_vec(),
    }];
    draw_chart(title, &weeks, &series, format, extras, kind)
}

fn followers_per_channel(report: &Report, lang: Lang) -> Built {
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
            name: lang.text_with(
                "report-chart-on-day",
                &[("day", Arg::Text(&dated(lang, report.first, "%d %b")))],
            ),
            color: PALETTE[1],
            values: channels
                .iter()
                .map(|c| c.followers_start.map(|f| f as f64))
                .collect(),
        },
        Series {
            name: lang.text_with(
                "report-chart-on-day",
                &[("day", Arg::Text(&dated(lang, report.last, "%d %b")))],
            ),
            color: PALETTE[0],
            values: channels
                .iter()
                .map(|c| c.followers_end.map(|f| f as f64))
                .collect(),
        },
    ];
    let title = lang.text("report-chart-followers-title");
    draw_chart(title, &categories, &series, &whole(lang), PLAIN, Kind::Bars)
}

fn inbox_volume(report: &Report, lang: Lang) -> Built {
    weekly(
        report,
        lang,
        &report.trends.messages,
        &lang.text("report-chart-inbox-title"),
        &lang.text("report-chart-inbox-series"),
        &whole(lang),
        PLAIN,
        Kind::Bars,
    )
}

fn first_response(report: &Report, lang: Lang) -> Built {
    let format = move |value: f64| minutes(lang, Some(value));
    let target = (report.target_minutes > 0).then(|| {
        (
            f64::from(report.target_minutes),
            lang.text("report-chart-target"),
        )
    });
    weekly(
        report,
        lang,
        &report.trends.median_response,
        &lang.text("report-chart-response-title"),
        &lang.text("report-chart-response-series"),
        &format,
        Extras {
            reference: target,
            overlay: None,
        },
        Kind::Lines,
    )
}

fn share_of_voice(report: &Report, lang: Lang) -> Built {
    let all: i64 = report.voices.iter().map(|(_, n)| n).sum();
    if all == 0 {
        return None;
    }
    let categories: Vec<String> = report
        .voices
        .iter()
        .enumerate()
        .map(|(i, (name, n))| {
            let name = if i == 0 && report.brand.is_empty() {
                lang.text("report-the-brand")
            } else {
                name.clone()
            };
            format!("{} {}", label(&name), percent(lang, *n as f64 / all as f64))
        })
        .collect();
    let series = [Series {
        name: lang.text("report-chart-voice-series"),
        color: PALETTE[2],
        values: report.voices.iter().map(|(_, n)| Some(*n as f64)).collect(),
    }];
    let title = lang.text("report-chart-voice-title");
    draw_chart(title, &categories, &series, &whole(lang), PLAIN, Kind::Bars)
}

fn objectives_progress(report: &Report, lang: Lang) -> Built {
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
            name: lang.text("report-chart-progress-series"),
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
            name: lang.text("report-chart-elapsed-series"),
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
    let title = lang.text("report-chart-objectives-title");
    draw_chart(
        title,
        &categories,
        &series,
        &move |v| percent(lang, v),
        Extras {
            reference: Some((1.0, lang.text("report-chart-target"))),
            overlay: None,
        },
        Kind::Bars,
    )
}

fn mentions_by_sentiment(report: &Report, lang: Lang) -> Built {
    let days = &report.daily_sentiment;
    if days
        .iter()
        .all(|d| d.positive + d.neutral + d.negative == 0)
    {
        return None;
    }
    let categories: Vec<String> = days.iter().map(|d| dated(lang, d.day, "%a %d")).collect();
    let of = |count: fn(&crate::domain::report::DaySentiment) -> i64| {
        days.iter().map(|d| Some(count(d) as f64)).collect()
    };
    let series = [
        Series {
            name: lang.text("report-chart-positive"),
            color: PALETTE[2],
            values: of(|d| d.positive),
        },
        Series {
            name: lang.text("report-chart-neutral"),
            color: draw::NEUTRAL,
            values: of(|d| d.neutral),
        },
        Series {
            name: lang.text("report-chart-negative"),
            color: draw::REFERENCE,
            values: of(|d| d.negative),
        },
    ];
    let overlay = days.iter().any(|d| d.threshold.is_some()).then(|| Series {
        name: lang.text("report-chart-spike-series"),
        color: draw::INK,
        values: days.iter().map(|d| d.threshold).collect(),
    });
    let title = lang.text("report-chart-sentiment-title");
    let extras = Extras {
        reference: None,
        overlay,
    };
    draw_chart(
        title,
        &categories,
        &series,
        &whole(lang),
        extras,
        Kind::Bars,
    )
}
