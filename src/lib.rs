//! cmdeck: a keyboard-driven terminal desk for the solo community manager.
//!
//! Module map (data flows top to bottom):
//! - [`cli`]: command-line arguments and subcommands.
//! - [`config`]: the TOML config file, validated before the terminal is touched.
//! - [`command`]: every user-bindable verb; [`keymap`]: keys to commands, by scope.
//! - [`clock`]: the injected "now" and the local time zone.
//! - [`text`]: the one sanitizer for outside text, accent folding and width-aware truncation.
//! - [`files`]: writing a file atomically (a temporary file renamed into place).
//! - [`format`]: how counts, rates, durations and money read, for the screen and the report.
//! - [`filter`]: fuzzy, accent-insensitive filtering of list rows.
//! - [`domain`]: plain types and pure rules (statuses, each pane's views, filters, changes and
//!   records, rows, week figures, traffic lights).
//! - [`analytics`]: pure computations — post length, posting slots, evergreen re-queue, gaps, best time.
//! - [`report`]: the report gathered once into sections, written as Markdown and drawn by the Reports pane.
//! - [`db`]: the SQLite store — open, migrate, query; the only place with SQL, as static statements.
//! - [`import`]: files into the database (cmdeck CSV/JSON, feeds, platform exports), row by row.
//! - [`plan`]: the strategy plan as one commented TOML document (`cmdeck plan export|import`).
//! - [`demo`]: the deterministic demo brand.
//! - [`panes`]: the state of the five panes; they return requests, never touch the database.
//! - [`app`]: routes commands to panes and carries out their requests against the database.
//! - [`ui`]: draws the app; a function of the app's state only.
//! - [`commands`]: the scripting subcommands (`cmdeck post add`, `cmdeck post list`).
//! - [`today`]: the plain-text daily routine printed by `cmdeck today`.
//! - [`terminal`]: raw mode, the alternate screen, and restoring both whatever happens.
//! - [`event`]: the input thread and signal handling feeding the main loop.
//! - [`run`]: the program's entry once arguments are parsed.

pub mod analytics;
pub mod app;
pub mod cli;
pub mod clock;
pub mod command;
pub mod commands;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod event;
pub mod files;
pub mod filter;
pub mod format;
pub mod import;
pub mod keymap;
pub mod panes;
pub mod plan;
pub mod report;
pub mod run;
pub mod terminal;
pub mod text;
pub mod today;
pub mod ui;
