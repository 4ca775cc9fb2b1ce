//! Post length as users perceive it: counted in extended grapheme clusters, checked against a limit.

use unicode_segmentation::UnicodeSegmentation;

/// The number of user-perceived characters (extended grapheme clusters) in `text`, so that an
/// emoji sequence, a flag or a letter with a combining accent counts as one.
pub fn grapheme_count(text: &str) -> usize {
    text.graphemes(true).count()
}

/// A post's length next to its channel's limit, for the live counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LengthCheck {
    /// User-perceived characters in the text.
    pub count: usize,
    /// The channel's character limit.
    pub limit: u32,
}

impl LengthCheck {
    /// How the counter is computed, as shown next to it.
    pub const FORMULA: &'static str = "length = user-perceived characters (graphemes: an emoji or an accented letter counts as one); remaining = limit − length";

    /// Whether the text is longer than the limit.
    pub fn over(&self) -> bool {
        self.remaining() < 0
    }

    /// Characters left before the limit (`limit − count`); negative when over.
    pub fn remaining(&self) -> i64 {
        i64::from(self.limit) - i64::try_from(self.count).unwrap_or(i64::MAX)
    }
}

/// Counts `text` and pairs the count with `limit`.
pub fn check(text: &str, limit: u32) -> LengthCheck {
    LengthCheck {
        count: grapheme_count(text),
        limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_letters_count_as_one_character_whether_precomposed_or_combined() {
        assert_eq!(grapheme_count("café"), 4);
        assert_eq!(grapheme_count("e\u{301}"), 1);
        assert_eq!(grapheme_count("ñ"), 1);
        assert_eq!(grapheme_count("n\u{303}"), 1);
    }

    #[test]
    fn emoji_sequences_and_flags_count_as_one_character() {
        assert_eq!(grapheme_count("👩‍🍳"), 1);
        assert_eq!(grapheme_count("🇪🇸"), 1);
        assert_eq!(grapheme_count("👍🏽"), 1);
    }

    #[test]
    fn an_empty_text_has_the_whole_limit_left() {
        let length = check("", 280);
        assert_eq!(length.count, 0);
        assert_eq!(length.remaining(), 280);
        assert!(!length.over());
    }

    #[test]
    fn a_text_exactly_at_the_limit_is_not_over_and_one_more_is() {
        let at_limit = "ñ".repeat(279) + "🇪🇸";
        let length = check(&at_limit, 280);
        assert_eq!(length.count, 280);
        assert_eq!(length.remaining(), 0);
        assert!(!length.over());

        let one_more = at_limit + "é";
        let length = check(&one_more, 280);
        assert_eq!(length.count, 281);
        assert_eq!(length.remaining(), -1);
        assert!(length.over());
    }
}
