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
//!    A word not listed falls back to its Spanish singular / masculine form, then to the
//!    longest listed stem it starts with (`estaf*` reads "estafarte", "estafadores").
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

mod adjust;
pub mod evaluation;
mod explain;
mod forms;
mod language;
mod lexicon;
mod matches;
mod sentence;
mod tokenize;

#[cfg(test)]
mod labelled_tests;
#[cfg(test)]
mod rules_tests;
#[cfg(test)]
mod tests;

pub use adjust::{
    Adjustments, BrandTermError, Example, LEARN_AGREEMENT, LEARN_FROM, Reason, parse_brand_terms,
    parse_brand_terms_in,
};
pub use explain::{Explained, Factor, Note};
pub use language::{Language, detect as detect_language};
pub use lexicon::{Lexicon, LexiconError, MalformedLine, ModifierKind};

use crate::domain::enums::Sentiment;
use matches::{Found, Match};
use sentence::{Word, join, words};

/// The formula behind every guess, for the UI's "why" view.
pub const FORMULA: &str = "score = Σ weights (−3…+3) of lexicon words, phrases and emoji, longest phrase first, \
then word stems (estaf* for estafarte); \
a word's weight × −0.8 after a negator within 3 words (same clause), × 1.5 after an intensifier, \
× 0.5 after a diminisher, × 1.2 in CAPITALS; × 0.5 before \"pero\"/\"but\" in the same sentence, \
× 1.5 after it; emoji are never negated; an expected thing negated (\"nadie responde\", \"no refund\") \
counts −2 as a service failure, \"por qué\" / \"why\" in a question −1.5 as frustration; repeated ?! × 1.3; \
the brand's own terms and the words you taught it by correcting replace the lexicon's; \
only the text's language's lexicon counts; positive if score ≥ 1, negative if ≤ −1, else neutral";

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
/// What a negated expected thing counts ("nadie responde", "no refund").
pub const SERVICE_FAILURE: f64 = -2.0;
/// What a frustration opener counts in a question ("¿por qué…?", "why…?").
pub const FRUSTRATION: f64 = -1.5;
/// What a negator counts when nothing within its reach is a lexicon word or an expected thing
/// ("no me deja entrar", "still not", "nothing yet"): in a message to a brand, a complaint.
pub const NEGATION_ALONE: f64 = -1.0;
/// The multiplier for every hit of a sentence with repeated `?` / `!` ("!!", "?!").
pub const EMPHASIS: f64 = 1.3;
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
    /// The language whose lexicon scored it.
    pub language: Language,
    /// Each hit of `hits` in parts (what matched, why, the multipliers), so that its label can
    /// be written in the reader's language.
    pub explained: Vec<Explained>,
}

impl SentimentScore {
    /// The evidence in one line: each hit with its contribution, then the language
    /// (`nadie … responde (service failure) -2 · retraso -2 (es)`). Quotes the text: sanitize
    /// it before drawing.
    pub fn evidence(&self) -> String {
        if self.hits.is_empty() {
            return format!("no lexicon word ({})", self.language);
        }
        let hits: Vec<String> = self
            .hits
            .iter()
            .map(|(hit, value)| format!("{hit} {value:+}"))
            .collect();
        format!("{} ({})", hits.join(" · "), self.language)
    }

    /// The evidence, and when the guess made now differs from the one stored on arrival, both
    /// (what the person taught since changed it).
    pub fn evidence_against(&self, stored: Sentiment) -> String {
        let mut why = self.evidence();
        if self.sentiment != stored {
            why.push_str(&format!(
                "; guessed {stored} when it came in, {} with what you taught since",
                self.sentiment
            ));
        }
        why
    }
}

/// Scores a text with the built-in lexicon, in the language detected.
pub fn score(text: &str) -> SentimentScore {
    Lexicon::builtin().score(text)
}

/// Guesses the sentiment of a text with the built-in lexicon.
pub fn guess(text: &str) -> Sentiment {
    score(text).sentiment
}

/// Scores a text for a brand: in the language detected (the `declared` one — a feed's, an
/// export's — when the text is too short to tell), with the brand's terms and learned words.
pub fn score_for(text: &str, declared: Option<&str>, adjustments: &Adjustments) -> SentimentScore {
    let language = match language::detect(text) {
        Language::Undecided => declared
            .and_then(Language::declared)
            .unwrap_or(Language::Undecided),
        detected => detected,
    };
    Lexicon::builtin().score_in(text, language, adjustments)
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

impl Lexicon {
    /// Scores a text with this lexicon in the language detected (see the module
    /// documentation for the rules).
    pub fn score(&self, text: &str) -> SentimentScore {
        self.score_in(text, language::detect(text), &Adjustments::default())
    }

    /// Scores a text in `language`, the brand's terms and the learned words of `adjustments`
    /// taking the place of the lexicon's.
    pub fn score_in(
        &self,
        text: &str,
        language: Language,
        adjustments: &Adjustments,
    ) -> SentimentScore {
        let (words, marks) = words(text, self);
        let found = self.find(&words, language, adjustments);
        let mut hits = Vec::new();
        let mut explained = Vec::new();
        let mut total = 0.0;
        for item in &found {
            let (weight, key, reason) = match &item.what {
                Match::Hit {
                    weight,
                    key,
                    reason,
                } => (*weight, key.clone(), reason.clone()),
                Match::Modifier(ModifierKind::Expected) => {
                    match self.negated_by(item, &words, &found) {
                        Some(negator) => (
                            SERVICE_FAILURE,
                            format!("{negator} … {}", join(&words[item.start..item.end])),
                            Some(Reason::ServiceFailure),
                        ),
                        None => continue,
                    }
                }
                Match::Modifier(ModifierKind::Negator)
                    if !self.negates_something(item, &words, &found) =>
                {
                    (
                        NEGATION_ALONE,
                        join(&words[item.start..item.end]),
                        Some(Reason::NegationAlone),
                    )
                }
                Match::Modifier(ModifierKind::Frustration)
                    if marks[words[item.start].sentence].question =>
                {
                    (
                        FRUSTRATION,
                        join(&words[item.start..item.end]),
                        Some(Reason::Frustration),
                    )
                }
                Match::Modifier(_) => continue,
            };
            if weight == 0.0 {
                if let Some(reason @ (Reason::BrandTerm | Reason::Learned { .. })) = &reason {
                    hits.push((format!("{key} ({reason}, not counted)"), 0.0));
                    explained.push(Explained::NotCounted {
                        key: key.clone(),
                        reason: reason.clone(),
                    });
                }
                continue;
            }
            let (mut factor, mut notes, mut parts) = match &reason {
                Some(
                    why @ (Reason::ServiceFailure | Reason::Frustration | Reason::NegationAlone),
                ) => (1.0, vec![why.to_string()], vec![Note::Reason(why.clone())]),
                _ => self.factors(item, &key, &words, &found),
            };
            if reason.is_some()
                && !matches!(
                    reason,
                    Some(Reason::ServiceFailure | Reason::Frustration | Reason::NegationAlone)
                )
            {
                notes.insert(
                    0,
                    reason.as_ref().map(Reason::to_string).unwrap_or_default(),
                );
                if let Some(why) = &reason {
                    parts.insert(0, Note::Reason(why.clone()));
                }
            }
            if marks[words[item.start].sentence].marks >= 2 {
                factor *= EMPHASIS;
                notes.push(format!("?! ×{EMPHASIS}"));
                parts.push(Note::Factor(Factor::Emphasis, EMPHASIS));
            }
            let key = &key;
            let written: Vec<&str> = words[item.start..item.end]
                .iter()
                .map(|w| w.text.as_str())
                .collect();
            let written = written.join(" ");
            let entry = (written != *key).then(|| key.clone());
            let mut label = if written == *key {
                written.clone()
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
            explained.push(Explained::Counted {
                written,
                entry,
                notes: parts,
                value: contribution,
            });
        }
        SentimentScore {
            score: total,
            hits,
            sentiment: classify(total),
            language,
            explained,
        }
    }

    /// Whether a negator has a lexicon word or an expected thing within its reach.
    fn negates_something(&self, negator: &Found, words: &[Word], found: &[Found]) -> bool {
        found.iter().any(|m| {
            let flippable = match &m.what {
                Match::Hit { weight, key, .. } => *weight != 0.0 && !self.is_emoji(key),
                Match::Modifier(kind) => *kind == ModifierKind::Expected,
            };
            flippable
                && m.start >= negator.end
                && m.start - negator.end < NEGATION_REACH
                && words[m.start].clause == words[negator.start].clause
        })
    }

    /// The negator within reach before an expected word, same clause, no contrast between.
    fn negated_by(&self, item: &Found, words: &[Word], found: &[Found]) -> Option<String> {
        found.iter().rev().find_map(|m| {
            let reaches = matches!(m.what, Match::Modifier(ModifierKind::Negator))
                && m.end <= item.start
                && item.start - m.end < NEGATION_REACH
                && words[m.start].clause == words[item.start].clause
                && !found.iter().any(|c| {
                    matches!(c.what, Match::Modifier(ModifierKind::Contrast))
                        && c.start >= m.end
                        && c.end <= item.start
                });
            reaches.then(|| join(&words[m.start..m.end]))
        })
    }

    /// The product of the multipliers that apply to a hit, with a note for each.
    fn factors(
        &self,
        hit: &Found,
        key: &str,
        words: &[Word],
        found: &[Found],
    ) -> (f64, Vec<String>, Vec<Note>) {
        let mut factor = 1.0;
        let mut notes = Vec::new();
        let mut parts = Vec::new();
        let mut apply = |value: f64, note: Factor| {
            factor *= value;
            notes.push(format!("{} ×{value}", note.english()));
            parts.push(Note::Factor(note, value));
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
                apply(NEGATION, Factor::Modifier(modifier_text(m)));
            }
            if let Some(m) = before(ModifierKind::Intensifier, 1) {
                apply(INTENSIFIER, Factor::Modifier(modifier_text(m)));
            }
            if let Some(m) = before(ModifierKind::Diminisher, 1) {
                apply(DIMINISHER, Factor::Modifier(modifier_text(m)));
            }
            if words[hit.start..hit.end].iter().any(|w| w.caps) {
                apply(CAPITALS, Factor::Capitals);
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
            apply(BEFORE_CONTRAST, Factor::BeforeContrast(word));
        } else if let Some(word) = before_one {
            apply(AFTER_CONTRAST, Factor::AfterContrast(word));
        }
        (factor, notes, parts)
    }
}
