//! What reaches the app (keys, resizes, ticks, workers' reports) and the overlays it can show.

use chrono::{DateTime, Utc};
use crossterm::event::KeyEvent;

/// Something that happened: a key, a new terminal size, a minute passing, or a request to stop.
#[derive(Debug, Clone, PartialEq)]
pub enum AppEvent {
    /// A key was pressed.
    Key(KeyEvent),
    /// The terminal was resized to (columns, rows).
    Resize(u16, u16),
    /// Time passed; the clock now reads this.
    Tick(DateTime<Utc>),
    /// The desk must stop (the terminal cannot be read any more).
    Quit,
    /// The process was asked to stop by this signal (SIGTERM, SIGHUP, SIGINT).
    Signalled(i32),
    /// A worker reports progress (one line per feed fetched).
    Progress(String),
    /// A worker finished; this line says how it went.
    Finished(String),
    /// The gatherer answered a report request.
    Gathered(super::gather::Gathered),
    /// An import under way says what it is doing (for the status line).
    ImportProgress(String),
    /// An import (or its dry run) finished.
    Imported(super::import_screen::ImportOutcome),
}

/// An overlay drawn over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The help generated from the live key map of the layer it was opened over.
    Help {
        /// Lines scrolled off the top.
        scroll: u16,
        /// The layer whose keys it lists.
        over: crate::keymap::Layer,
    },
}
