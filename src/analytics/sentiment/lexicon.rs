//! The sentiment lexicon: Spanish and English words and phrases, emoji and emoticons, and the
//! modifiers (negators, intensifiers, diminishers, contrast words), read from `assets/lexicon/`.

use foldhash::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use super::forms::{MIN_EXPECTED_STEM, MIN_STEM, Stems, inflected};
use super::language::Language;
use super::tokenize::{Boundary, Piece, Vocabulary, tokenize};
use crate::text::fold;

const ES: &str = include_str!("../../../assets/lexicon/es.txt");
const EN: &str = include_str!("../../../assets/lexicon/en.txt");
const EMOJI: &str = include_str!("../../../assets/lexicon/emoji.txt");
const MODIFIERS: &str = include_str!("../../../assets/lexicon/modifiers.txt");

/// What a modifier word does to the lexicon hit that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModifierKind {
    /// Flips the hit: "no me gusta", "not good".
    Negator,
    /// Strengthens the hit: "muy rico", "really slow".
    Intensifier,
    /// Softens the hit: "un poco caro", "a bit slow".
    Diminisher,
    /// Splits the sentence: the clause after "pero" / "but" weighs more than the one before.
    Contrast,
    /// Something a customer expects to happen ("responden", "llegó", "refund", "answer"):
    /// worth nothing alone, a service failure when negated ("nadie responde", "no answer").
    Expected,
    /// Opens a question of frustration ("por qué", "why", "hasta cuándo") when the sentence
    /// is a question.
    Frustration,
}

impl ModifierKind {
    fn parse(text: &str) -> Option<Self> {
        match text {
            "negator" => Some(Self::Negator),
            "intensifier" => Some(Self::Intensifier),
            "diminisher" => Some(Self::Diminisher),
            "contrast" => Some(Self::Contrast),
            "expected" => Some(Self::Expected),
            "frustration" => Some(Self::Frustration),
            _ => None,
        }
    }
}

/// A lexicon line that was skipped because it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MalformedLine {
    /// Which file: `es`, `en`, `emoji` or `modifiers`.
    pub file: &'static str,
    /// The 1-based line number.
    pub line: usize,
    /// Why the line was skipped.
    pub reason: String,
}

/// Why a set of lexicon files could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexiconError {
    /// A file has no readable entry (empty, or every line malformed).
    NoEntries(&'static str),
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LexiconError::NoEntries(file) => {
                write!(
                    f,
                    "the {file} lexicon has no readable `word<TAB>value` line"
                )
            }
        }
    }
}

impl std::error::Error for LexiconError {}

/// The weight of an entry in each language's file (emoji carry the same in both).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Weights {
    es: Option<f64>,
    en: Option<f64>,
}

impl Weights {
    fn get(self, language: Language) -> Option<f64> {
        match language {
            Language::Spanish => self.es,
            Language::English => self.en,
            Language::Undecided => self.es.or(self.en),
            Language::Other => None,
        }
    }
}

/// The built-in lexicon (embedded with include_str!, parsed once; a malformed line is a test
/// failure, not a panic at run time: it is skipped and counted in [`Lexicon::malformed`]).
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Folded word or phrase (tokens joined by one space) → its weight in each language.
    entries: HashMap<String, Weights>,
    /// Stems of words written with a trailing `*` ("estaf*" −3): any ending matches.
    stems: Stems<Weights>,
    /// Stems of expected words written with a trailing `*` ("respond*").
    expected_stems: Stems<()>,
    /// Keys of `entries` that came from the emoji file.
    emoji: HashSet<String>,
    /// Folded emoticons such as `:)` or `10/10`, recognised as whole whitespace-separated chunks.
    emoticons: HashSet<String>,
    /// Folded modifier word or phrase → kind.
    modifiers: HashMap<String, ModifierKind>,
    /// Every token appearing in an entry or modifier, to normalise "buenooo" to a known word.
    vocabulary: HashSet<String>,
    /// The longest entry or modifier, in tokens.
    max_tokens: usize,
    /// The first words of the entries and modifiers of more than one word.
    phrase_starts: HashSet<String>,
    malformed: Vec<MalformedLine>,
}

impl Lexicon {
    /// The lexicon shipped in `assets/lexicon/`, parsed on first use. Should the files ever be
    /// unusable, an empty lexicon is returned and every text scores neutral.
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN.get_or_init(|| Lexicon::parse(ES, EN, EMOJI, MODIFIERS).unwrap_or_default())
    }

    /// The four embedded lexicon files, as `(name, text)`, for tests and the UI.
    pub fn builtin_sources() -> [(&'static str, &'static str); 4] {
        [
            ("es", ES),
            ("en", EN),
            ("emoji", EMOJI),
            ("modifiers", MODIFIERS),
        ]
    }

    /// Reads `es.txt`, `en.txt`, `emoji.txt` and `modifiers.txt` from a folder, as
    /// [`Lexicon::parse`] does the embedded ones: to try an edited lexicon without rebuilding.
    pub fn from_dir(dir: &std::path::Path) -> Result<Lexicon, String> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))
        };
        let lexicon = Lexicon::parse(
            &read("es.txt")?,
            &read("en.txt")?,
            &read("emoji.txt")?,
            &read("modifiers.txt")?,
        )
        .map_err(|error| format!("{}: {error}", dir.display()))?;
        Ok(lexicon)
    }

    /// Reads the four lexicon files. Malformed lines are skipped and listed in
    /// [`Lexicon::malformed`]; a file with no readable line at all is an error.
    pub fn parse(
        es: &str,
        en: &str,
        emoji: &str,
        modifiers: &str,
    ) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::default();
        for (file, text) in [("es", es), ("en", en), ("emoji", emoji)] {
            if lexicon.read_weights(file, text) == 0 {
                return Err(LexiconError::NoEntries(file));
            }
        }
        if lexicon.read_modifiers(modifiers) == 0 {
            return Err(LexiconError::NoEntries("modifiers"));
        }
        Ok(lexicon)
    }

    /// The lines that were skipped while parsing, with the reason.
    pub fn malformed(&self) -> &[MalformedLine] {
        &self.malformed
    }

    /// How many words, phrases and emoji carry a weight.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// How many negators, intensifiers, diminishers and contrast words there are.
    pub fn modifier_count(&self) -> usize {
        self.modifiers.len()
    }

    fn skip(&mut self, file: &'static str, line: usize, reason: String) {
        self.malformed.push(MalformedLine { file, line, reason });
    }

    /// Reads `key<TAB>weight` lines into the entries; returns how many were read.
    fn read_weights(&mut self, file: &'static str, text: &str) -> usize {
        let mut read = 0;
        let mut seen = HashSet::default();
        for (number, key, value) in data_lines(text) {
            let Some(value) = value else {
                self.skip(file, number, format!("`{key}` has no tab-separated weight"));
                continue;
            };
            let weight = match value.parse::<f64>() {
                Ok(w) if (-3.0..=3.0).contains(&w) => w,
                _ => {
                    self.skip(
                        file,
                        number,
                        format!("`{value}` is not a weight from -3 to 3"),
                    );
                    continue;
                }
            };
            if file != "emoji"
                && let Some(stem) = key.strip_suffix('*')
            {
                match self.read_stem(stem, MIN_STEM) {
                    Ok(stem) => {
                        let weights = self.stems.entry(stem);
                        let slot = if file == "es" {
                            &mut weights.es
                        } else {
                            &mut weights.en
                        };
                        if slot.replace(weight).is_some() {
                            self.skip(file, number, format!("`{key}` is listed twice"));
                            continue;
                        }
                        read += 1;
                    }
                    Err(reason) => self.skip(file, number, reason),
                }
                continue;
            }
            let is_emoticon = file == "emoji" && key.chars().any(|c| c.is_ascii_punctuation());
            let folded = if is_emoticon {
                fold(key)
            } else {
                match key_tokens(key) {
                    Some(tokens) => tokens.join(" "),
                    None => {
                        self.skip(
                            file,
                            number,
                            format!("`{key}` does not read as words or emoji"),
                        );
                        continue;
                    }
                }
            };
            if !seen.insert(folded.clone()) {
                self.skip(file, number, format!("`{key}` is listed twice"));
                continue;
            }
            if is_emoticon {
                self.emoticons.insert(folded.clone());
            }
            if file == "emoji" {
                self.emoji.insert(folded.clone());
            }
            self.learn(&folded);
            let weights = self.entries.entry(folded).or_default();
            match file {
                "es" => weights.es = Some(weight),
                "en" => weights.en = Some(weight),
                _ => {
                    *weights = Weights {
                        es: Some(weight),
                        en: Some(weight),
                    }
                }
            }
            read += 1;
        }
        read
    }

    /// Reads `key<TAB>kind` lines into the modifiers; returns how many were read.
    fn read_modifiers(&mut self, text: &str) -> usize {
        let mut read = 0;
        for (number, key, value) in data_lines(text) {
            let Some(kind) = value.and_then(ModifierKind::parse) else {
                let reason =
                    format!("`{key}` needs a tab and negator, intensifier, diminisher or contrast");
                self.skip("modifiers", number, reason);
                continue;
            };
            if kind == ModifierKind::Expected
                && let Some(stem) = key.strip_suffix('*')
            {
                match self.read_stem(stem, MIN_EXPECTED_STEM) {
                    Ok(stem) => {
                        self.expected_stems.entry(stem);
                        read += 1;
                    }
                    Err(reason) => self.skip("modifiers", number, reason),
                }
                continue;
            }
            let Some(tokens) = key_tokens(key) else {
                self.skip(
                    "modifiers",
                    number,
                    format!("`{key}` does not read as words"),
                );
                continue;
            };
            let folded = tokens.join(" ");
            if self.modifiers.contains_key(&folded) {
                self.skip("modifiers", number, format!("`{key}` is listed twice"));
                continue;
            }
            self.learn(&folded);
            self.modifiers.insert(folded, kind);
            read += 1;
        }
        read
    }

    /// The folded stem of a `stem*` key: one word of at least `shortest` letters.
    fn read_stem(&self, stem: &str, shortest: usize) -> Result<String, String> {
        match key_tokens(stem).as_deref() {
            Some([word]) if word.chars().count() >= shortest => Ok(word.clone()),
            Some([_]) => Err(format!(
                "`{stem}*` is too short a stem (at least {shortest} letters)"
            )),
            _ => Err(format!("`{stem}*` must be one word followed by *")),
        }
    }

    fn learn(&mut self, folded: &str) {
        let tokens: Vec<&str> = folded.split(' ').collect();
        self.max_tokens = self.max_tokens.max(tokens.len());
        if tokens.len() > 1 {
            self.phrase_starts.insert(tokens[0].to_string());
        }
        self.vocabulary
            .extend(tokens.into_iter().map(str::to_string));
    }

    /// The longest entry or modifier, in tokens.
    pub(crate) fn max_tokens(&self) -> usize {
        self.max_tokens
    }

    /// Whether some entry or modifier of several words starts with `word`.
    pub(crate) fn starts_phrase(&self, word: &str) -> bool {
        self.phrase_starts.contains(word)
    }

    /// The weight and the lexicon key of a word or phrase in a language (emoji in any). A
    /// single Spanish word that is not listed falls back to its singular / masculine form
    /// ("buenas" → "buena" → "bueno"). `key` holds the phrase's folded words joined by one
    /// space, `count` how many there are.
    pub(crate) fn entry(
        &self,
        key: &str,
        count: usize,
        language: Language,
    ) -> Option<(f64, String)> {
        let weight_of = |key: &str| {
            let weights = self.entries.get(key)?;
            if self.emoji.contains(key) {
                weights.es
            } else {
                weights.get(language)
            }
        };
        if let Some(weight) = weight_of(key) {
            return Some((weight, key.to_string()));
        }
        if count != 1 {
            return None;
        }
        if language != Language::English
            && let Some(found) =
                inflected(key, |form| weight_of(form).map(|w| (w, form.to_string())))
        {
            return Some(found);
        }
        self.stems
            .longest(key)
            .and_then(|(stem, weights)| Some((weights.get(language)?, format!("{stem}*"))))
    }

    /// The kind of a modifier word or phrase (folded words joined by one space); a single
    /// word starting with an expected stem ("respondido" for `respond*`) is an expected word.
    pub(crate) fn modifier(&self, key: &str) -> Option<ModifierKind> {
        if let Some(kind) = self.modifiers.get(key) {
            return Some(*kind);
        }
        if key.contains(' ') {
            return None;
        }
        self.expected_stems
            .longest(key)
            .map(|_| ModifierKind::Expected)
    }

    /// Whether an entry key came from the emoji file.
    pub(crate) fn is_emoji(&self, key: &str) -> bool {
        self.emoji.contains(key)
    }
}

impl Vocabulary for Lexicon {
    /// Whether a folded chunk is a listed emoticon such as `:)` or `10/10`.
    fn is_emoticon(&self, chunk: &str) -> bool {
        self.emoticons.contains(chunk)
    }

    /// Whether a folded word is listed, alone, inside a phrase or as a modifier.
    fn knows(&self, word: &str) -> bool {
        self.vocabulary.contains(word)
            || inflected(word, |form| self.entries.contains_key(form).then_some(())).is_some()
    }
}

/// The numbered data lines of a lexicon file as `(line, key, value)`, skipping comments and
/// blanks; `value` is `None` when the line has no tab.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str, Option<&str>)> {
    text.lines().enumerate().filter_map(|(index, line)| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let mut fields = line.split('\t').map(str::trim).filter(|f| !f.is_empty());
        let key = fields.next()?;
        let value = fields.next();
        let value = if fields.next().is_some() { None } else { value };
        Some((index + 1, key, value))
    })
}

/// The tokens of a lexicon key, or `None` when it has punctuation that splits it into clauses.
pub(super) fn key_tokens(key: &str) -> Option<Vec<String>> {
    let mut pieces = tokenize(key, None);
    if matches!(pieces.last(), Some(Piece::Break(Boundary::Sentence))) {
        pieces.pop(); // the end of the line
    }
    let mut tokens = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Word(token) => tokens.push(token.text),
            Piece::Break(_) | Piece::Mark(_) => return None,
        }
    }
    (!tokens.is_empty()).then_some(tokens)
}
