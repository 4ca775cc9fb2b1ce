//! How a word the lexicon does not list still finds its entry: its Spanish singular or
//! masculine form ("buenas" → "bueno"), or the longest listed stem it starts with (`estaf*`
//! reads "estafarte").

use foldhash::{HashMap, HashSet};

/// The shortest stem a weighted `stem*` entry may have, so that a stem names one family of
/// words.
pub const MIN_STEM: usize = 4;
/// The shortest stem of an expected word (`fix*`): worth nothing unless negated, it may be
/// shorter.
pub const MIN_EXPECTED_STEM: usize = 3;

/// Stems written with a trailing `*`, looked up by the word's prefixes, longest first.
#[derive(Debug, Clone, Default)]
pub(super) struct Stems<V> {
    by_stem: HashMap<String, V>,
    /// The lengths in bytes of the stems, longest first.
    lengths: Vec<usize>,
    /// The first three bytes of every stem, so that most words are ruled out in one look-up.
    heads: HashSet<[u8; 3]>,
}

/// The first three bytes of a word, when it has them.
fn head(word: &str) -> Option<[u8; 3]> {
    word.as_bytes().get(..3)?.try_into().ok()
}

impl<V: Default> Stems<V> {
    /// The value of a stem, added empty when new.
    pub(super) fn entry(&mut self, stem: String) -> &mut V {
        if !self.lengths.contains(&stem.len()) {
            self.lengths.push(stem.len());
            self.lengths.sort_unstable_by(|a, b| b.cmp(a));
        }
        if let Some(head) = head(&stem) {
            self.heads.insert(head);
        }
        self.by_stem.entry(stem).or_default()
    }

    /// The longest stem that starts `word`, with its value.
    pub(super) fn longest(&self, word: &str) -> Option<(&str, &V)> {
        if !self.heads.contains(&head(word)?) {
            return None;
        }
        self.lengths
            .iter()
            .filter(|&&length| length <= word.len() && word.is_char_boundary(length))
            .find_map(|&length| {
                self.by_stem
                    .get_key_value(&word[..length])
                    .map(|(stem, value)| (stem.as_str(), value))
            })
    }
}

/// The first Spanish plural or feminine fall-back of a word for which `found` answers:
/// `-s`, `-es`, `-a` → `-o`, `-as` → `-o` (words of 4 letters or more).
pub(super) fn inflected<T>(word: &str, found: impl Fn(&str) -> Option<T>) -> Option<T> {
    if word.len() < 4 || word.chars().count() < 4 {
        return None;
    }
    let masculine = |stem: &str| {
        let mut form = String::with_capacity(stem.len() + 1);
        form.push_str(stem);
        form.push('o');
        found(&form)
    };
    if let Some(stem) = word.strip_suffix('s') {
        found(stem)
            .or_else(|| stem.strip_suffix('e').and_then(&found))
            .or_else(|| stem.strip_suffix('a').and_then(masculine))
    } else {
        word.strip_suffix('a').and_then(masculine)
    }
}
