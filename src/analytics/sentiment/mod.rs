//! The automatic sentiment guess for inbox items and mentions: a lexicon of Spanish and English
//! words, phrases and emoji, with negation, intensifiers, diminishers, "pero" / "but" clause
//! weighting and capitals. The guess is stored apart from the person's correction, which always
//! wins; this module only computes the guess and the evidence behind it.
//!
//! How a text is read, step by step ([`FORMULA`] is the short form shown in the UI):
//!
//! 1. The text is folded (lower case, no accents, `ñ` → `n`) and split into words, emoji and
//!    emoticons; punctuation is dropped but remembered as a boundary (`, ; : ¡ ¿` end a clause,
//!    `. ! ? …` and line breaks end a sentence). Letters repeated three times or more are
//!    shortened to a known word ("buenísimoooo" → "buenisimo", "sooo" → "so").
//! 2. At each position the longest lexicon phrase or modifier wins ("lo peor" −3 beats "peor"
//!    −2, "no vuelvo" −3 is a phrase, not a negated "vuelvo"). Phrases never cross punctuation.
//! 3. Each hit's weight is multiplied by: −0.8 when a negator (no, nunca, not, never…) stands
//!    at most 3 words before it in the same clause and no "pero" / "but" comes between — so
//!    "no me gusta" is negative and "no está mal" is **positive** (−2 × −0.8 = +1.6); 1.5 when
//!    an intensifier (muy, super, really…) is right before it (one word may come between);
//!    0.5 for a diminisher (un poco, algo, a bit…); 1.2 when written in CAPITALS; 0.5 when a
//!    contrast word (pero, aunque, sin embargo, but, although, however) follows it in the same
//!    sentence, 1.5 when one precedes it. Emoji and emoticons are never negated, intensified or
//!    diminished: they carry the writer's own feeling.
//! 4. The score is the sum of the hits: positive if ≥ 1, negative if ≤ −1, neutral otherwise
//!    (and neutral when nothing matched).

mod lexicon;
mod tokenize;

#[cfg(test)]
mod labelled_tests;
#[cfg(test)]
mod tests;

pub use lexicon::{Lexicon, LexiconError, MalformedLine, ModifierKind};

use crate::domain::enums::Sentiment;
use tokenize::{Boundary, Piece, tokenize};

/// The formula behind every guess, for the UI's "why" view.
pub const FORMULA: &str = "score = Σ weights (−3…+3) of lexicon words, phrases and emoji, longest phrase first; \
a word's weight × −0.8 after a negator within 3 words (same clause), × 1.5 after an intensifier, \
× 0.5 after a diminisher, × 1.2 in CAPITALS; × 0.5 before \"pero\"/\"but\" in the same sentence, \
× 1.5 after it; emoji are never negated; positive if score ≥ 1, negative if ≤ −1, else neutral";

/// The multiplier for a hit within reach of a negator.
pub const NEGATION: f64 = -0.8;
/// How many words after a negator it still reaches.
pub const NEGATION_REACH: usize = 3;
/// The multiplier for a hit right after an intensifier.
pub const INTENSIFIER: f64 = 1.5;
/// The multiplier for a hit right after a diminisher.
pub const DIMINISHER: f64 = 0.5;
/// The multiplier for a hit written in capitals.
pub const CAPITALS: f64 = 1.2;
/// The multiplier for a hit in the clause before "pero" / "but".
pub const BEFORE_CONTRAST: f64 = 0.5;
/// The multiplier for a hit in the clause after "pero" / "but".
pub const AFTER_CONTRAST: f64 = 1.5;
/// A score at or above this is positive.
pub const POSITIVE_AT: f64 = 1.0;
/// A score at or below this is negative.
pub const NEGATIVE_AT: f64 = -1.0;

/// The guess with its evidence, so the UI can show why.
#[derive(Debug, Clone, PartialEq)]
pub struct SentimentScore {
    /// The sum of the hits' contributions (each rounded to thousandths).
    pub score: f64,
    /// Each matched word, phrase or emoji, labelled with the multipliers applied
    /// (`"gusta [no ×-0.8]"`), and its contribution to the score.
    pub hits: Vec<(String, f64)>,
    /// The guess: [`POSITIVE_AT`] and [`NEGATIVE_AT`] applied to the score.
    pub sentiment: Sentiment,
}

/// Scores a text with the built-in lexicon.
pub fn score(text: &str) -> SentimentScore {
    Lexicon::builtin().score(text)
}

/// Guesses the sentiment of a text with the built-in lexicon.
pub fn guess(text: &str) -> Sentiment {
    score(text).sentiment
}

/// The sentiment a score stands for.
pub fn classify(score: f64) -> Sentiment {
    if score >= POSITIVE_AT {
        Sentiment::Positive
    } else if score <= NEGATIVE_AT {
        Sentiment::Negative
    } else {
        Sentiment::Neutral
    }
}

/// A word of the text with the clause and sentence it belongs to.
struct Word {
    text: String,
    caps: bool,
    clause: usize,
    sentence: usize,
}

/// A lexicon entry or modifier found at `start..end` (word indices).
struct Found {
    start: usize,
    end: usize,
    what: Match,
}

enum Match {
    Hit { weight: f64, key: String },
    Modifier(ModifierKind),
}

impl Lexicon {
    /// Scores a text with this lexicon (see the module documentation for the rules).
    pub fn score(&self, text: &str) -> SentimentScore {
        let words = words(text, self);
        let found = self.find(&words);
        let mut hits = Vec::new();
        let mut total = 0.0;
        for item in &found {
            let Match::Hit { weight, key } = &item.what else {
                continue;
            };
            if *weight == 0.0 {
                continue;
            }
            let (factor, notes) = self.factors(item, key, &words, &found);
            let written: Vec<&str> = words[item.start..item.end]
                .iter()
                .map(|w| w.text.as_str())
                .collect();
            let written = written.join(" ");
            let mut label = if written == *key {
                written
            } else {
                format!("{written} (= {key})")
            };
            if !notes.is_empty() {
                label = format!("{label} [{}]", notes.join(", "));
            }
            // Rounded to thousandths so that the hits shown add up to the score shown.
            let contribution = (weight * factor * 1000.0).round() / 1000.0;
            total += contribution;
            hits.push((label, contribution));
        }
        SentimentScore {
            score: total,
            hits,
            sentiment: classify(total),
        }
    }

    /// Finds entries and modifiers, the longest at each position first; entries win ties.
    fn find(&self, words: &[Word]) -> Vec<Found> {
        let mut found = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let longest = self.max_tokens().min(words.len() - start);
            let mut matched = None;
            for len in (1..=longest).rev() {
                let span = &words[start..start + len];
                if span[0].clause != span[len - 1].clause {
                    continue;
                }
                let keys: Vec<&str> = span.iter().map(|w| w.text.as_str()).collect();
                if let Some((weight, key)) = self.entry(&keys) {
                    matched = Some((len, Match::Hit { weight, key }));
                } else if let Some(kind) = self.modifier(&keys) {
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

    /// The product of the multipliers that apply to a hit, with a note for each.
    fn factors(
        &self,
        hit: &Found,
        key: &str,
        words: &[Word],
        found: &[Found],
    ) -> (f64, Vec<String>) {
        let mut factor = 1.0;
        let mut notes = Vec::new();
        let mut apply = |value: f64, note: String| {
            factor *= value;
            notes.push(format!("{note} ×{value}"));
        };
        let modifier_text = |m: &Found| -> String {
            let parts: Vec<&str> = words[m.start..m.end]
                .iter()
                .map(|w| w.text.as_str())
                .collect();
            parts.join(" ")
        };
        let kind_of = |m: &Found| match m.what {
            Match::Modifier(kind) => Some(kind),
            Match::Hit { .. } => None,
        };
        let contrast_between = |from: usize, to: usize| {
            found.iter().any(|m| {
                kind_of(m) == Some(ModifierKind::Contrast) && m.start >= from && m.end <= to
            })
        };
        // The nearest modifier of a kind ending within `gap` words before the hit, same clause.
        let before = |kind: ModifierKind, gap: usize| {
            found.iter().rev().find(|m| {
                kind_of(m) == Some(kind)
                    && m.end <= hit.start
                    && hit.start - m.end <= gap
                    && words[m.start].clause == words[hit.start].clause
                    && !contrast_between(m.end, hit.start)
            })
        };
        if !self.is_emoji(key) {
            if let Some(m) = before(ModifierKind::Negator, NEGATION_REACH - 1) {
                apply(NEGATION, modifier_text(m));
            }
            if let Some(m) = before(ModifierKind::Intensifier, 1) {
                apply(INTENSIFIER, modifier_text(m));
            }
            if let Some(m) = before(ModifierKind::Diminisher, 1) {
                apply(DIMINISHER, modifier_text(m));
            }
            if words[hit.start..hit.end].iter().any(|w| w.caps) {
                apply(CAPITALS, "CAPS".to_string());
            }
        }
        let sentence = words[hit.start].sentence;
        let contrasts = found.iter().filter(|m| {
            kind_of(m) == Some(ModifierKind::Contrast) && words[m.start].sentence == sentence
        });
        let (mut after_one, mut before_one) = (None, None);
        for m in contrasts {
            if m.start >= hit.end && after_one.is_none() {
                after_one = Some(modifier_text(m));
            } else if m.end <= hit.start {
                before_one = Some(modifier_text(m));
            }
        }
        if let Some(word) = after_one {
            apply(BEFORE_CONTRAST, format!("before {word}"));
        } else if let Some(word) = before_one {
            apply(AFTER_CONTRAST, format!("after {word}"));
        }
        (factor, notes)
    }
}

/// The words of a text, numbered by clause and sentence.
fn words(text: &str, lexicon: &Lexicon) -> Vec<Word> {
    let mut words = Vec::new();
    let (mut clause, mut sentence) = (0, 0);
    for piece in tokenize(text, Some(lexicon)) {
        match piece {
            Piece::Word(token) => words.push(Word {
                text: token.text,
                caps: token.caps,
                clause,
                sentence,
            }),
            Piece::Break(boundary) => {
                clause += 1;
                if boundary == Boundary::Sentence {
                    sentence += 1;
                }
            }
        }
    }
    words
}
