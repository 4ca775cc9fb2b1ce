//! The tokenizer shared by the lexicon files and the texts they score: folded words, emoji and
//! emoticons, with punctuation kept as clause and sentence boundaries.

use crate::text::fold;

/// How strongly a punctuation mark separates what is before it from what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Boundary {
    /// `, ; : ¡ ¿`: ends a negation or intensifier's reach.
    Clause,
    /// `. ! ? …` and line breaks: also ends the reach of "pero" / "but".
    Sentence,
}

/// One word, emoji or emoticon of a text, folded.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    /// The folded, repeat-normalised text.
    pub text: String,
    /// Written in capitals (at least two letters, all upper-case).
    pub caps: bool,
}

/// A token, a boundary between tokens, or a question or exclamation mark.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Piece {
    Word(Token),
    Break(Boundary),
    Mark(Mark),
}

/// A question or exclamation mark, kept to tell questions and repeated marks ("!!", "?!").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// `?`, closing the sentence of the word before it.
    Question,
    /// `!`, closing the sentence of the word before it.
    Exclamation,
    /// `¿`, opening the sentence of the word after it.
    OpensQuestion,
}

/// Pictographs that stand as tokens of their own.
fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x2190..=0x21FF | 0x2300..=0x23FF | 0x2460..=0x27BF | 0x2900..=0x297F
        | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
        && !matches!(c, '\u{2640}' | '\u{2642}')
}

/// Characters that decorate an emoji and are dropped: variation selectors, joiners, skin tones,
/// keycaps and the gender signs of joined sequences.
fn is_emoji_decoration(c: char) -> bool {
    matches!(
        c,
        '\u{FE0E}' | '\u{FE0F}' | '\u{200D}' | '\u{20E3}' | '\u{2640}' | '\u{2642}'
    ) || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

/// What the tokenizer asks of a lexicon: which chunks are emoticons and which words it knows
/// (to undo stretched letters, "graciaaas" → "gracias").
pub(crate) trait Vocabulary {
    /// Whether `chunk` is an emoticon of the lexicon.
    fn is_emoticon(&self, chunk: &str) -> bool;
    /// Whether `word` (folded) is a word of the lexicon, inflections included.
    fn knows(&self, word: &str) -> bool;
}

/// Splits text into folded tokens and boundaries. With a lexicon, whole-chunk emoticons are
/// recognised and letters repeated three times or more are normalised to a known word.
pub(crate) fn tokenize(text: &str, lexicon: Option<&dyn Vocabulary>) -> Vec<Piece> {
    let mut pieces = Vec::new();
    for line in text.lines() {
        for chunk in line.split_whitespace() {
            if let Some(lexicon) = lexicon
                && let Some((emoticon, rest)) = emoticon(chunk, lexicon)
            {
                pieces.push(Piece::Word(Token {
                    text: emoticon,
                    caps: false,
                }));
                push_break(&mut pieces, rest);
                continue;
            }
            let mut word = String::new();
            for c in chunk.chars() {
                if c.is_alphanumeric() {
                    word.push(c);
                    continue;
                }
                if matches!(c, '\'' | '’' | '`' | '´') || is_emoji_decoration(c) {
                    continue;
                }
                flush(&mut word, &mut pieces, lexicon);
                if is_emoji(c) {
                    pieces.push(Piece::Word(Token {
                        text: c.to_string(),
                        caps: false,
                    }));
                } else {
                    match c {
                        '?' => pieces.push(Piece::Mark(Mark::Question)),
                        '!' => pieces.push(Piece::Mark(Mark::Exclamation)),
                        '¿' => pieces.push(Piece::Mark(Mark::OpensQuestion)),
                        _ => {}
                    }
                    push_boundary(&mut pieces, boundary_of(c));
                }
            }
            flush(&mut word, &mut pieces, lexicon);
        }
        push_boundary(&mut pieces, Some(Boundary::Sentence));
    }
    pieces
}

/// The emoticon a chunk is (ignoring trailing `.,;!?`), with that trailing punctuation.
fn emoticon<'a>(chunk: &'a str, lexicon: &dyn Vocabulary) -> Option<(String, &'a str)> {
    let core = chunk.trim_end_matches(['.', ',', ';', '!', '?']);
    // Every emoticon has punctuation in it, so a chunk of letters and digits is never one.
    if core.chars().all(char::is_alphanumeric) {
        return None;
    }
    let folded = fold(core);
    if folded.is_empty() {
        return None;
    }
    [
        folded.clone(),
        collapse_runs(&folded, 2),
        collapse_runs(&folded, 1),
    ]
    .into_iter()
    .find(|form| lexicon.is_emoticon(form))
    .map(|form| (form, &chunk[core.len()..]))
}

/// The boundary a punctuation mark stands for, if any.
fn boundary_of(c: char) -> Option<Boundary> {
    match c {
        '.' | '!' | '?' | '…' | '\n' => Some(Boundary::Sentence),
        ',' | ';' | ':' | '¡' | '¿' => Some(Boundary::Clause),
        _ => None,
    }
}

/// Adds the strongest boundary found in `marks`, merging with a boundary just pushed.
fn push_break(pieces: &mut Vec<Piece>, marks: &str) {
    push_boundary(pieces, marks.chars().filter_map(boundary_of).max());
}

/// Adds a boundary, merging with a boundary just pushed (the stronger one stays).
fn push_boundary(pieces: &mut Vec<Piece>, boundary: Option<Boundary>) {
    let Some(boundary) = boundary else {
        return;
    };
    let last_break = pieces
        .iter_mut()
        .rev()
        .find(|p| !matches!(p, Piece::Mark(_)))
        .filter(|p| matches!(p, Piece::Break(_)));
    match last_break {
        Some(Piece::Break(last)) => {
            if boundary == Boundary::Sentence {
                *last = Boundary::Sentence;
            }
        }
        _ => pieces.push(Piece::Break(boundary)),
    }
}

/// Ends the current word: folds it, notes capitals and normalises repeated letters.
fn flush(word: &mut String, pieces: &mut Vec<Piece>, lexicon: Option<&dyn Vocabulary>) {
    if word.is_empty() {
        return;
    }
    let (letters, upper) = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0, 0), |(letters, upper), c| {
            (letters + 1, upper + usize::from(c.is_uppercase()))
        });
    let caps = letters >= 2 && upper == letters;
    let mut text = fold(word);
    if let Some(lexicon) = lexicon.filter(|_| has_long_run(&text)) {
        let once = collapse_runs(&text, 1);
        if once != text {
            let twice = collapse_runs(&text, 2);
            text = if lexicon.knows(&twice) { twice } else { once };
        }
    }
    pieces.push(Piece::Word(Token { text, caps }));
    word.clear();
}

/// Whether some letter (not digit) appears three or more times in a row.
fn has_long_run(text: &str) -> bool {
    let mut run = (None, 0);
    for c in text.chars() {
        run = if run.0 == Some(c) {
            (Some(c), run.1 + 1)
        } else {
            (Some(c), 1)
        };
        if run.1 >= 3 && !c.is_ascii_digit() {
            return true;
        }
    }
    false
}

/// Shortens every run of three or more equal letters (not digits) to `keep` letters.
fn collapse_runs(text: &str, keep: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..].iter().take_while(|&&d| d == c).count();
        let kept = if run >= 3 && !c.is_ascii_digit() {
            keep
        } else {
            run
        };
        out.extend(std::iter::repeat_n(c, kept));
        i += run;
    }
    out
}
