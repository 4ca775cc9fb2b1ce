//! The report model: the report as sections of tables, lines, items and formulas, with every
//! figure already formatted, that the Markdown writer and the Reports pane both render. It holds
//! outside text raw (each renderer escapes or sanitizes it) and knows nothing of either medium's
//! syntax: only which of the two shows a piece, what a piece means, and a few hints the pane
//! lays out (a lead, a detail line, a padded piece).

/// Which rendering shows a piece: both, only the Markdown document, or only the Reports pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// The document and the pane.
    Both,
    /// The Markdown document only.
    Document,
    /// The Reports pane only.
    Pane,
}

impl Show {
    /// Whether the document shows it.
    pub fn in_document(self) -> bool {
        self != Show::Pane
    }

    /// Whether the pane shows it.
    pub fn in_pane(self) -> bool {
        self != Show::Document
    }
}

/// What a piece of text means, for the pane's colours (the document shows it plain).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Meaning {
    /// Ordinary text.
    #[default]
    Plain,
    /// Secondary text.
    Dim,
    /// Good news: on track, positive.
    Good,
    /// A warning: at risk.
    Warn,
    /// Bad news: off track, negative.
    Bad,
}

/// Where a piece of text comes from, which decides how each renderer makes it safe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Written by cmdeck: shown as it is.
    Own,
    /// Typed or imported from outside: escaped in the document, sanitized on the pane, and cut
    /// to that many characters when a number is given.
    Outside(Option<usize>),
    /// A link to this address, shown as the text in the document when it is http(s), never on
    /// the pane.
    Link(String),
}

/// A run of text with its source and meaning; `pad` widens it to that many columns on the pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text, raw.
    pub text: String,
    /// Where it comes from.
    pub source: Source,
    /// What it means.
    pub meaning: Meaning,
    /// The width it is padded to on the pane (0: none).
    pub pad: usize,
}

impl Piece {
    /// cmdeck's own text.
    pub fn own(text: impl Into<String>) -> Piece {
        Piece {
            text: text.into(),
            source: Source::Own,
            meaning: Meaning::Plain,
            pad: 0,
        }
    }

    /// Outside text.
    pub fn outside(text: impl Into<String>) -> Piece {
        Piece {
            source: Source::Outside(None),
            ..Piece::own(text)
        }
    }

    /// Outside text cut to `max` characters.
    pub fn excerpt(text: impl Into<String>, max: usize) -> Piece {
        Piece {
            source: Source::Outside(Some(max)),
            ..Piece::own(text)
        }
    }

    /// A link labelled `label` to `url`.
    pub fn link(label: impl Into<String>, url: impl Into<String>) -> Piece {
        Piece {
            source: Source::Link(url.into()),
            ..Piece::own(label)
        }
    }

    /// The same piece with a meaning.
    pub fn meaning(self, meaning: Meaning) -> Piece {
        Piece { meaning, ..self }
    }

    /// The same piece padded to `width` columns on the pane.
    pub fn padded(self, width: usize) -> Piece {
        Piece { pad: width, ..self }
    }
}

/// A table cell: its pieces, and the pane's own wording when the pane words it differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// What the document shows (and the pane, unless `pane` is set).
    pub pieces: Vec<Piece>,
    /// What the pane shows instead.
    pub pane: Option<Vec<Piece>>,
}

impl Cell {
    /// A cell of cmdeck's own text (a figure, a label).
    pub fn own(text: impl Into<String>) -> Cell {
        Cell::of(vec![Piece::own(text)])
    }

    /// A cell of outside text.
    pub fn outside(text: impl Into<String>) -> Cell {
        Cell::of(vec![Piece::outside(text)])
    }

    /// A cell of these pieces.
    pub fn of(pieces: Vec<Piece>) -> Cell {
        Cell { pieces, pane: None }
    }

    /// The same cell, worded `text` on the pane.
    pub fn on_pane(self, text: impl Into<String>) -> Cell {
        self.on_pane_as(vec![Piece::own(text)])
    }

    /// The same cell, shown as `pieces` on the pane.
    pub fn on_pane_as(self, pieces: Vec<Piece>) -> Cell {
        Cell {
            pane: Some(pieces),
            ..self
        }
    }

    /// What the pane shows.
    pub fn pane_pieces(&self) -> &[Piece] {
        self.pane.as_deref().unwrap_or(&self.pieces)
    }
}

/// How a column's cells align.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Figures.
    Right,
}

/// A table column: the header each medium prints, its alignment and who shows it. On the pane the
/// first column is the name, right-aligned columns are figures and a left-aligned one is the
/// remark after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The document's header.
    pub header: String,
    /// The pane's (shorter) header; empty for none.
    pub pane_header: String,
    /// Alignment.
    pub align: Align,
    /// Who shows it.
    pub show: Show,
}

impl Column {
    /// A text column in both media, headed `header` in the document.
    pub fn text(header: impl Into<String>) -> Column {
        Column {
            header: header.into(),
            pane_header: String::new(),
            align: Align::Left,
            show: Show::Both,
        }
    }

    /// A figure column in both media, headed `header` in the document and `pane` on the pane.
    pub fn figure(header: impl Into<String>, pane: impl Into<String>) -> Column {
        Column {
            pane_header: pane.into(),
            align: Align::Right,
            ..Column::text(header)
        }
    }

    /// The pane's remark column, dim after the figures.
    pub fn remark() -> Column {
        Column {
            show: Show::Pane,
            ..Column::text("")
        }
    }

    /// The same column shown only by `show`.
    pub fn only(self, show: Show) -> Column {
        Column { show, ..self }
    }
}

/// A table row; a total row closes a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// Whether it is the total row.
    pub total: bool,
}

/// A table with its columns and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// A line of text: a paragraph in the document, an indented line on the pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// A lead: bold before the text in the document, in the name column on the pane.
    pub lead: Option<String>,
    /// The text.
    pub pieces: Vec<Piece>,
    /// Whether the pane indents it as a detail of the line above.
    pub detail: bool,
}

impl Line {
    /// A line of these pieces.
    pub fn of(pieces: Vec<Piece>) -> Line {
        Line {
            lead: None,
            pieces,
            detail: false,
        }
    }

    /// A line of cmdeck's own text.
    pub fn own(text: impl Into<String>) -> Line {
        Line::of(vec![Piece::own(text)])
    }

    /// A dim line of cmdeck's own text.
    pub fn dim(text: impl Into<String>) -> Line {
        Line::of(vec![Piece::own(text).meaning(Meaning::Dim)])
    }

    /// The same line as a detail of the line above.
    pub fn as_detail(self) -> Line {
        Line {
            detail: true,
            ..self
        }
    }
}

/// A list of items (outside text); the document gives it a bold label, the pane a mark per item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Items {
    /// The document's label over the list, if any.
    pub label: Option<String>,
    /// The pane's mark before each item.
    pub mark: String,
    /// The items.
    pub items: Vec<Vec<Piece>>,
}

/// A piece of a section, with who shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A table.
    Table(Show, Table),
    /// A line of text.
    Line(Show, Line),
    /// A list.
    Items(Show, Items),
    /// How figures are computed: in italics in the document (after a label when given), on the
    /// pane only when formulas are shown.
    Formula {
        /// Who shows it.
        show: Show,
        /// A label before it, in the document.
        label: Option<String>,
        /// The formula.
        text: String,
    },
    /// A sub-heading.
    Subheading(Show, String),
}

impl Block {
    /// A formula shown by `show`.
    pub fn formula(show: Show, text: impl Into<String>) -> Block {
        Block::Formula {
            show,
            label: None,
            text: text.into(),
        }
    }
}

/// A section of the report: a title both media print, what each adds to it, and its blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The title; empty for the document's opening summary.
    pub title: String,
    /// What the document adds after the title.
    pub document_aside: String,
    /// What the pane adds after the title.
    pub pane_aside: String,
    /// Who shows it.
    pub show: Show,
    /// Whether the pane shows it only in the strategy face, above the week's figures.
    pub strategy: bool,
    /// Its blocks, in order.
    pub blocks: Vec<Block>,
}

impl Section {
    /// A section titled `title` in both media, the pane adding `pane_aside`.
    pub fn new(title: impl Into<String>, pane_aside: impl Into<String>) -> Section {
        Section {
            title: title.into(),
            document_aside: String::new(),
            pane_aside: pane_aside.into(),
            show: Show::Both,
            strategy: false,
            blocks: Vec::new(),
        }
    }

    /// Adds a block shown by `show`.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Adds that there is nothing to show, in the document's words and in the pane's (dim).
    pub fn nothing(&mut self, document: &str, pane: &str) {
        self.push(Block::Line(Show::Document, Line::own(document)));
        self.push(Block::Line(Show::Pane, Line::dim(pane)));
    }

    /// Adds how a figure is computed, in the pane's short words and in the document's.
    pub fn formulas(&mut self, pane: &str, document: &str) {
        self.push(Block::formula(Show::Pane, pane));
        self.push(Block::formula(Show::Document, document));
    }
}
