//! The drawing toolkit every view shares: the theme, key hints read from the live key map,
//! framed blocks and detail text, dialogs, and the [`ViewContext`] a view draws with.
//! It knows no pane and no app: the panes' views (in `panes/`) and the frame (in `app/draw`)
//! are built from it.

mod dialog;
pub mod hints;
#[cfg(test)]
pub(crate) mod testing;
mod theme;
pub mod widgets;

pub use dialog::{Confirm, centered};
pub use theme::Theme;

use crate::clock::Clock;
use crate::keymap::Keymap;

/// Rows taken by everything but the list rows: tab bar, status line, borders, header.
const CHROME_ROWS: u16 = 5;

/// How many list rows fit in a terminal `rows` tall.
pub fn list_height(rows: u16) -> usize {
    usize::from(rows.saturating_sub(CHROME_ROWS).max(1))
}

/// What every view draws with besides its pane: the colours, the live key map (for hints), the
/// clock (for ages and local times) and the face shown.
#[derive(Clone, Copy)]
pub struct ViewContext<'a> {
    /// Colours and styles.
    pub theme: &'a Theme,
    /// The key map in force, so every hint shows the key as bound.
    pub keys: &'a Keymap,
    /// "Now" and the zone times are shown in.
    pub clock: &'a Clock,
    /// Whether the strategy face is shown.
    pub strategy: bool,
    /// The brand's terms and what its corrections taught, to explain automatic sentiment.
    pub sentiment: &'a crate::analytics::sentiment::Adjustments,
    /// The language every word on screen is written in.
    pub lang: crate::i18n::Lang,
}

/// A pane's view: the pane, borrowed, with what every view draws with. Each pane draws its own
/// `PaneView<'_, ItsPane>` as a ratatui widget, in the face the context asks for.
pub struct PaneView<'a, P> {
    /// The pane drawn.
    pub pane: &'a P,
    /// Theme, key map, clock and face.
    pub ctx: ViewContext<'a>,
}

impl<'a, P> PaneView<'a, P> {
    /// The view of `pane`.
    pub fn new(pane: &'a P, ctx: ViewContext<'a>) -> PaneView<'a, P> {
        PaneView { pane, ctx }
    }
}
