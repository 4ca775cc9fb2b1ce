//! cmdeck: a keyboard-driven terminal desk for the solo community manager.
//!
//! Module map. Layers import downwards only (no module imports one that imports it back):
//!
//! - Ground: [`clock`] (the injected "now" and the local zone), [`text`] (the one sanitizer and
//!   [`text::Outside`], the type outside text travels in), [`files`] (atomic writes),
//!   [`command`] (every bindable verb).
//! - [`domain`]: plain types and pure rules — statuses, each pane's views and filters, rows,
//!   posts and drafts, post length, week figures, traffic lights. [`keymap`]: keys to commands,
//!   one scope per pane and per modal layer. [`filter`]: the `/` filter every list shares
//!   (every typed word, accent-insensitive, ranked by fit).
//! - [`analytics`]: pure computations — posting slots, evergreen re-queue, gaps, best time,
//!   response times and service level, triage, sentiment, listening, spikes. [`i18n`]: the
//!   language of a run, its message catalogues and how counts, rates, durations, money and dates
//!   read in it. [`cli`]: the command line.
//! - [`config`]: the TOML config, validated before the terminal is touched. [`report`]: the
//!   report gathered once into sections, written as Markdown and drawn by the Reports pane.
//!   [`ui`]: the drawing toolkit (theme, hints from the live key map, blocks, dialogs,
//!   [`ui::ViewContext`]); it knows no pane.
//! - [`plan`]: the strategy plan as one commented TOML document.
//! - [`db`]: the SQLite store — open, migrate, query; the only place with SQL, all static.
//! - [`import`] (files and feeds into the database), [`demo`] (the demo brand), [`today`].
//! - [`panes`]: one folder per pane — `panes/inbox/` holds the pane's state (private fields),
//!   its forms and editors, its typed requests (`request.rs`), the data it receives, its view
//!   (a ratatui widget over the pane) and its tests, snapshots included. A pane turns keys into
//!   requests and builds its own forms from what it receives; it never touches the database.
//! - [`app`]: derives the modal layer, routes keys through the key map, carries the panes'
//!   requests out against the database (`app/<pane>.rs`, exhaustive matches), loads what the
//!   face shown needs (`app/<pane>_load.rs`), and draws the frame (`app/draw`).
//!   [`commands`]: the scripting subcommands.
//! - [`terminal`] (raw mode, restored whatever happens), [`event`] (input thread, signals),
//!   [`run`] (the program once arguments are parsed).

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
pub mod i18n;
pub mod import;
pub mod keymap;
pub mod panes;
pub mod plan;
pub mod report;
pub mod report_files;
pub mod run;
pub mod terminal;
pub mod text;
pub mod today;
pub mod ui;
