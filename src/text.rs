//! The one sanitizer for text from outside (imports, feeds, users) before it is drawn or printed,
//! the [`Outside`] type that carries such text so that it can reach a screen or a file only
//! through that sanitizer, plus accent folding for search and width-aware truncation.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_width::UnicodeWidthStr;

/// Whether a character must never reach the terminal: C0/C1 controls (so ESC sequences die),
/// the line and paragraph separators U+2028/U+2029, bidi overrides and isolates, zero-width
/// characters, and every other invisible format character (Unicode category Cf). Variation
/// selectors are not in it (an emoji needs U+FE0F); [`sanitize_line`] keeps one per character.
/// The zero-width joiner and the tag characters are in it, and `sanitize_line` keeps them only
/// where they are part of an emoji (see there).
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'   // zero-width space, non-joiner, joiner, LRM, RLM
            | '\u{2028}' | '\u{2029}' // line and paragraph separators
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{206A}'..='\u{206F}' // deprecated format characters
            | '\u{FEFF}'              // byte-order mark / zero-width no-break space
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
            | '\u{061C}'              // Arabic letter mark
            | '\u{0600}'..='\u{0605}' // Arabic number signs (prepended format characters)
            | '\u{06DD}' | '\u{070F}' // Arabic end of ayah, Syriac abbreviation mark
            | '\u{0890}' | '\u{0891}' | '\u{08E2}' // Arabic pound/piastre marks, disputed end of ayah
            | '\u{180E}'              // Mongolian vowel separator
            | '\u{00AD}'              // soft hyphen
            | '\u{110BD}' | '\u{110CD}' // Kaithi number signs
            | '\u{13430}'..='\u{1343F}' // Egyptian hieroglyph format controls
            | '\u{1BCA0}'..='\u{1BCA3}' // shorthand format controls
            | '\u{1D173}'..='\u{1D17A}' // musical symbol format controls
            | '\u{E0001}'             // language tag
            | '\u{E0020}'..='\u{E007F}' // tag characters
        )
}

/// Whether a character is a variation selector (U+FE00–FE0F, U+E0100–E01EF): visible only as
/// a change to the character before it.
fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Whether a character breaks a line: `\n`, `\r`, and the separators U+2028 and U+2029.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// The waving black flag that starts an emoji tag sequence (🏴 and a region such as `gbsct`).
const TAG_BASE: char = '\u{1F3F4}';

/// The most tag characters a flag's region has (`gbsct` has five; subdivisions have up to six).
const MAX_FLAG_TAGS: usize = 7;

/// How many bytes at the start of `rest` are a flag's tag run: lower-case letters and digits as
/// tag characters ending with the cancel tag U+E007F, or 0 when it is no such run.
fn flag_tags(rest: &str) -> usize {
    let mut used = 0;
    for (count, c) in rest.chars().enumerate() {
        match c {
            '\u{E007F}' if count > 0 => return used + c.len_utf8(),
            '\u{E0030}'..='\u{E0039}' | '\u{E0061}'..='\u{E007A}' if count < MAX_FLAG_TAGS => {
                used += c.len_utf8();
            }
            _ => return 0,
        }
    }
    0
}

/// Makes outside text safe for one line of the terminal: line breaks (`\n`, `\r`, U+2028,
/// U+2029) and tabs become one space, every other [forbidden](is_forbidden) character is removed.
///
/// What stays of the invisible ones is what emoji need, nothing that can hide text: the zero-width
/// joiner only between two pictographs (👩‍🍳, ❤️‍🔥), one variation selector after a visible
/// character (☕️; a run of them, which can smuggle hidden data, keeps only the first), and the tag
/// characters only as the region of a flag (🏴 then up to seven lower-case letters or digits as
/// tags and the cancel tag).
pub fn sanitize_line(text: &str) -> String {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '\u{200D}'
                if last_base(&out).is_some_and(is_pictograph)
                    && rest.chars().next().is_some_and(is_pictograph) =>
            {
                out.push(c)
            }
            c if is_line_break(c) || c == '\t' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if is_variation_selector(c) => {
                if out
                    .chars()
                    .last()
                    .is_some_and(|last| !is_variation_selector(last) && !last.is_whitespace())
                {
                    out.push(c);
                }
            }
            TAG_BASE => {
                out.push(c);
                let tags = flag_tags(rest);
                out.push_str(&rest[..tags]);
                rest = &rest[tags..];
            }
            c if is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The last character of `out`, looking past a variation selector (the heart of ❤️).
fn last_base(out: &str) -> Option<char> {
    out.chars().rev().find(|c| !is_variation_selector(*c))
}

/// Whether a character is an emoji-like pictograph that may be joined to the next by U+200D.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Makes outside text safe for a multi-line view: keeps line breaks (`\r\n`, `\r`, U+2028 and
/// U+2029 become `\n`), turns tabs into spaces, removes everything else that `sanitize_line`
/// removes.
pub fn sanitize_block(text: &str) -> String {
    text.replace("\r\n", "\n")
        .split(is_line_break)
        .map(sanitize_line)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` with every character that must not reach a terminal written by `escape` instead,
/// for files people may print with `cat` (CSV, JSON): each [forbidden](is_forbidden) character
/// but `\n`, `\r` and `\t`, and but the zero-width joiners and flag tags [`sanitize_line`] keeps
/// in emoji. Borrowed when there is nothing to escape.
pub fn escape_unsafe(text: &str, mut escape: impl FnMut(&mut String, char)) -> Cow<'_, str> {
    if !text.chars().any(is_forbidden) {
        return Cow::Borrowed(text);
    }
    let mut escaped = false;
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '\n' | '\r' | '\t' => out.push(c),
            '\u{200D}'
                if last_base(&out).is_some_and(is_pictograph)
                    && rest.chars().next().is_some_and(is_pictograph) =>
            {
                out.push(c)
            }
            TAG_BASE => {
                out.push(c);
                let tags = flag_tags(rest);
                out.push_str(&rest[..tags]);
                rest = &rest[tags..];
            }
            c if is_forbidden(c) => {
                escaped = true;
                escape(&mut out, c);
            }
            c => out.push(c),
        }
    }
    if escaped {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether a spreadsheet would run a CSV cell holding `text` as a formula: its first character,
/// past any spaces and single quotes, is `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's
/// list). Prefixing such a text with `'` gives a text for which this holds again, so a reader
/// can strip exactly one `'` from a cell when the rest answers true here.
pub fn looks_like_formula(text: &str) -> bool {
    matches!(
        text.trim_start_matches([' ', '\'']).chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
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

    #[test]
    fn line_and_paragraph_separators_become_a_space_on_a_line_and_a_break_in_a_block() {
        assert_eq!(sanitize_line("uno\u{2028}dos\u{2029}tres"), "uno dos tres");
        assert_eq!(
            sanitize_block("uno\u{2028}dos\u{2029}tres"),
            "uno\ndos\ntres"
        );
        assert_eq!(sanitize_block("uno\rdos"), "uno\ndos");
    }

    #[test]
    fn other_invisible_format_characters_are_removed() {
        let hostile = "a\u{0600}b\u{06DD}c\u{110BD}d\u{1D173}e\u{E0001}\u{E0041}\u{E0042}f";
        assert_eq!(sanitize_line(hostile), "abcdef");
    }

    #[test]
    fn emoji_keep_their_joiners_presentation_selectors_and_flag_tags() {
        for emoji in [
            "👩‍🍳",
            "❤\u{FE0F}\u{200D}🔥",
            "☕\u{FE0F}",
            "👍🏽",
            "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        ] {
            assert_eq!(sanitize_line(emoji), emoji, "{emoji:?}");
        }
    }

    #[test]
    fn hidden_text_in_tags_or_runs_of_variation_selectors_is_removed() {
        let smuggled: String = "hi"
            .chars()
            .map(|c| char::from_u32(0xE0000 + u32::from(c)).unwrap())
            .collect();
        assert_eq!(sanitize_line(&format!("ok{smuggled}")), "ok");
        assert_eq!(
            sanitize_line(&format!("\u{1F3F4}{smuggled}x")),
            "\u{1F3F4}x"
        );
        assert_eq!(sanitize_line("a\u{FE0F}\u{FE01}\u{E0100}b"), "a\u{FE0F}b");
        assert_eq!(sanitize_line("\u{FE0F}a"), "a");
    }

    #[test]
    fn escaping_for_files_leaves_line_breaks_tabs_and_emoji_but_not_controls() {
        let escaped = escape_unsafe(
            "a\u{1b}[31m\n\t👩‍🍳\u{2028}\u{202E}\u{200B}\u{9b}",
            |out, c| {
                out.push_str(&format!("<{:x}>", u32::from(c)));
            },
        );
        assert_eq!(escaped, "a<1b>[31m\n\t👩‍🍳<2028><202e><200b><9b>");
        assert!(matches!(
            escape_unsafe("plain ñ 😀", |_, _| {}),
            Cow::Borrowed(_)
        ));
        assert!(matches!(
            escape_unsafe("\t👩‍🍳\r\n", |_, _| {}),
            Cow::Borrowed(_)
        ));
    }

    /// A character that no output may hold: C0 (but `\n` in a block), C1, DEL, bidi, the
    /// separators, zero-width characters (a joiner only between pictographs) and tags (but a flag).
    fn assert_clean(text: &str, block: bool) {
        let chars: Vec<char> = text.chars().collect();
        for (at, c) in chars.iter().enumerate() {
            let allowed = match c {
                '\n' => block,
                '\u{200D}' => {
                    at > 0
                        && at + 1 < chars.len()
                        && is_pictograph(chars[at + 1])
                        && chars[..at]
                            .iter()
                            .rev()
                            .find(|b| !is_variation_selector(**b))
                            .is_some_and(|b| is_pictograph(*b))
                }
                '\u{E0020}'..='\u{E007F}' => {
                    chars[..at]
                        .iter()
                        .rev()
                        .find(|b| !matches!(b, '\u{E0020}'..='\u{E007E}'))
                        == Some(&TAG_BASE)
                }
                c => !is_forbidden(*c),
            };
            assert!(allowed, "{c:?} at {at} in {text:?}");
        }
    }

    /// Strings made of the characters sanitizing cares about, mixed with ordinary ones.
    fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let interesting = prop::sample::select(vec![
            '\u{1b}',
            '\u{7}',
            '\u{7f}',
            '\u{9b}',
            '\u{85}',
            '\n',
            '\r',
            '\t',
            '\u{2028}',
            '\u{2029}',
            '\u{202E}',
            '\u{2066}',
            '\u{200B}',
            '\u{200D}',
            '\u{FEFF}',
            '\u{FE0F}',
            '\u{E0100}',
            '\u{1F3F4}',
            '\u{E0067}',
            '\u{E007F}',
            '\u{E0041}',
            '👩',
            '🍳',
            '❤',
            ' ',
            'a',
            'ñ',
            'ب',
            '\u{301}',
        ]);
        prop::collection::vec(prop_oneof![interesting, any::<char>()], 0..40)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn sanitized_text_holds_no_forbidden_character_and_sanitizing_again_changes_nothing(text in hostile_text()) {
            let line = sanitize_line(&text);
            assert_clean(&line, false);
            proptest::prop_assert_eq!(sanitize_line(&line), line.clone());
            let block = sanitize_block(&text);
            assert_clean(&block, true);
            proptest::prop_assert_eq!(sanitize_block(&block), block);
        }
    }
}
