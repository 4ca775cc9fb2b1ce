//! What a brand changes in the lexicon: its own terms (a product called "Bomba" is not
//! negative), set in the plan, and the words learned from the person's corrections ("you
//! marked 3 texts with 'retraso' negative"). Both replace the lexicon's weight for a word and
//! are named in the evidence of every guess they decide.

use foldhash::{HashMap, HashSet};
use std::fmt;

use super::lexicon::{Lexicon, key_tokens};
use super::tokenize::{Piece, tokenize};
use crate::domain::enums::Sentiment;
use crate::i18n::{Arg, Lang};

const STOPWORDS: &str = include_str!("../../../assets/lexicon/stopwords.txt");

/// A word is learned once this many corrected texts hold it…
pub const LEARN_FROM: usize = 2;
/// …and at least this share of them got the same label.
pub const LEARN_AGREEMENT: f64 = 0.8;

/// Why an adjusted or rule-made hit counts.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// One of the brand's own terms, from the plan.
    BrandTerm,
    /// Learned from the person's corrections: `count` corrected texts with the word, labelled
    /// `label`.
    Learned {
        /// The label the corrected texts agree on.
        label: Sentiment,
        /// How many corrected texts hold the word with that label.
        count: usize,
    },
    /// Something expected, negated ("nadie responde").
    ServiceFailure,
    /// A frustration opener in a question ("¿por qué…?").
    Frustration,
    /// A negator with nothing to flip ("no me deja", "still not").
    NegationAlone,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::BrandTerm => f.write_str("brand term"),
            Reason::Learned { label, count } => {
                let texts = if *count == 1 { "text" } else { "texts" };
                write!(f, "learned: you marked {count} {texts} with it {label}")
            }
            Reason::ServiceFailure => f.write_str("service failure"),
            Reason::Frustration => f.write_str("question of frustration"),
            Reason::NegationAlone => f.write_str("negation with nothing to flip"),
        }
    }
}

/// A text whose sentiment the person set by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The text as stored.
    pub text: String,
    /// The person's label.
    pub label: Sentiment,
}

/// A brand term that cannot be read, with where it is in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrandTermError {
    /// The 1-based position of the term in the comma-separated list.
    pub position: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for BrandTermError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl BrandTermError {
    /// The error as `term N: reason` in `lang` (the reason is in the language the terms were
    /// read in, see [`parse_brand_terms_in`]).
    pub fn message(&self, lang: Lang) -> String {
        lang.text_with(
            "plan-check-term",
            &[
                ("position", Arg::Text(&self.position.to_string())),
                ("why", Arg::Text(&self.reason)),
            ],
        )
    }
}

/// Reads the plan's `sentiment_terms`: comma-separated `term` (counts nothing) or
/// `term=weight` with a weight from −3 to 3 (`Bomba, Cremaet=+2, La Ñora=0`).
pub fn parse_brand_terms(text: &str) -> Result<Vec<(String, f64)>, BrandTermError> {
    parse_brand_terms_in(text, Lang::En)
}

/// [`parse_brand_terms`], the reason of its refusal worded in `lang`.
pub fn parse_brand_terms_in(text: &str, lang: Lang) -> Result<Vec<(String, f64)>, BrandTermError> {
    let mut terms = Vec::new();
    for (index, item) in text.split(',').enumerate() {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let error = |reason: String| BrandTermError {
            position: index + 1,
            reason,
        };
        let (term, weight) = match item.rsplit_once('=') {
            Some((term, weight)) => {
                let weight = weight.trim();
                let refused = || {
                    error(
                        lang.text_with("plan-check-term-weight", &[("weight", Arg::Text(weight))]),
                    )
                };
                let value = weight
                    .trim_start_matches('+')
                    .replace(',', ".")
                    .parse::<f64>()
                    .ok()
                    .filter(|w| (-3.0..=3.0).contains(w))
                    .ok_or_else(refused)?;
                (term.trim(), value)
            }
            None => (item, 0.0),
        };
        if key_tokens(term).is_none() {
            return Err(error(
                lang.text_with("plan-check-term-words", &[("term", Arg::Text(term))]),
            ));
        }
        terms.push((term.to_string(), weight));
    }
    Ok(terms)
}

/// The brand's terms and the learned words, folded, each with its weight and reason.
#[derive(Debug, Clone, Default)]
pub struct Adjustments {
    words: HashMap<String, (f64, Reason)>,
    max_tokens: usize,
    phrase_starts: HashSet<String>,
    /// How many corrected texts were read.
    examples: usize,
}

impl Adjustments {
    /// The adjustments of a brand: its `terms` (see [`parse_brand_terms`]) first, then what the
    /// `examples` teach about single words, leaving out stop words, the lexicon's modifiers,
    /// the brand's terms and the `topic` words (the listening rules' terms: the brand's and
    /// competitors' names and handles are what every text is about, not how it feels).
    pub fn new(
        terms: &[(String, f64)],
        examples: &[Example],
        topic: &[String],
        lexicon: &Lexicon,
    ) -> Adjustments {
        let mut adjustments = Adjustments {
            examples: examples.len(),
            ..Adjustments::default()
        };
        for (term, weight) in terms {
            if let Some(tokens) = key_tokens(term) {
                adjustments.max_tokens = adjustments.max_tokens.max(tokens.len());
                if tokens.len() > 1 {
                    adjustments.phrase_starts.insert(tokens[0].clone());
                }
                adjustments
                    .words
                    .insert(tokens.join(" "), (*weight, Reason::BrandTerm));
            }
        }
        let mut ignored: HashSet<String> = STOPWORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(crate::text::fold)
            .collect();
        for term in topic {
            for piece in tokenize(term, None) {
                if let Piece::Word(token) = piece {
                    ignored.insert(token.text);
                }
            }
        }
        let mut counts: HashMap<String, [usize; 3]> = HashMap::default();
        for example in examples {
            let mut seen = HashSet::default();
            for piece in tokenize(&example.text, Some(lexicon)) {
                let Piece::Word(token) = piece else { continue };
                let word = token.text;
                let learnable = word.chars().count() >= 3
                    && !word.chars().all(|c| c.is_ascii_digit())
                    && !ignored.contains(&word)
                    && lexicon.modifier(&word).is_none()
                    && !adjustments.words.contains_key(&word);
                if learnable && seen.insert(word.clone()) {
                    counts.entry(word).or_default()[label_index(example.label)] += 1;
                }
            }
        }
        for (word, by_label) in counts {
            let total: usize = by_label.iter().sum();
            let Some((index, &count)) = by_label.iter().enumerate().max_by_key(|(_, c)| **c) else {
                continue;
            };
            if total < LEARN_FROM || (count as f64) < LEARN_AGREEMENT * total as f64 {
                continue;
            }
            let label = LABELS[index];
            let strength = (1.0 + 0.5 * (count - LEARN_FROM) as f64).min(3.0);
            let weight = match label {
                Sentiment::Positive => strength,
                Sentiment::Negative => -strength,
                Sentiment::Neutral => 0.0,
            };
            adjustments.max_tokens = adjustments.max_tokens.max(1);
            adjustments
                .words
                .insert(word, (weight, Reason::Learned { label, count }));
        }
        adjustments
    }

    /// The weight, key and reason of a folded word or phrase (words joined by one space),
    /// when adjusted.
    pub(crate) fn get(&self, key: &str) -> Option<(f64, String, Reason)> {
        self.words
            .get(key)
            .map(|(weight, reason)| (*weight, key.to_string(), reason.clone()))
    }

    /// Whether an adjusted phrase of several words starts with `word`.
    pub(crate) fn starts_phrase(&self, word: &str) -> bool {
        self.phrase_starts.contains(word)
    }

    /// The longest adjusted phrase, in words.
    pub(crate) fn max_tokens(&self) -> usize {
        self.max_tokens
    }

    /// How many corrected texts taught (those forgotten left out).
    pub fn examples(&self) -> usize {
        self.examples
    }

    /// The brand's terms with their weight, by term.
    pub fn brand_terms(&self) -> Vec<(String, f64)> {
        let mut terms: Vec<(String, f64)> = self
            .words
            .iter()
            .filter(|(_, (_, reason))| *reason == Reason::BrandTerm)
            .map(|(term, (weight, _))| (term.clone(), *weight))
            .collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        terms
    }

    /// The learned words with their weight and reason, strongest first, then by word.
    pub fn learned(&self) -> Vec<(String, f64, Reason)> {
        let mut learned: Vec<(String, f64, Reason)> = self
            .words
            .iter()
            .filter(|(_, (_, reason))| matches!(reason, Reason::Learned { .. }))
            .map(|(word, (weight, reason))| (word.clone(), *weight, reason.clone()))
            .collect();
        learned.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then_with(|| a.0.cmp(&b.0)));
        learned
    }
}

const LABELS: [Sentiment; 3] = [Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative];

fn label_index(label: Sentiment) -> usize {
    match label {
        Sentiment::Positive => 0,
        Sentiment::Neutral => 1,
        Sentiment::Negative => 2,
    }
}
