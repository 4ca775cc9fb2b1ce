//! Splitting CSV input into records strictly, so that one broken row costs that row and not the
//! rows after it. The `csv` crate reads leniently: a value whose opening quote never closes, or a
//! closing quote followed by more text, silently swallows the following lines into one record,
//! which can even have the right number of values. This splitter follows RFC 4180's quoting:
//!
//! - a record ends at a line break outside quotes;
//! - a quoted value ends at a quote followed by a comma, a line break or the end of the input;
//!   a quote followed by anything else (but a second quote, which is a quote inside the value) is
//!   a broken record;
//! - a quoted value still open at the end of the input is a broken record;
//! - a quote inside an unquoted value is kept as text, as spreadsheets write it.
//!
//! A broken record that spans several lines is cut to its first line, which is reported as the
//! bad row, and reading starts again on the next line; a broken record on one line is that line.
//! Each record keeps its exact bytes (for a rejects file) and its first line number; the values
//! are then read from those bytes by the `csv` crate.

use super::reason::Reason;
use std::io::BufRead;

/// One record of the input as written, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawRecord {
    /// The line the record starts on, counting from 1 at the start of the input given.
    pub line: usize,
    /// The record's bytes as written, with its line break.
    pub bytes: Vec<u8>,
    /// Why its quoting is broken, when it is.
    pub broken: Option<Reason>,
}

/// Where the splitter is inside a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a value.
    FieldStart,
    /// Inside a value that did not start with a quote.
    Unquoted,
    /// Inside a quoted value.
    Quoted,
    /// Just after a quote inside a quoted value: it closes the value or starts a doubled quote.
    QuoteInQuoted,
}

/// The records of a CSV input, one at a time, in memory bounded by the longest record.
pub(crate) struct Records<R> {
    input: R,
    /// Bytes already read that must be split again (the rest of a record cut to its first line),
    /// from `again_at` on.
    again: Vec<u8>,
    /// How much of `again` is already split.
    again_at: usize,
    /// The line the next record starts on.
    line: usize,
    /// Whether the input is at its end.
    ended: bool,
}

impl<R: BufRead> Records<R> {
    /// Splits `input`, whose first line is line `first_line`.
    pub(crate) fn new(input: R, first_line: usize) -> Records<R> {
        Records {
            input,
            again: Vec::new(),
            again_at: 0,
            line: first_line,
            ended: false,
        }
    }

    /// The next run of bytes to split: the bytes to split again first, then the input's buffer.
    /// `from_again` says which; the caller marks how much it used with [`Records::used`].
    fn next_run(&mut self) -> std::io::Result<(&[u8], bool)> {
        if self.again_at < self.again.len() {
            return Ok((&self.again[self.again_at..], true));
        }
        if self.ended {
            return Ok((&[], false));
        }
        let buffer = self.input.fill_buf()?;
        if buffer.is_empty() {
            self.ended = true;
        }
        Ok((buffer, false))
    }

    /// Marks `count` bytes of the last run as split.
    fn used(&mut self, count: usize, from_again: bool) {
        if from_again {
            self.again_at += count;
            if self.again_at == self.again.len() {
                self.again.clear();
                self.again_at = 0;
            }
        } else {
            self.input.consume(count);
        }
    }

    /// The next record, `None` at the end of the input; blank lines are skipped.
    pub(crate) fn next_record(&mut self) -> std::io::Result<Option<RawRecord>> {
        loop {
            let Some(record) = self.split_one()? else {
                return Ok(None);
            };
            if record.broken.is_none() && record.bytes.iter().all(|b| matches!(b, b'\r' | b'\n')) {
                continue;
            }
            return Ok(Some(record));
        }
    }

    fn split_one(&mut self) -> std::io::Result<Option<RawRecord>> {
        let start_line = self.line;
        let mut bytes = Vec::new();
        let mut state = State::FieldStart;
        let mut broken: Option<Reason> = None;
        let mut column = 1;
        loop {
            let (run, from_again) = self.next_run()?;
            if run.is_empty() {
                if bytes.is_empty() {
                    return Ok(None);
                }
                if state == State::Quoted && broken.is_none() {
                    broken =
                        Some(Reason::new("import-quote-never-closes").number("column", column));
                }
                break;
            }
            let mut ended = None;
            for (at, byte) in run.iter().copied().enumerate() {
                state = match (state, byte) {
                    (State::Quoted, b'"') => State::QuoteInQuoted,
                    (State::Quoted, _) => State::Quoted,
                    (State::QuoteInQuoted, b'"') => State::Quoted,
                    (State::FieldStart, b'"') => State::Quoted,
                    (State::FieldStart | State::Unquoted | State::QuoteInQuoted, b',') => {
                        column += 1;
                        State::FieldStart
                    }
                    (State::FieldStart | State::Unquoted | State::QuoteInQuoted, b'\r') => state,
                    (State::FieldStart | State::Unquoted | State::QuoteInQuoted, b'\n') => {
                        ended = Some(at + 1);
                        break;
                    }
                    (State::QuoteInQuoted, _) => {
                        if broken.is_none() {
                            broken = Some(
                                Reason::new("import-quote-then-text").number("column", column),
                            );
                        }
                        State::Unquoted
                    }
                    (State::FieldStart | State::Unquoted, _) => State::Unquoted,
                };
            }
            let used = ended.unwrap_or(run.len());
            bytes.extend_from_slice(&run[..used]);
            self.used(used, from_again);
            if ended.is_some() {
                break;
            }
        }
        let breaks = bytes.iter().filter(|b| **b == b'\n').count();
        let ends_with_break = bytes.last() == Some(&b'\n');
        if broken.is_some() && breaks > usize::from(ends_with_break) {
            // Cut a broken record to its first line; what follows is split again.
            let first_end = bytes
                .iter()
                .position(|b| *b == b'\n')
                .map_or(bytes.len(), |at| at + 1);
            let mut again = bytes.split_off(first_end);
            again.extend_from_slice(&self.again[self.again_at..]);
            self.again = again;
            self.again_at = 0;
            self.line = start_line + 1;
            // Say what is wrong with that line on its own (a quote it opens and never closes).
            let mut alone = Records::new(bytes.as_slice(), start_line);
            if let Ok(Some(RawRecord {
                broken: Some(why), ..
            })) = alone.split_one()
            {
                broken = Some(why);
            }
        } else {
            self.line = start_line + breaks;
        }
        Ok(Some(RawRecord {
            line: start_line,
            bytes,
            broken,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<(usize, String, bool)> {
        let mut records = Records::new(text.as_bytes(), 2);
        let mut out = Vec::new();
        while let Some(record) = records.next_record().unwrap() {
            out.push((
                record.line,
                String::from_utf8(record.bytes).unwrap(),
                record.broken.is_some(),
            ));
        }
        out
    }

    #[test]
    fn records_end_at_line_breaks_outside_quotes_and_keep_their_bytes() {
        assert_eq!(
            split("a,\"multi\nline\",c\r\nd,\"say \"\"hi\"\"\",f\n\ng,h,i"),
            vec![
                (2, "a,\"multi\nline\",c\r\n".to_string(), false),
                (4, "d,\"say \"\"hi\"\"\",f\n".to_string(), false),
                (6, "g,h,i".to_string(), false),
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_costs_its_own_line_and_the_next_rows_are_read_as_written() {
        assert_eq!(
            split("a,\"never closed,c\nd,e,f\ng,\"h\",i\n"),
            vec![
                (2, "a,\"never closed,c\n".to_string(), true),
                (3, "d,e,f\n".to_string(), false),
                (4, "g,\"h\",i\n".to_string(), false),
            ]
        );
    }

    #[test]
    fn a_closing_quote_followed_by_text_is_a_broken_row_even_with_the_right_number_of_values() {
        // The lenient reading makes one record of two rows here, with the second row's id.
        assert_eq!(
            split("x,\"oops,1\nx,\"fine\",2\n"),
            vec![
                (2, "x,\"oops,1\n".to_string(), true),
                (3, "x,\"fine\",2\n".to_string(), false),
            ]
        );
        assert_eq!(
            split("a,\"b\"c,d\n"),
            vec![(2, "a,\"b\"c,d\n".to_string(), true)]
        );
    }

    #[test]
    fn a_quote_inside_an_unquoted_value_is_text() {
        assert_eq!(
            split("a,5\" screen,c\n"),
            vec![(2, "a,5\" screen,c\n".to_string(), false)]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Every byte of any input lands in exactly one record, in order (only blank lines are
        /// dropped), every record starts on the line it says, and none is empty.
        #[test]
        fn every_byte_of_any_input_is_in_exactly_one_record_in_order(
            input in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b',', b'"', b'\n', b'\r', 0xe9, b' ']),
                0..400,
            )
        ) {
            let mut records = Records::new(input.as_slice(), 1);
            let mut joined = Vec::new();
            let mut line = 1;
            let mut count = 0;
            while let Some(record) = records.next_record().unwrap() {
                proptest::prop_assert!(!record.bytes.is_empty());
                proptest::prop_assert!(record.line >= line);
                line = record.line;
                joined.extend_from_slice(&record.bytes);
                count += 1;
                proptest::prop_assert!(count <= input.len());
            }
            let without_blank_lines = |bytes: &[u8]| -> Vec<u8> {
                bytes.iter().copied().filter(|b| !matches!(b, b'\n' | b'\r')).collect()
            };
            proptest::prop_assert_eq!(without_blank_lines(&joined), without_blank_lines(&input));
        }
    }
}
