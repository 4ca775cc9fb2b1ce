//! The one sanitizer for text from outside (imports, feeds, users) before it is drawn or printed,
//! the [`Outside`] type that carries such text so that it can reach a screen or a file only
//! through that sanitizer, plus accent folding for search and width-aware truncation.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_width::UnicodeWidthStr;

/// Whether a character must never reach the terminal: C0/C1 controls (so ESC sequences die),
/// bidi overrides and isolates, zero-width characters, and other invisible format characters.
fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'   // zero-width space, non-joiner, joiner, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{206A}'..='\u{206F}' // deprecated format characters
            | '\u{FEFF}'              // byte-order mark / zero-width no-break space
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
            | '\u{061C}'              // Arabic letter mark
            | '\u{180E}'              // Mongolian vowel separator
            | '\u{00AD}'              // soft hyphen
        )
}

/// Makes outside text safe for one line of the terminal: line breaks and tabs become spaces,
/// every control, bidi override and zero-width character is removed.
pub fn sanitize_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // The zero-width joiner survives only inside an emoji sequence (👩‍🍳), where it is visible.
            '\u{200D}'
                if out.chars().last().is_some_and(is_pictograph)
                    && chars.peek().copied().is_some_and(is_pictograph) =>
            {
                out.push(c)
            }
            '\n' | '\r' | '\t' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a character is an emoji-like pictograph that may be joined to the next by U+200D.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Makes outside text safe for a multi-line view: keeps line breaks, turns tabs into spaces,
/// removes everything else that `sanitize_line` removes.
pub fn sanitize_block(text: &str) -> String {
    text.replace("\r\n", "\n")
        .split('\n')
        .map(sanitize_line)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text that came from outside (a feed, an import, a message, a person's notes), as stored.
///
/// It has no `Deref` to `str`: the only ways to show it are [`Outside::line`], [`Outside::block`]
/// and `Display` (which is `line`), all sanitized. [`Outside::raw`] gives the stored text for
/// what never reaches a screen — matching, searching, storing, comparing.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Outside(String);

impl Outside {
    /// Wraps text from outside.
    pub fn new(text: impl Into<String>) -> Outside {
        Outside(text.into())
    }

    /// The text safe for one line of the terminal or a report cell ([`sanitize_line`]).
    pub fn line(&self) -> String {
        sanitize_line(&self.0)
    }

    /// The text safe for a multi-line view, line breaks kept ([`sanitize_block`]).
    pub fn block(&self) -> String {
        sanitize_block(&self.0)
    }

    /// The text as stored, unsanitized: for matching, searching and storing, never for display.
    pub fn raw(&self) -> &str {
        &self.0
    }

    /// Whether there is no text, or only white space.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl std::fmt::Display for Outside {
    /// Writes the text sanitized for one line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.line())
    }
}

impl PartialEq<str> for Outside {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Outside {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Outside {
    fn eq(&self, other: &String) -> bool {
        self.0 == *other
    }
}

impl From<&str> for Outside {
    fn from(text: &str) -> Outside {
        Outside(text.to_string())
    }
}

impl From<String> for Outside {
    fn from(text: String) -> Outside {
        Outside(text)
    }
}

/// Lower-cases and strips diacritics so that `Canción` and `cancion` compare equal (`ñ` becomes `n`).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(text.len());
    folded.extend(
        text.nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase),
    );
    folded
}

/// Cuts text to at most `width` terminal columns, ending with `…` when it was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape_character() {
        let hostile = "hola \u{1b}[31mrojo\u{1b}[0m \u{1b}]0;owned\u{7}";
        let clean = sanitize_line(hostile);
        assert!(!clean.contains('\u{1b}'));
        assert!(!clean.contains('\u{7}'));
        assert_eq!(clean, "hola [31mrojo[0m ]0;owned");
    }

    #[test]
    fn c1_controls_are_removed() {
        assert_eq!(sanitize_line("a\u{9b}31mb\u{85}c\u{90}d"), "a31mbcd");
    }

    #[test]
    fn bidi_overrides_and_zero_width_characters_are_removed() {
        let hostile = "pago\u{202E}fdp.exe\u{200B}\u{2066}x\u{2069}\u{FEFF}";
        assert_eq!(sanitize_line(hostile), "pagofdp.exex");
        assert_eq!(sanitize_line("a\u{200D}b \u{200D}"), "ab ");
    }

    #[test]
    fn line_breaks_become_single_spaces_on_one_line_but_survive_in_a_block() {
        assert_eq!(sanitize_line("uno\r\ndos\ttres"), "uno dos tres");
        assert_eq!(sanitize_block("uno\r\ndos\u{1b}"), "uno\ndos");
    }

    #[test]
    fn spanish_text_and_emoji_pass_through_untouched() {
        let text = "¡Qué café tan rico! Señora Muñoz 👩‍🍳☕";
        assert_eq!(sanitize_line(text), text);
    }

    #[test]
    fn outside_text_is_shown_only_sanitized_and_kept_raw_for_matching() {
        let text = Outside::new("hola\u{1b}[2J\nmundo\u{202E}");
        assert_eq!(text.line(), "hola[2J mundo");
        assert_eq!(text.block(), "hola[2J\nmundo");
        assert_eq!(text.to_string(), "hola[2J mundo");
        assert_eq!(text.raw(), "hola\u{1b}[2J\nmundo\u{202E}");
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Canción ÑORA Café"), "cancion nora cafe");
    }

    #[test]
    fn truncation_respects_wide_characters() {
        assert_eq!(truncate("café con leche", 8), "café co…");
        assert_eq!(truncate("☕☕☕☕", 5), "☕☕…");
        assert_eq!(truncate("corto", 10), "corto");
    }
}
