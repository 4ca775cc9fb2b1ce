//! A text as the scorer reads it: its folded words numbered by clause and sentence, and the
//! question and exclamation marks of each sentence.

use super::Lexicon;
use super::tokenize::{Boundary, Mark, Piece, tokenize};

/// A word of the text with the clause and sentence it belongs to.
pub(super) struct Word {
    pub(super) text: String,
    pub(super) caps: bool,
    pub(super) clause: usize,
    pub(super) sentence: usize,
}

/// The `?` and `!` of each sentence.
#[derive(Clone, Copy, Default)]
pub(super) struct SentenceMarks {
    pub(super) question: bool,
    pub(super) marks: usize,
}

/// The words of a text joined by spaces.
pub(super) fn join(words: &[Word]) -> String {
    let parts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
    parts.join(" ")
}

/// The words of a text, numbered by clause and sentence, and the marks of each sentence (`?`
/// and `!` belong to the sentence of the word before them, `¿` to the one it opens).
pub(super) fn words(text: &str, lexicon: &Lexicon) -> (Vec<Word>, Vec<SentenceMarks>) {
    let mut words = Vec::new();
    let mut marks = vec![SentenceMarks::default()];
    let (mut clause, mut sentence) = (0, 0);
    for piece in tokenize(text, Some(lexicon)) {
        match piece {
            Piece::Word(token) => words.push(Word {
                text: token.text,
                caps: token.caps,
                clause,
                sentence,
            }),
            Piece::Break(boundary) => {
                clause += 1;
                if boundary == Boundary::Sentence {
                    sentence += 1;
                    marks.push(SentenceMarks::default());
                }
            }
            Piece::Mark(Mark::OpensQuestion) => marks[sentence].question = true,
            Piece::Mark(mark) => {
                let owner = words.last().map_or(sentence, |w: &Word| w.sentence);
                marks[owner].marks += 1;
                marks[owner].question |= mark == Mark::Question;
            }
        }
    }
    (words, marks)
}
