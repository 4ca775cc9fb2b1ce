//! The figure formatting the panes use, kept under its old path: it lives in [`crate::format`],
//! below both the UI and the report, so that the report never imports the UI.

pub use crate::format::{count, delta, euros, kpi_value, minutes, percent};
