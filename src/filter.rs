//! Fuzzy, accent-insensitive matching of a typed filter against list rows (`cancion` finds `canción`).

use crate::text::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A compiled filter: the folded pattern and the matcher that scores candidates against it.
pub struct Filter {
    pattern: String,
    matcher: SkimMatcherV2,
}

impl Filter {
    /// Prepares a filter for the text the user typed; `None` for an empty pattern.
    pub fn new(typed: &str) -> Option<Filter> {
        let pattern = fold(typed.trim());
        (!pattern.is_empty()).then(|| Filter {
            pattern,
            matcher: SkimMatcherV2::default().ignore_case(),
        })
    }

    /// Scores a candidate's text; `None` when it does not match. Higher is better.
    pub fn score(&self, candidate: &str) -> Option<i64> {
        self.matcher.fuzzy_match(&fold(candidate), &self.pattern)
    }

    /// Keeps the ids whose text matches, best match first (ties keep their original order).
    pub fn rank(&self, candidates: impl IntoIterator<Item = (i64, String)>) -> Vec<i64> {
        let mut scored: Vec<(i64, usize, i64)> = candidates
            .into_iter()
            .enumerate()
            .filter_map(|(order, (id, text))| self.score(&text).map(|score| (score, order, id)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, _, id)| id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unaccented_pattern_finds_accented_text() {
        let filter = Filter::new("cancion").unwrap();
        assert!(filter.score("Nuestra canción del verano").is_some());
        assert!(filter.score("Señora").is_none());
    }

    #[test]
    fn an_accented_pattern_finds_unaccented_text() {
        let filter = Filter::new("Ñora").unwrap();
        assert!(filter.score("cafe la nora").is_some());
    }

    #[test]
    fn ranking_drops_non_matches_and_keeps_list_order_between_equal_scores() {
        let filter = Filter::new("tueste").unwrap();
        let ids = filter.rank(vec![
            (1, "nada que ver".to_string()),
            (2, "Tueste medio".to_string()),
            (3, "Tueste claro de Etiopía".to_string()),
        ]);
        assert_eq!(ids, vec![2, 3]);
    }

    #[test]
    fn a_blank_pattern_is_no_filter() {
        assert!(Filter::new("   ").is_none());
    }
}
