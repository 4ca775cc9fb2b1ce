//! Colours and styles, with a colourless variant for `NO_COLOR`; meaning never rests on colour alone.

use crate::domain::{PostStatus, Sentiment};
use ratatui::style::{Color, Modifier, Style};

/// The styles of the interface.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
    /// The language of the words the shared widgets draw around a pane's own (the strategy
    /// marker, a list's position and filter line, its loading and no-match lines): English
    /// unless [`Theme::speaking`] says otherwise.
    pub lang: crate::i18n::Lang,
}

impl Theme {
    /// A theme with colours, or without when `color` is false, its widgets speaking English.
    pub fn new(color: bool) -> Theme {
        Theme {
            color,
            lang: crate::i18n::Lang::En,
        }
    }

    /// The same theme, its shared widgets speaking `lang`.
    pub fn speaking(self, lang: crate::i18n::Lang) -> Theme {
        Theme { lang, ..self }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// Plain text.
    pub fn text(&self) -> Style {
        Style::new()
    }

    /// Secondary text.
    pub fn dim(&self) -> Style {
        self.fg(Color::DarkGray).add_modifier(if self.color {
            Modifier::empty()
        } else {
            Modifier::DIM
        })
    }

    /// Headings and titles.
    pub fn heading(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The selected row.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The accent of the current mode: cyan for execution, magenta for strategy.
    pub fn mode(&self, strategy: bool) -> Style {
        self.fg(if strategy {
            Color::Magenta
        } else {
            Color::Cyan
        })
        .add_modifier(Modifier::BOLD)
    }

    /// The strategy-mode badge.
    pub fn strategy_badge(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Magenta)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// Something late or alarming.
    pub fn alert(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Something fine.
    pub fn good(&self) -> Style {
        self.fg(Color::Green)
    }

    /// Something to watch.
    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow)
    }

    /// A sentiment.
    pub fn sentiment(&self, sentiment: Option<Sentiment>) -> Style {
        match sentiment {
            Some(Sentiment::Positive) => self.good(),
            Some(Sentiment::Negative) => self.alert(),
            _ => self.dim(),
        }
    }

    /// A post status.
    pub fn post_status(&self, status: PostStatus) -> Style {
        match status {
            PostStatus::Idea => self.dim().add_modifier(Modifier::ITALIC),
            PostStatus::Draft => self.fg(Color::Yellow),
            PostStatus::Scheduled => self.fg(Color::Blue).add_modifier(Modifier::BOLD),
            PostStatus::Published => self.good(),
            PostStatus::Cancelled => self.dim().add_modifier(Modifier::CROSSED_OUT),
        }
    }
}
