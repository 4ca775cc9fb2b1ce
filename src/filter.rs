//! The one meaning of a typed `/` filter, shared by every list: the text is cut into words
//! (runs of letters and digits), case and accents are folded (`cancion` finds `canción`), and a
//! row matches when **every** typed word begins one of its words. Matches are ranked by fit:
//! whole words before prefixes, then earlier in the text, then the list's own order.
//!
//! The full-text search of the large mention views ([`crate::db`]'s `fts_query`) asks the same
//! question of the index (`unicode61 remove_diacritics 2`, every word a quoted prefix), so a
//! list filtered in memory and one filtered in SQL keep the same rows.

use crate::text::fold;

/// A compiled filter: the folded words typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    words: Vec<String>,
}

/// The words of `text` as the filter sees them: folded, cut at every character that is not a
/// letter or a digit, empty pieces dropped.
pub fn words(text: &str) -> Vec<String> {
    split(&fold(text)).map(str::to_string).collect()
}

/// The words of already folded text.
fn split(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// How well one typed word fits a word of the text: a whole word fits better than a prefix.
const WHOLE_WORD: i64 = 2_000;
/// A typed word that begins a longer word of the text.
const PREFIX: i64 = 1_000;
/// Positions past this count as this far, so a fit always outweighs where it is.
const FARTHEST: usize = 999;

impl Filter {
    /// Prepares a filter for the text the user typed; `None` when it holds no word.
    pub fn new(typed: &str) -> Option<Filter> {
        let words = words(typed);
        (!words.is_empty()).then_some(Filter { words })
    }

    /// Scores a candidate's text; `None` unless every typed word begins one of its words.
    /// Higher is better.
    pub fn score(&self, candidate: &str) -> Option<i64> {
        self.score_folded(&fold(candidate))
    }

    /// [`Filter::score`] for text already folded with [`crate::text::fold`].
    pub fn score_folded(&self, folded: &str) -> Option<i64> {
        let mut total = 0;
        for typed in &self.words {
            let mut best: Option<i64> = None;
            for (position, word) in split(folded).enumerate() {
                if !word.starts_with(typed.as_str()) {
                    continue;
                }
                let fit = if word.len() == typed.len() {
                    WHOLE_WORD
                } else {
                    PREFIX
                };
                let score = fit - position.min(FARTHEST) as i64;
                best = Some(best.map_or(score, |b| b.max(score)));
                if fit == WHOLE_WORD {
                    break;
                }
            }
            total += best?;
        }
        Some(total)
    }

    /// Keeps the ids whose text matches, best fit first (ties keep their original order).
    pub fn rank(&self, candidates: impl IntoIterator<Item = (i64, String)>) -> Vec<i64> {
        self.rank_by(candidates, |text| self.score(text))
    }

    /// [`Filter::rank`] for texts already folded with [`crate::text::fold`].
    pub fn rank_folded<'a>(
        &self,
        candidates: impl IntoIterator<Item = &'a (i64, String)>,
    ) -> Vec<i64> {
        self.rank_by(
            candidates
                .into_iter()
                .map(|(id, text)| (*id, text.as_str())),
            |text| self.score_folded(text),
        )
    }

    fn rank_by<T>(
        &self,
        candidates: impl IntoIterator<Item = (i64, T)>,
        score: impl Fn(&T) -> Option<i64>,
    ) -> Vec<i64> {
        let mut scored: Vec<(i64, usize, i64)> = candidates
            .into_iter()
            .enumerate()
            .filter_map(|(order, (id, text))| score(&text).map(|score| (score, order, id)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, _, id)| id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rank(typed: &str, texts: &[&str]) -> Vec<i64> {
        Filter::new(typed).map_or_else(Vec::new, |filter| {
            filter.rank(
                texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (i as i64, t.to_string())),
            )
        })
    }

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
    fn cafe_finds_cafe_with_its_accent() {
        assert_eq!(rank("cafe", &["un café solo", "cacao fresco"]), vec![0]);
    }

    #[test]
    fn letters_scattered_through_a_text_do_not_match() {
        assert_eq!(
            rank("canela", &["Campaña de Navidad en el local de Alicante"]),
            Vec::<i64>::new()
        );
    }

    #[test]
    fn every_typed_word_must_begin_a_word_of_the_text() {
        let texts = ["tueste claro", "tueste medio de Etiopía", "Etiopía a secas"];
        assert_eq!(rank("tues etiop", &texts), vec![1]);
        assert_eq!(rank("etiop, tueste", &texts), vec![1]);
        assert_eq!(rank("ueste", &texts), Vec::<i64>::new());
    }

    #[test]
    fn whole_words_rank_before_prefixes_and_earlier_words_before_later_ones() {
        let texts = ["cafetera nueva", "nuevo café", "café de la casa"];
        assert_eq!(rank("cafe", &texts), vec![2, 1, 0]);
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
    fn ranking_folded_texts_gives_the_same_order_as_ranking_raw_ones() {
        let raw = vec![
            (1, "Café Ñora".to_string()),
            (2, "la nora del CAFÉ".to_string()),
            (3, "otra".to_string()),
        ];
        let folded: Vec<(i64, String)> = raw.iter().map(|(id, t)| (*id, fold(t))).collect();
        let filter = Filter::new("café ñor").unwrap();
        assert_eq!(filter.rank_folded(&folded), filter.rank(raw));
        assert_eq!(filter.rank_folded(&folded), vec![1, 2]);
    }

    #[test]
    fn a_blank_or_punctuation_only_pattern_is_no_filter() {
        assert!(Filter::new("   ").is_none());
        assert!(Filter::new(" -- ").is_none());
    }

    #[test]
    fn words_are_folded_and_cut_at_punctuation() {
        assert_eq!(
            words("¡Hola, Ñora! e-mail"),
            vec!["hola", "nora", "e", "mail"]
        );
    }
}
