//! The evidence of a guess written in the reader's language: each hit in parts (what matched,
//! why it counts, the multipliers applied), and the one-line account the detail views show.
//! English is the evidence as [`SentimentScore::evidence`] writes it.

use super::{Language, Reason, SentimentScore};
use crate::domain::enums::Sentiment;
use crate::i18n::{self, Arg, Lang};

/// One hit of a guess, in parts.
#[derive(Debug, Clone, PartialEq)]
pub enum Explained {
    /// A brand term or learned word whose weight is 0: named, not counted.
    NotCounted {
        /// The entry.
        key: String,
        /// Why it is there.
        reason: Reason,
    },
    /// A word, phrase, emoji or rule that counts.
    Counted {
        /// As the text writes it.
        written: String,
        /// The entry it matched, when written otherwise.
        entry: Option<String>,
        /// Why it counts and the multipliers applied, in order.
        notes: Vec<Note>,
        /// What it adds to the score.
        value: f64,
    },
}

/// A note on a hit: why it counts, or a multiplier and its value.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A brand term, a learned word or a rule.
    Reason(Reason),
    /// A multiplier and its value.
    Factor(Factor, f64),
}

/// What multiplies a hit.
#[derive(Debug, Clone, PartialEq)]
pub enum Factor {
    /// A negator, intensifier or diminisher before it, as the text writes it.
    Modifier(String),
    /// Written in capitals.
    Capitals,
    /// In the clause before this contrast word.
    BeforeContrast(String),
    /// In the clause after this contrast word.
    AfterContrast(String),
    /// In a sentence with repeated `?` / `!`.
    Emphasis,
}

impl Factor {
    /// The note as the English evidence writes it, before its multiplier.
    pub(super) fn english(&self) -> String {
        match self {
            Factor::Modifier(text) => text.clone(),
            Factor::Capitals => "CAPS".to_string(),
            Factor::BeforeContrast(word) => format!("before {word}"),
            Factor::AfterContrast(word) => format!("after {word}"),
            Factor::Emphasis => "?!".to_string(),
        }
    }

    fn word(&self, lang: Lang) -> String {
        match self {
            Factor::Modifier(text) => text.clone(),
            Factor::Capitals => lang.text("mentions-evidence-capitals"),
            Factor::BeforeContrast(word) => {
                lang.text_with("mentions-evidence-before", &[("word", Arg::Text(word))])
            }
            Factor::AfterContrast(word) => {
                lang.text_with("mentions-evidence-after", &[("word", Arg::Text(word))])
            }
            Factor::Emphasis => "?!".to_string(),
        }
    }
}

impl Reason {
    /// Why a hit counts, in `lang` (English as `Display` writes it).
    pub fn word(&self, lang: Lang) -> String {
        match self {
            Reason::BrandTerm => lang.text("mentions-evidence-brand-term"),
            Reason::Learned { label, count } => {
                let count = i64::try_from(*count).unwrap_or(i64::MAX);
                let label = match label {
                    Sentiment::Positive => "positive",
                    Sentiment::Neutral => "neutral",
                    Sentiment::Negative => "negative",
                };
                lang.text_with(
                    "mentions-evidence-learned",
                    &[
                        ("count", Arg::Count(count)),
                        ("shown", Arg::Text(&i18n::count(lang, count))),
                        ("label", Arg::Text(label)),
                    ],
                )
            }
            Reason::ServiceFailure => lang.text("mentions-evidence-service-failure"),
            Reason::Frustration => lang.text("mentions-evidence-frustration"),
            Reason::NegationAlone => lang.text("mentions-evidence-negation-alone"),
        }
    }
}

/// A weight or multiplier as Rust writes it (`-0.8`), with a decimal comma in Spanish.
fn number(lang: Lang, shown: String) -> String {
    match lang {
        Lang::En => shown,
        Lang::Es => shown.replace('.', ","),
    }
}

impl Explained {
    /// The hit with its contribution, in `lang`.
    fn line(&self, lang: Lang) -> String {
        match self {
            Explained::NotCounted { key, reason } => lang.text_with(
                "mentions-evidence-not-counted",
                &[
                    ("key", Arg::Text(key)),
                    ("reason", Arg::Text(&reason.word(lang))),
                ],
            ),
            Explained::Counted {
                written,
                entry,
                notes,
                value,
            } => {
                let mut label = match entry {
                    Some(key) => format!("{written} (= {key})"),
                    None => written.clone(),
                };
                if !notes.is_empty() {
                    let notes: Vec<String> = notes
                        .iter()
                        .map(|note| match note {
                            Note::Reason(reason) => reason.word(lang),
                            Note::Factor(factor, value) => format!(
                                "{} ×{}",
                                factor.word(lang),
                                number(lang, value.to_string())
                            ),
                        })
                        .collect();
                    label = format!("{label} [{}]", notes.join(", "));
                }
                format!("{label} {}", number(lang, format!("{value:+}")))
            }
        }
    }
}

impl SentimentScore {
    /// The evidence in one line in `lang`: each hit with its contribution, then the language
    /// of the text. English is [`SentimentScore::evidence`]. Quotes the text: sanitize it
    /// before drawing.
    pub fn evidence_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.evidence();
        }
        let language = language_code(lang, self.language);
        if self.explained.is_empty() {
            return lang.text_with(
                "mentions-evidence-none",
                &[("language", Arg::Text(&language))],
            );
        }
        let hits: Vec<String> = self.explained.iter().map(|hit| hit.line(lang)).collect();
        format!("{} ({language})", hits.join(" · "))
    }

    /// Each hit with its contribution (`gusta [no ×-0.8] -0.8`), in `lang`; English is written
    /// from [`SentimentScore::hits`].
    pub fn hit_lines_in(&self, lang: Lang) -> Vec<String> {
        if lang == Lang::En {
            return self
                .hits
                .iter()
                .map(|(hit, value)| format!("{hit} {value:+}"))
                .collect();
        }
        self.explained.iter().map(|hit| hit.line(lang)).collect()
    }

    /// The text's language as the evidence names it (`es`, `en`, `?`, or "other" in `lang`).
    pub fn language_in(&self, lang: Lang) -> String {
        language_code(lang, self.language)
    }

    /// [`SentimentScore::evidence_against`] in `lang`: the evidence, and both guesses when the
    /// one made now differs from the one `stored` on arrival.
    pub fn evidence_against_in(&self, stored: Sentiment, lang: Lang) -> String {
        if lang == Lang::En {
            return self.evidence_against(stored);
        }
        let mut why = self.evidence_in(lang);
        if self.sentiment != stored {
            why.push_str(&lang.text_with(
                "mentions-evidence-changed",
                &[
                    ("stored", Arg::Text(&stored.word(lang))),
                    ("now", Arg::Text(&self.sentiment.word(lang))),
                ],
            ));
        }
        why
    }
}

/// The text's language as the evidence names it: its code (`es`, `en`, `?`), or "other" in
/// `lang`.
fn language_code(lang: Lang, language: Language) -> String {
    match language {
        Language::Other => lang.text("mentions-evidence-other-language"),
        _ => language.to_string(),
    }
}
