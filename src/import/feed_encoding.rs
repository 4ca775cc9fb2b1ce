//! The bytes of a feed document turned into UTF-8 text, as feed readers do it: the encoding is
//! the byte-order mark's, else the XML declaration's `encoding="…"` (ISO-8859-1, windows-1252,
//! Big5, Shift_JIS… through `encoding_rs`), else UTF-8; a byte that is not valid in it becomes
//! U+FFFD and is counted instead of refusing the feed. The declaration is dropped from the text,
//! so the XML reader that gets it reads UTF-8 and never decodes it a second time.

use super::feed_root::attribute;
use super::reason::Reason;
use encoding_rs::{Encoding, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE};

/// How far into the document the XML declaration is looked for, in bytes.
const DECLARATION_WINDOW: usize = 1024;

/// A feed document as UTF-8 text, with what its decoding had to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedFeed {
    /// The document as UTF-8, without its byte-order mark and XML declaration.
    pub xml: String,
    /// The encoding it was read in.
    pub encoding: &'static Encoding,
    /// How many bytes were not valid in that encoding and were replaced by U+FFFD.
    pub replaced: usize,
    /// The encoding the declaration names, when cmdeck does not know it (read as UTF-8).
    pub unknown_encoding: Option<String>,
}

impl DecodedFeed {
    /// The notes a user should read about the decoding: bytes replaced, an unknown encoding.
    pub fn notes(&self) -> Vec<Reason> {
        let mut notes = Vec::new();
        if let Some(label) = &self.unknown_encoding {
            notes.push(Reason::new("import-feed-unknown-encoding").text("label", label.clone()));
        }
        if self.replaced > 0 {
            notes.push(
                Reason::new("import-feed-bytes-replaced")
                    .number("count", self.replaced)
                    .text("encoding", self.encoding.name()),
            );
        }
        notes
    }
}

/// Decodes a feed document: see the module documentation for how its encoding is chosen.
pub fn decode_feed(bytes: &[u8]) -> DecodedFeed {
    let (encoding, start, unknown_encoding) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, bom, None),
        None => match utf16_without_bom(bytes) {
            Some(encoding) => (encoding, 0, None),
            None => match declared_encoding(bytes) {
                Declared::Known(encoding) => (encoding, 0, None),
                Declared::Unknown(label) => (UTF_8, 0, Some(label)),
                Declared::Nothing => (UTF_8, 0, None),
            },
        },
    };
    let (text, replaced) = decode_counting(encoding, bytes.get(start..).unwrap_or_default());
    DecodedFeed {
        xml: without_declarations(text),
        encoding,
        replaced,
        unknown_encoding,
    }
}

/// UTF-16 recognised without a byte-order mark from its first character, `<` as two bytes.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    match bytes {
        [b'<', 0, next, 0, ..] if *next != 0 => Some(UTF_16LE),
        [0, b'<', 0, next, ..] if *next != 0 => Some(UTF_16BE),
        _ => None,
    }
}

/// What the XML declaration says of the encoding.
#[derive(Debug, PartialEq, Eq)]
enum Declared {
    /// An encoding `encoding_rs` reads.
    Known(&'static Encoding),
    /// A name it does not know.
    Unknown(String),
    /// No declaration, or one without `encoding`.
    Nothing,
}

/// The encoding named by the XML declaration that opens the document (after white space), read
/// as ASCII. A declaration read as ASCII that says UTF-16 is wrong about it, and UTF-8 is meant.
fn declared_encoding(bytes: &[u8]) -> Declared {
    let window = &bytes[..bytes.len().min(DECLARATION_WINDOW)];
    let start = window
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(window.len());
    let Some(declaration) = window[start..].strip_prefix(b"<?xml") else {
        return Declared::Nothing;
    };
    let end = declaration
        .windows(2)
        .position(|pair| pair == b"?>")
        .unwrap_or(declaration.len());
    let Some(label) = attribute(&declaration[..end], b"encoding") else {
        return Declared::Nothing;
    };
    match Encoding::for_label(label) {
        Some(encoding) if encoding == REPLACEMENT => {
            Declared::Unknown(String::from_utf8_lossy(label).into_owned())
        }
        Some(encoding) => Declared::Known(encoding.output_encoding()),
        None => Declared::Unknown(String::from_utf8_lossy(label).into_owned()),
    }
}

/// Decodes `bytes` in `encoding`, each malformed sequence (and each U+0000, which XML never
/// holds) becoming one U+FFFD; the second value counts the bytes replaced.
fn decode_counting(encoding: &'static Encoding, bytes: &[u8]) -> (String, usize) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::new();
    let mut replaced = 0;
    let mut rest = bytes;
    loop {
        let room = decoder
            .max_utf8_buffer_length_without_replacement(rest.len())
            .unwrap_or(rest.len());
        text.reserve(room.max(4));
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        rest = &rest[read..];
        match result {
            encoding_rs::DecoderResult::InputEmpty => return without_nul(text, replaced),
            encoding_rs::DecoderResult::OutputFull => {}
            encoding_rs::DecoderResult::Malformed(bad, _) => {
                replaced += usize::from(bad);
                text.push('\u{FFFD}');
            }
        }
    }
}

/// `text` with each U+0000 replaced by U+FFFD, counted into `replaced`.
fn without_nul(text: String, replaced: usize) -> (String, usize) {
    let nul = text.matches('\0').count();
    if nul == 0 {
        return (text, replaced);
    }
    (text.replace('\0', "\u{FFFD}"), replaced + nul)
}

/// The text without its XML declarations: the one that opens it names the encoding the bytes
/// were in, no longer the text's, and one further on (out of place, but the XML reader acts on
/// it) would make the reader decode the text a second time. A declaration runs from `<?xml` and
/// white space (or `?`) to the first `?>`, as the reader sees it; one that removing another
/// brings together (`<?<?xml ?>xml ?>`) goes too. One pass; the line breaks around them stay.
fn without_declarations(text: String) -> String {
    if !text.contains("<?xml") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut open: Option<usize> = None;
    for c in text.chars() {
        out.push(c);
        match open {
            Some(start) if c == '>' && out.len() - start >= 7 && out.ends_with("?>") => {
                out.truncate(start);
                open = None;
            }
            None if matches!(c, ' ' | '\t' | '\r' | '\n' | '?')
                && out[..out.len() - 1].ends_with("<?xml") =>
            {
                open = Some(out.len() - 6);
            }
            _ => {}
        }
    }
    out
}
