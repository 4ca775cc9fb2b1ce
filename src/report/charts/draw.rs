//! Drawing one chart as SVG with plotters: grouped bars or lines over named categories, on a
//! white card with dark ink (readable whatever the theme of the page around it), a legend, the
//! values written on the marks and an optional reference line (a target, a threshold).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The size of every chart, in pixels.
const WIDTH: u32 = 860;
const HEIGHT: u32 = 420;
/// Text and axes.
pub(super) const INK: RGBColor = RGBColor(34, 34, 34);
/// Neutral sentiment.
pub(super) const NEUTRAL: RGBColor = RGBColor(150, 150, 150);
/// The grid.
const GRID: RGBColor = RGBColor(225, 225, 225);
/// The reference line.
pub(super) const REFERENCE: RGBColor = RGBColor(200, 40, 40);
/// The colours of the series, in order (colour-blind safe: Okabe–Ito).
pub(super) const PALETTE: [RGBColor; 4] = [
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
];

/// One series: its name in the legend, its colour and a value per category (`None`: no data).
pub(super) struct Series {
    pub name: String,
    pub color: RGBColor,
    pub values: Vec<Option<f64>>,
}

/// What a chart shows: its title, its categories (x axis), its series, how a value is written
/// and a reference line with its name.
pub(super) struct Figure<'a> {
    pub title: &'a str,
    pub categories: &'a [String],
    pub series: &'a [Series],
    pub format: &'a dyn Fn(f64) -> String,
    pub reference: Option<(f64, String)>,
    /// A line drawn over the bars, a value per category (a threshold that changes by day).
    pub overlay: Option<Series>,
}

/// How the series are drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Side by side bars in each category.
    Bars,
    /// A line with a dot at each known value.
    Lines,
}

type Failure = String;

fn fail<E: std::fmt::Display>(error: E) -> Failure {
    error.to_string()
}

fn font(size: u32) -> TextStyle<'static> {
    ("sans-serif", size).into_font().color(&INK)
}

/// A round top for the value axis, at least a little above `max`.
fn nice_top(max: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(max.log10().floor());
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        let top = step * magnitude;
        if top >= max * 1.1 {
            return top;
        }
    }
    10.0 * magnitude
}

/// Draws `figure` as an SVG document.
pub(super) fn svg(figure: &Figure<'_>, kind: Kind) -> Result<String, Failure> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(fail)?;
        draw(&root, figure, kind)?;
        root.present().map_err(fail)?;
    }
    Ok(out)
}

fn draw(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    figure: &Figure<'_>,
    kind: Kind,
) -> Result<(), Failure> {
    let count = figure.categories.len().max(1);
    let max = figure
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .copied()
        .chain(figure.reference.as_ref().map(|r| r.0))
        .chain(
            figure
                .overlay
                .iter()
                .flat_map(|s| s.values.iter().flatten().copied()),
        )
        .fold(0.0, f64::max);
    let top = nice_top(max);
    let mut chart = ChartBuilder::on(root)
        .caption(figure.title, font(22))
        .margin(18)
        .x_label_area_size(44)
        .y_label_area_size(72)
        .build_cartesian_2d(0f64..count as f64, 0f64..top)
        .map_err(fail)?;
    let format = figure.format;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(6)
        .y_label_formatter(&|v| format(*v))
        .label_style(font(14))
        .axis_style(INK)
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .draw()
        .map_err(fail)?;
    let groups = figure.series.len().max(1) as f64;
    let slot = 0.8 / groups;
    let on_top = font(13).pos(Pos::new(HPos::Center, VPos::Bottom));
    for (k, series) in figure.series.iter().enumerate() {
        let color = series.color;
        let known: Vec<(usize, f64)> = series
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (i, v)))
            .collect();
        let centre = |i: usize| match kind {
            Kind::Bars => i as f64 + 0.1 + (k as f64 + 0.5) * slot,
            Kind::Lines => i as f64 + 0.5,
        };
        match kind {
            Kind::Bars => {
                chart
                    .draw_series(known.iter().map(|&(i, v)| {
                        let x0 = i as f64 + 0.1 + k as f64 * slot;
                        Rectangle::new([(x0, 0.0), (x0 + slot * 0.9, v)], color.filled())
                    }))
                    .map_err(fail)?
                    .label(series.name.clone())
                    .legend(move |(x, y)| {
                        Rectangle::new([(x, y - 6), (x + 12, y + 6)], color.filled())
                    });
            }
            Kind::Lines => {
                chart
                    .draw_series(LineSeries::new(
                        known.iter().map(|&(i, v)| (centre(i), v)),
                        color.stroke_width(3),
                    ))
                    .map_err(fail)?
                    .label(series.name.clone())
                    .legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 14, y)], color.stroke_width(3))
                    });
                chart
                    .draw_series(
                        known
                            .iter()
                            .map(|&(i, v)| Circle::new((centre(i), v), 4, color.filled())),
                    )
                    .map_err(fail)?;
            }
        }
        chart
            .draw_series(
                known.iter().map(|&(i, v)| {
                    Text::new(format(v), (centre(i), v + top * 0.015), on_top.clone())
                }),
            )
            .map_err(fail)?;
    }
    if let Some(overlay) = &figure.overlay {
        let color = overlay.color;
        let points: Vec<(f64, f64)> = overlay
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (i as f64 + 0.5, v)))
            .collect();
        chart
            .draw_series(LineSeries::new(
                points.iter().copied(),
                color.stroke_width(2),
            ))
            .map_err(fail)?
            .label(overlay.name.clone())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 14, y)], color.stroke_width(2))
            });
        chart
            .draw_series(points.iter().map(|&p| Circle::new(p, 3, color.filled())))
            .map_err(fail)?;
    }
    if let Some((value, name)) = &figure.reference {
        chart
            .draw_series(LineSeries::new(
                [(0.0, *value), (count as f64, *value)],
                REFERENCE.stroke_width(2),
            ))
            .map_err(fail)?
            .label(format!("{name}: {}", format(*value)))
            .legend(|(x, y)| {
                PathElement::new(vec![(x, y), (x + 14, y)], REFERENCE.stroke_width(2))
            });
    }
    let under = font(14).pos(Pos::new(HPos::Center, VPos::Top));
    for (i, name) in figure.categories.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
        root.draw(&Text::new(name.clone(), (x, y + 8), under.clone()))
            .map_err(fail)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(GRID)
        .label_font(font(14))
        .draw()
        .map_err(fail)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::nice_top;

    #[test]
    fn the_value_axis_ends_on_a_round_number_above_the_largest_value() {
        assert_eq!(nice_top(0.0), 1.0);
        assert_eq!(nice_top(9.0), 10.0);
        assert_eq!(nice_top(10.0), 20.0);
        assert!((nice_top(0.031) - 0.05).abs() < 1e-12);
        assert_eq!(nice_top(180.0), 200.0);
    }
}
