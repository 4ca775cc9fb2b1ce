//! A small local matcher over the `listening_rules` table, for imports: a rule matches a text that
//! holds any of its comma-separated terms and none of its exclusions, case and accents ignored
//! (a one-word term matches whole words only); a rule with a source listens to that source only.
//! The first matching rule, in id order, wins. The app may later swap in the shared matcher.

use crate::db::mentions_import::RuleTerms;
use crate::text::fold;

/// One rule, folded once.
#[derive(Debug, Clone)]
struct Compiled {
    id: i64,
    name: String,
    terms: Vec<String>,
    exclusions: Vec<String>,
    source: String,
}

/// The listening rules, ready to classify imported text.
#[derive(Debug, Clone, Default)]
pub struct LocalRules {
    rules: Vec<Compiled>,
}

/// Splits a comma-separated list into folded, trimmed, non-empty terms.
fn terms(list: &str) -> Vec<String> {
    list.split(',')
        .map(|term| fold(term.trim()))
        .filter(|term| !term.is_empty())
        .collect()
}

/// Whether `text` (folded) holds `term` (folded); a single word only as a whole word.
fn holds(text: &str, term: &str) -> bool {
    let single_word = term.chars().all(char::is_alphanumeric);
    if !single_word {
        return text.contains(term);
    }
    text.match_indices(term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

impl LocalRules {
    /// Prepares the stored rules for matching.
    pub fn new(rules: &[RuleTerms]) -> LocalRules {
        LocalRules {
            rules: rules
                .iter()
                .map(|rule| Compiled {
                    id: rule.id,
                    name: fold(rule.name.trim()),
                    terms: terms(&rule.terms),
                    exclusions: terms(&rule.exclusions),
                    source: fold(rule.source.trim()),
                })
                .collect(),
        }
    }

    /// The id of the first rule that matches `text` found on `source`, if any.
    pub fn classify(&self, text: &str, source: &str) -> Option<i64> {
        let text = fold(text);
        let source = fold(source.trim());
        self.rules
            .iter()
            .filter(|rule| rule.source.is_empty() || rule.source == source)
            .find(|rule| {
                rule.terms.iter().any(|term| holds(&text, term))
                    && !rule.exclusions.iter().any(|term| holds(&text, term))
            })
            .map(|rule| rule.id)
    }

    /// The id of the rule with this name (case and accents ignored).
    pub fn by_name(&self, name: &str) -> Option<i64> {
        let name = fold(name.trim());
        self.rules
            .iter()
            .find(|rule| rule.name == name)
            .map(|rule| rule.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> LocalRules {
        LocalRules::new(&[
            RuleTerms {
                id: 1,
                name: "Marca: Café La Ñora".into(),
                terms: "la ñora, cafelanora".into(),
                exclusions: "pimiento".into(),
                source: String::new(),
            },
            RuleTerms {
                id: 2,
                name: "Reddit only".into(),
                terms: "espresso".into(),
                exclusions: String::new(),
                source: "reddit".into(),
            },
        ])
    }

    #[test]
    fn a_term_matches_ignoring_case_and_accents_unless_an_exclusion_is_there() {
        let rules = rules();
        assert_eq!(
            rules.classify("Me encanta LA NORA de Murcia", "news"),
            Some(1)
        );
        assert_eq!(rules.classify("la ñora pimiento seco", "news"), None);
        assert_eq!(rules.classify("nada que ver", "news"), None);
    }

    #[test]
    fn a_one_word_term_matches_whole_words_and_a_source_rule_only_its_source() {
        let rules = rules();
        assert_eq!(rules.classify("#cafelanoraforever", "news"), None);
        assert_eq!(rules.classify("un espresso", "news"), None);
        assert_eq!(rules.classify("un espresso", "Reddit"), Some(2));
        assert_eq!(rules.by_name("marca: cafe la nora"), Some(1));
        assert_eq!(rules.by_name("otra"), None);
    }
}
