//! Which language a text is in, for choosing the lexicon that scores it: Spanish, English,
//! another language (scored by its emoji only, never guessed), or too little text to tell
//! (scored with both lexicons). The common function words of a text decide when they are
//! clear ("el", "que", "los" against "the", "and", "you", with none of Portuguese, French,
//! Catalan, Italian or German); otherwise `whatlang` weighs the text's letter trigrams, always
//! without its addresses, @handles and #tags, which belong to no language.

use std::fmt;
use std::sync::OnceLock;
use whatlang::{Detector, Lang};

/// The language a text is scored in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Spanish: the Spanish lexicon.
    Spanish,
    /// English: the English lexicon.
    English,
    /// Clearly another language: only emoji and emoticons count.
    Other,
    /// Too short or too mixed to tell: both lexicons.
    Undecided,
}

impl Language {
    /// The code shown and stored: `es`, `en`, `other` or `?`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Spanish => "es",
            Language::English => "en",
            Language::Other => "other",
            Language::Undecided => "?",
        }
    }

    /// The language a feed or an export declares (`es`, `es-MX`, `en_GB`), when it is one
    /// of the two cmdeck scores; `None` otherwise.
    pub fn declared(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "es" | "spa" => Some(Language::Spanish),
            "en" | "eng" => Some(Language::English),
            _ => None,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How sure whatlang must be before a text is called another language than Spanish or English.
const OTHER_AT: f64 = 0.5;

/// Fewer letters than this and the text is undecided (unless it is in another script).
const MIN_LETTERS: usize = 12;

/// The languages weighed against each other: the two scored, and those a Spanish or English
/// text is most often mistaken for or mixed with.
const CANDIDATES: [Lang; 9] = [
    Lang::Spa,
    Lang::Eng,
    Lang::Por,
    Lang::Cat,
    Lang::Ita,
    Lang::Fra,
    Lang::Deu,
    Lang::Nld,
    Lang::Epo,
];

fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| Detector::with_allowlist(CANDIDATES.to_vec()))
}

/// Which language's function words a lower-case word is one of: Spanish ones only Spanish of
/// the candidates uses often, English ones, or those of the other candidates that neither uses.
fn function_word(word: &str) -> Option<Language> {
    match word {
        "el" | "los" | "las" | "y" | "que" | "en" | "por" | "con" | "una" | "es" | "lo" | "del"
        | "para" | "pero" | "muy" | "mi" | "se" | "al" | "su" | "ya" | "esta" | "está" | "han"
        | "hay" | "como" | "más" | "porque" | "gracias" | "hola" | "vuelo" | "sin" | "nos"
        | "os" | "todo" | "hoy" | "pues" | "ahora" | "esto" | "eso" | "ese" | "usted"
        | "ustedes" | "tengo" | "tiene" | "hasta" | "donde" | "cuando" | "también" | "nadie"
        | "mis" | "sus" | "qué" | "él" | "ella" | "yo" | "mucho" | "muchas" | "otra" | "otro"
        | "fue" | "estoy" | "estamos" | "están" | "hemos" | "siempre" | "aquí" | "día" | "años"
        | "buenos" | "vuelos" => Some(Language::Spanish),
        "the" | "and" | "to" | "you" | "my" | "is" | "for" | "it" | "of" | "in" | "on" | "with"
        | "was" | "this" | "that" | "your" | "have" | "i" | "be" | "are" | "not" | "at"
        | "just" | "can" | "get" | "thanks" | "what" | "we" | "so" | "but" | "an" | "been"
        | "will" | "from" | "our" | "they" | "their" | "has" | "had" | "were" | "would"
        | "could" | "should" | "there" | "about" | "when" | "how" | "why" | "do" | "does"
        | "did" | "still" | "again" | "or" | "if" | "all" | "out" | "up" | "now" | "after"
        | "hours" | "flight" | "he" | "she" | "his" | "her" | "them" | "please" | "thank"
        | "who" | "which" | "than" | "then" | "into" | "any" | "because" | "never" => {
            Some(Language::English)
        }
        "não" | "você" | "uma" | "é" | "da" | "em" | "com" | "obrigado" | "le" | "les" | "et"
        | "est" | "des" | "une" | "je" | "pas" | "vous" | "du" | "au" | "il" | "che" | "di"
        | "è" | "non" | "sono" | "gli" | "els" | "amb" | "és" | "molt" | "dels" | "der" | "die"
        | "und" | "ist" | "nicht" | "ich" | "das" | "het" | "een" | "niet" => Some(Language::Other),
        _ => None,
    }
}

/// What the function words say: the language when they are clear.
fn by_function_words(words: &str) -> Option<Language> {
    let (mut es, mut en, mut other) = (0usize, 0usize, 0usize);
    let mut word = String::new();
    for piece in words.split(|c: char| !c.is_alphanumeric()) {
        if piece.is_empty() || piece.len() > 8 {
            continue;
        }
        word.clear();
        word.extend(piece.chars().flat_map(char::to_lowercase));
        let word = word.as_str();
        match function_word(word) {
            Some(Language::Spanish) => es += 1,
            Some(Language::English) => en += 1,
            Some(_) => other += 1,
            None => {}
        }
    }
    if other > 0 {
        return None;
    }
    if es >= 2 && es > 2 * en {
        Some(Language::Spanish)
    } else if en >= 2 && en > 2 * es {
        Some(Language::English)
    } else {
        None
    }
}

/// The language of a text.
pub fn detect(text: &str) -> Language {
    let mut words = String::with_capacity(text.len());
    for chunk in text.split_whitespace() {
        let addressed =
            chunk.starts_with(['@', '#']) || chunk.contains("://") || chunk.starts_with("www.");
        if !addressed {
            words.push_str(chunk);
            words.push(' ');
        }
    }
    let letters = words.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return Language::Undecided;
    }
    let latin = words
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c));
    if !latin {
        return match whatlang::detect_script(&words) {
            Some(whatlang::Script::Latin) | None => Language::Undecided,
            Some(_) => Language::Other,
        };
    }
    if let Some(language) = by_function_words(&words) {
        return language;
    }
    if letters < MIN_LETTERS {
        return Language::Undecided;
    }
    match detector().detect(&words) {
        Some(info) if info.lang() == Lang::Spa => Language::Spanish,
        Some(info) if info.lang() == Lang::Eng => Language::English,
        Some(info) if info.confidence() >= OTHER_AT => Language::Other,
        _ => Language::Undecided,
    }
}
