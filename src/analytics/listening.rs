//! Listening rules: which named rule (brand, competitor or sector) a mention belongs to.
//!
//! A rule lists terms (words, phrases, `@handles`, `#tags`) and exclusions, and may be limited to
//! one source or one language. Text is compared case- and accent-insensitively
//! ([`crate::text::fold`]), so `cafe` matches `Café`, and word by word, so `mal` does not match
//! `malva` and `pimiento ñora` matches `Pimiento, ñora`.

use crate::domain::RuleKind;
use crate::text::fold;

/// How a mention is matched to a rule, as shown next to the rules.
pub const FORMULA: &str = "a mention belongs to the first rule (brand rules first, then competitors, then sector, each in the order listed) that has at least one of its terms and none of its exclusions; words are compared whole and ignoring case and accents (cafe = Café); a phrase matches its words in a row, whatever punctuation is between them; @handle and #tag match only that handle or tag, while a plain word also matches it as @word or #word; a rule with a source only sees mentions from that source, and a rule with a language only sees mentions in that language (es also covers es-MX) or of unknown language";

/// A named listening rule, as stored in `listening_rules`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListeningRule {
    /// The stored id, recorded on every mention the rule matches.
    pub id: i64,
    /// The rule's name, shown on its mentions.
    pub name: String,
    /// Whether the rule listens for the brand, a competitor or the sector.
    pub kind: RuleKind,
    /// Words, phrases, `@handles` or `#tags`; any one of them makes a mention match.
    terms: Vec<String>,
    /// Words or phrases that must not appear; any one of them rules the mention out.
    exclusions: Vec<String>,
    /// The only source the rule listens to (compared ignoring case), or any source.
    source: Option<String>,
    /// The only language the rule listens to (e.g. `es`), or any language.
    language: Option<String>,
    /// Each term split into folded words, once, for matching.
    term_tokens: Vec<Vec<Token>>,
    /// Each exclusion split into folded words, once, for matching.
    exclusion_tokens: Vec<Vec<Token>>,
    /// The source, folded and trimmed, for matching.
    folded_source: Option<String>,
}

impl ListeningRule {
    /// Builds a rule from its stored columns: `terms` and `exclusions` are comma-separated (blank
    /// items dropped, items trimmed), and a blank `source` or `language` means "any".
    pub fn from_stored(
        id: i64,
        name: &str,
        kind: RuleKind,
        terms: &str,
        exclusions: &str,
        source: &str,
        language: &str,
    ) -> ListeningRule {
        let terms = split_list(terms);
        let exclusions = split_list(exclusions);
        let source = non_blank(source);
        ListeningRule {
            id,
            name: name.trim().to_string(),
            kind,
            term_tokens: split_terms(&terms),
            exclusion_tokens: split_terms(&exclusions),
            folded_source: source.as_deref().map(fold),
            terms,
            exclusions,
            source,
            language: non_blank(language),
        }
    }

    /// Whether the rule takes a mention with these `tokens` from `source` in `language`.
    fn takes(&self, tokens: &[Token], source: &str, language: Option<&str>) -> bool {
        self.folded_source
            .as_deref()
            .is_none_or(|wanted| wanted == fold(source.trim()))
            && match (self.language.as_deref(), language) {
                (Some(wanted), Some(given)) => same_language(wanted, given),
                _ => true,
            }
            && self.term_tokens.iter().any(|term| contains(tokens, term))
            && !self
                .exclusion_tokens
                .iter()
                .any(|term| contains(tokens, term))
    }
}

/// The rule a mention belongs to: the first rule, brand rules before competitor rules before
/// sector rules and otherwise in the given order, whose source and language fit and whose text
/// has at least one term and no exclusion. `None` when no rule takes the mention.
pub fn match_rule<'a>(
    rules: &'a [ListeningRule],
    text: &str,
    source: &str,
    language: Option<&str>,
) -> Option<&'a ListeningRule> {
    let tokens = tokens(text);
    let mut found: Option<&ListeningRule> = None;
    for rule in rules {
        // An earlier rule of the same or an earlier kind already wins over this one.
        if found.is_some_and(|first| first.kind <= rule.kind) {
            continue;
        }
        if rule.takes(&tokens, source, language) {
            found = Some(rule);
        }
    }
    found
}

/// Splits each term into its folded words.
fn split_terms(terms: &[String]) -> Vec<Vec<Token>> {
    terms.iter().map(|term| tokens(term)).collect()
}

/// Splits a comma-separated stored list, trimming items and dropping blank ones.
fn split_list(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

/// The trimmed text, or `None` when it is blank.
fn non_blank(stored: &str) -> Option<String> {
    let trimmed = stored.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Whether a mention in `given` fits a rule for `wanted`: the same tag ignoring case, or a
/// regional variant of it (`es` takes `es-MX` and `es_ES`).
fn same_language(wanted: &str, given: &str) -> bool {
    let wanted = fold(wanted.trim());
    let given = fold(given.trim());
    given == wanted
        || given
            .strip_prefix(&wanted)
            .is_some_and(|rest| rest.starts_with(['-', '_']))
}

/// One word of folded text, with the `@` or `#` written right before it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    sigil: Option<char>,
    word: String,
}

/// Whether a character belongs to a word (letters, digits and `_`, as in handles).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Splits text into folded words; an `@` or `#` that starts a word (not one inside
/// `info@marca.com`) is kept as the word's sigil.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut sigil = None;
    let mut previous: Option<char> = None;
    for c in fold(text).chars() {
        if is_word_char(c) {
            current.push(c);
        } else {
            if !current.is_empty() {
                out.push(Token {
                    sigil: sigil.take(),
                    word: std::mem::take(&mut current),
                });
            }
            let starts_word = previous.is_none_or(|p| !is_word_char(p));
            sigil = (matches!(c, '@' | '#') && starts_word).then_some(c);
        }
        previous = Some(c);
    }
    if !current.is_empty() {
        out.push(Token {
            sigil,
            word: current,
        });
    }
    out
}

/// Whether the words of `term` appear in a row among `text`; a term word with a sigil only
/// matches a text word with the same sigil, a plain term word matches with or without one.
fn contains(text: &[Token], term: &[Token]) -> bool {
    !term.is_empty()
        && text.windows(term.len()).any(|window| {
            window.iter().zip(term).all(|(seen, wanted)| {
                seen.word == wanted.word && wanted.sigil.is_none_or(|s| seen.sigil == Some(s))
            })
        })
}

#[cfg(test)]
mod tests;
