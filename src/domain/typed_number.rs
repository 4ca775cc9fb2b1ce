//! Numbers as people type them, in either convention: `1.200,50` and `1,200.50` are both
//! 1200.5, `2,5` and `2.5` are both 2.5. A lone separator followed by three digits (`1.200`,
//! `1,200`) groups thousands, and the reading says so, because it could have meant 1.2.

use crate::i18n::{Arg, Lang};
use crate::text::sanitize_line;

/// A typed number and, when the text could be read two ways, the reading taken.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The value.
    pub value: f64,
    /// Why this value, when `1.200` could also have meant 1.2.
    pub note: Option<String>,
}

/// Reads a typed decimal number; the error quotes the text as typed (in English, see
/// [`decimal_in`]).
pub fn decimal(typed: &str) -> Result<Reading, String> {
    decimal_in(Lang::En, typed)
}

/// Reads a typed decimal number; the error and the note, which quote the text as typed, are in
/// `lang`.
pub fn decimal_in(lang: Lang, typed: &str) -> Result<Reading, String> {
    let shown = sanitize_line(typed.trim());
    let refused = || lang.text_with("error-number-not-a-number", &[("typed", Arg::Text(&shown))]);
    let squeezed: String = typed
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let (negative, digits) = match squeezed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, squeezed.strip_prefix('+').unwrap_or(&squeezed)),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || !digits.chars().any(|c| c.is_ascii_digit())
    {
        return Err(refused());
    }
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let (whole, fraction, note) = match (dots, commas) {
        (0, 0) => (digits.to_string(), String::new(), None),
        (_, 0) | (0, _) => {
            let separator = if dots > 0 { '.' } else { ',' };
            let (head, tail) = digits.rsplit_once(separator).ok_or_else(refused)?;
            let count = dots + commas;
            if count > 1 {
                (
                    grouped(digits, separator).ok_or_else(refused)?,
                    String::new(),
                    None,
                )
            } else if tail.len() == 3 && !head.is_empty() && head != "0" && head.len() <= 3 {
                let value = format!("{head}{tail}");
                let note = lang.text_with(
                    "error-number-read-as",
                    &[
                        ("typed", Arg::Text(&shown)),
                        ("value", Arg::Text(&value)),
                        (
                            "separator",
                            Arg::Text(if separator == '.' { "dot" } else { "comma" }),
                        ),
                    ],
                );
                (value, String::new(), Some(note))
            } else {
                (head.to_string(), tail.to_string(), None)
            }
        }
        _ => {
            let last = digits.rfind(['.', ',']).ok_or_else(refused)?;
            let separator = digits[last..].chars().next().ok_or_else(refused)?;
            let group = if separator == '.' { ',' } else { '.' };
            let (head, tail) = (&digits[..last], &digits[last + 1..]);
            if tail.contains(group) || head.contains(separator) {
                return Err(refused());
            }
            (
                grouped(head, group).ok_or_else(refused)?,
                tail.to_string(),
                None,
            )
        }
    };
    let text = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        if whole.is_empty() { "0" } else { &whole },
        if fraction.is_empty() { "0" } else { &fraction }
    );
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Reading { value, note }),
        _ => Err(refused()),
    }
}

/// Reads a typed whole number (`1.200`, `1,200` and `1200` alike); a fraction is refused (in
/// English, see [`whole_in`]).
pub fn whole(typed: &str) -> Result<i64, String> {
    whole_in(Lang::En, typed)
}

/// [`whole`], its refusal in `lang`.
pub fn whole_in(lang: Lang, typed: &str) -> Result<i64, String> {
    let shown = sanitize_line(typed.trim());
    let not_whole = || lang.text_with("error-number-not-whole", &[("typed", Arg::Text(&shown))]);
    let reading = decimal_in(lang, typed).map_err(|_| not_whole())?;
    if reading.value.fract() != 0.0 || reading.value.abs() > 9.0e15 {
        return Err(not_whole());
    }
    Ok(reading.value as i64)
}

/// The digits of `text` whose groups of thousands are split by `separator`, when every group
/// after the first has exactly three digits.
fn grouped(text: &str, separator: char) -> Option<String> {
    let mut groups = text.split(separator);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 {
        return None;
    }
    let mut digits = first.to_string();
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    Some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> f64 {
        decimal(text).unwrap().value
    }

    #[test]
    fn a_number_read_two_ways_and_a_refused_one_are_explained_in_spanish() {
        assert_eq!(
            decimal_in(Lang::Es, "1.200").unwrap().note.as_deref(),
            Some("«1.200» se ha leído como 1200 (el punto separa los miles)")
        );
        assert_eq!(
            decimal_in(Lang::Es, "3,500").unwrap().note.as_deref(),
            Some("«3,500» se ha leído como 3500 (la coma separa los miles)")
        );
        assert_eq!(
            decimal_in(Lang::Es, "mucho").unwrap_err(),
            "«mucho» no es un número (como 1.234,5 o 1,234.5)"
        );
        assert_eq!(
            whole_in(Lang::Es, "2,5").unwrap_err(),
            "«2,5» no es un número entero (como 1.200 o 1200)"
        );
        assert_eq!(
            whole(" 2,5 ").unwrap_err(),
            "“2,5” is not a whole number (such as 1.200 or 1200)"
        );
    }

    #[test]
    fn both_conventions_read_the_same_amount() {
        assert_eq!(value("1.200,50"), 1200.5);
        assert_eq!(value("1,200.50"), 1200.5);
        assert_eq!(value("1 200,50"), 1200.5);
        assert_eq!(value("12.345.678,9"), 12_345_678.9);
        assert_eq!(value("12,345,678.9"), 12_345_678.9);
        assert_eq!(value("2,5"), 2.5);
        assert_eq!(value("2.5"), 2.5);
        assert_eq!(value("-0,75"), -0.75);
        assert_eq!(value(",5"), 0.5);
        assert_eq!(value("40"), 40.0);
    }

    #[test]
    fn a_lone_separator_before_three_digits_groups_thousands_and_says_so() {
        let reading = decimal("1.200").unwrap();
        assert_eq!(reading.value, 1200.0);
        assert_eq!(
            reading.note.as_deref(),
            Some("“1.200” was read as 1200 (the dot groups thousands)")
        );
        assert_eq!(decimal("1,200").unwrap().value, 1200.0);
        assert_eq!(decimal("0,125").unwrap().value, 0.125, "0 groups nothing");
        assert_eq!(decimal("1234,567").unwrap().value, 1234.567);
        assert_eq!(decimal("2,50").unwrap().note, None);
    }

    #[test]
    fn a_malformed_number_is_refused_quoting_the_text_as_typed() {
        for typed in [
            "1.20.0",
            "1,2,3",
            "1.200.5,3,1",
            "12a",
            "",
            "-",
            "1,200.5.0",
            "1.2,3.4",
        ] {
            let error = decimal(typed).unwrap_err();
            assert!(error.starts_with(&format!("“{}”", typed.trim())), "{error}");
        }
        let hostile = decimal("1\u{1b}[31m").unwrap_err();
        assert!(!hostile.contains('\u{1b}'), "{hostile}");
    }

    #[test]
    fn a_whole_number_takes_either_grouping_and_refuses_a_fraction() {
        assert_eq!(whole("1.200"), Ok(1200));
        assert_eq!(whole("1,200"), Ok(1200));
        assert_eq!(whole("1.234.567"), Ok(1_234_567));
        assert_eq!(whole("0"), Ok(0));
        assert_eq!(
            whole("1,5"),
            Err("“1,5” is not a whole number (such as 1.200 or 1200)".to_string())
        );
    }
}
