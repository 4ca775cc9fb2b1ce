//! The listening rules, ready to classify imported text with the shared matcher
//! (`analytics::listening`): terms and exclusions case- and accent-insensitive, whole words for
//! one-word terms, brand rules before competitors before the sector, a rule's source and language
//! respected. Also finds a rule by its name.

use crate::analytics::listening::{ListeningRule, match_rule};
use crate::domain::listening::RuleTerms;
use crate::text::fold;

/// The listening rules, ready to classify imported text.
#[derive(Debug, Clone, Default)]
pub struct LocalRules {
    rules: Vec<ListeningRule>,
}

impl LocalRules {
    /// Prepares the stored rules for matching.
    pub fn new(rules: &[RuleTerms]) -> LocalRules {
        LocalRules {
            rules: rules
                .iter()
                .map(|r| {
                    ListeningRule::from_stored(
                        r.id,
                        &r.name,
                        r.kind,
                        &r.terms,
                        &r.exclusions,
                        &r.source,
                        &r.language,
                    )
                })
                .collect(),
        }
    }

    /// The id of the first rule that matches `text` found on `source` (in `language`, when the
    /// source says), if any.
    pub fn classify(&self, text: &str, source: &str, language: Option<&str>) -> Option<i64> {
        match_rule(&self.rules, text, source, language).map(|rule| rule.id)
    }

    /// The id of the rule with this name (case and accents ignored).
    pub fn by_name(&self, name: &str) -> Option<i64> {
        let name = fold(name.trim());
        self.rules
            .iter()
            .find(|rule| fold(rule.name.trim()) == name)
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
                kind: crate::domain::RuleKind::Brand,
                language: String::new(),
            },
            RuleTerms {
                id: 2,
                name: "Reddit only".into(),
                terms: "espresso".into(),
                exclusions: String::new(),
                source: "reddit".into(),
                kind: crate::domain::RuleKind::Sector,
                language: String::new(),
            },
        ])
    }

    #[test]
    fn a_term_matches_ignoring_case_and_accents_unless_an_exclusion_is_there() {
        let rules = rules();
        assert_eq!(
            rules.classify("Me encanta LA NORA de Murcia", "news", None),
            Some(1)
        );
        assert_eq!(rules.classify("la ñora pimiento seco", "news", None), None);
        assert_eq!(rules.classify("nada que ver", "news", None), None);
    }

    #[test]
    fn a_one_word_term_matches_whole_words_and_a_source_rule_only_its_source() {
        let rules = rules();
        assert_eq!(rules.classify("#cafelanoraforever", "news", None), None);
        assert_eq!(rules.classify("un espresso", "news", None), None);
        assert_eq!(rules.classify("un espresso", "Reddit", None), Some(2));
        assert_eq!(rules.by_name("marca: cafe la nora"), Some(1));
        assert_eq!(rules.by_name("otra"), None);
    }

    #[test]
    fn a_rule_for_one_language_listens_only_to_feeds_in_that_language() {
        let rules = LocalRules::new(&[RuleTerms {
            id: 7,
            name: "Sector en español".into(),
            terms: "tueste".into(),
            exclusions: String::new(),
            source: String::new(),
            kind: crate::domain::RuleKind::Sector,
            language: "es".into(),
        }]);
        assert_eq!(
            rules.classify("Tueste claro en Valencia", "news", Some("es-ES")),
            Some(7)
        );
        assert_eq!(
            rules.classify("Tueste claro en Valencia", "news", Some("en")),
            None
        );
        assert_eq!(
            rules.classify("Tueste claro en Valencia", "news", None),
            Some(7),
            "a feed that does not say is not excluded"
        );
    }
}
