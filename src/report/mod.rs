//! The report drawn from one model: the figures of a period gathered once into sections
//! ([`model`], built by `sections` and its area files), then written as GitHub-flavoured
//! Markdown ([`markdown`]) and drawn by the Reports pane. Pure and below the UI: it never imports
//! `ui`, touches the terminal, the database or the clock's "now".
//!
//! - [`model`]: sections, tables, lines, items and formulas, shown by both media or one.
//! - `sections`, `activity`, `listening`, `weeks`: the report's sections, in order, built from
//!   the pieces in `cells`.
//! - [`markdown`]: the sections as a document; [`escape`]: outside text made safe for Markdown;
//!   [`charts`]: the charts the document links to, as SVG; [`html`]: the document as one HTML
//!   file with its charts inline, for mail.
//! - `request`: what a report is asked for ([`ReportRequest`]).
//! - `tests`: the model on a small hand-built report, which the pane's tests also draw.

mod activity;
mod cells;
pub mod charts;
pub mod escape;
pub mod html;
mod listening;
pub mod markdown;
pub mod model;
mod request;
mod sections;
mod weeks;

pub use cells::week_label;
pub use markdown::{
    period_title, period_title_in, sections_markdown, to_markdown, to_markdown_in,
    to_markdown_with_charts, to_markdown_with_charts_in,
};
pub use request::ReportRequest;
pub use sections::{sections, sections_in};
#[cfg(test)]
pub(crate) mod tests;
