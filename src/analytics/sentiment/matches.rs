//! Which lexicon entries, brand terms, learned words and modifiers a text holds: at each
//! position the longest phrase wins, never across punctuation.

use super::lexicon::{Lexicon, ModifierKind};
use super::sentence::Word;
use super::{Adjustments, Language, Reason};

/// A lexicon entry or modifier found at `start..end` (word indices).
pub(super) struct Found {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) what: Match,
}

/// What was found there: a word or phrase with its weight (and why, when a brand term, a
/// learned word or a rule decided it), or a modifier.
pub(super) enum Match {
    Hit {
        weight: f64,
        key: String,
        reason: Option<Reason>,
    },
    Modifier(ModifierKind),
}

impl Lexicon {
    /// Finds entries and modifiers, the longest at each position first; the brand's terms and
    /// learned words win over the lexicon, entries over modifiers.
    pub(super) fn find(
        &self,
        words: &[Word],
        language: Language,
        adjustments: &Adjustments,
    ) -> Vec<Found> {
        let mut found = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let first = words[start].text.as_str();
            let longest = if self.starts_phrase(first) || adjustments.starts_phrase(first) {
                self.max_tokens()
                    .max(adjustments.max_tokens())
                    .min(words.len() - start)
            } else {
                1
            };
            let mut matched = None;
            let mut joined = String::new();
            for len in (1..=longest).rev() {
                let span = &words[start..start + len];
                if span[0].clause != span[len - 1].clause {
                    continue;
                }
                let keys = if len == 1 {
                    first
                } else {
                    joined.clear();
                    for (i, word) in span.iter().enumerate() {
                        if i > 0 {
                            joined.push(' ');
                        }
                        joined.push_str(&word.text);
                    }
                    joined.as_str()
                };
                if let Some((weight, key, reason)) = adjustments.get(keys) {
                    matched = Some((
                        len,
                        Match::Hit {
                            weight,
                            key,
                            reason: Some(reason),
                        },
                    ));
                } else if let Some((weight, key)) = self.entry(keys, len, language) {
                    matched = Some((
                        len,
                        Match::Hit {
                            weight,
                            key,
                            reason: None,
                        },
                    ));
                } else if let Some(kind) = self.modifier(keys) {
                    matched = Some((len, Match::Modifier(kind)));
                }
                if matched.is_some() {
                    break;
                }
            }
            match matched {
                Some((len, what)) => {
                    found.push(Found {
                        start,
                        end: start + len,
                        what,
                    });
                    start += len;
                }
                None => start += 1,
            }
        }
        found
    }
}
