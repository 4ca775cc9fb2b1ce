//! Draws a view alone on a test screen, for the panes' snapshot tests: a colourless theme, the
//! default key map, the given clock and face, one line of text per row.

use super::{Theme, ViewContext};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::keymap::Keymap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// What `draw` puts on a `width`×`height` screen in English, one line per row, trailing spaces
/// trimmed.
pub(crate) fn screen(
    width: u16,
    height: u16,
    clock: Clock,
    strategy: bool,
    draw: impl FnOnce(ViewContext<'_>, Rect, &mut Buffer),
) -> String {
    screen_in(Lang::En, width, height, clock, strategy, draw)
}

/// What `draw` puts on a `width`×`height` screen in `lang`, one line per row, trailing spaces
/// trimmed.
pub(crate) fn screen_in(
    lang: Lang,
    width: u16,
    height: u16,
    clock: Clock,
    strategy: bool,
    draw: impl FnOnce(ViewContext<'_>, Rect, &mut Buffer),
) -> String {
    let (theme, keys) = (Theme::new(false).speaking(lang), Keymap::defaults());
    let sentiment = crate::analytics::sentiment::Adjustments::default();
    let ctx = ViewContext {
        theme: &theme,
        keys: &keys,
        clock: &clock,
        strategy,
        sentiment: &sentiment,
        lang,
    };
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    draw(ctx, area, &mut buf);
    let symbols: Vec<&str> = buf.content.iter().map(|cell| cell.symbol()).collect();
    symbols
        .chunks(usize::from(width))
        .map(|row| row.concat().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
