//! How one stored value is written into an export file and read back, exactly: the CSV field
//! (typed by the column's affinity, with `\N` for NULL) and the JSON value (typed by JSON).
//!
//! CSV: an integer is its digits; a real is the shortest decimal that reads back as the same
//! number, always with a `.` or an exponent (`3.0`, `0.1`, `1e-7`; infinities `1e999`,
//! `-1e999`); a text as it is; NULL is `\N`; a blob is `\x` and its bytes in hex. A text that
//! starts with a backslash gets one more in front, so `\N` as text is written `\\N`. An empty field
//! is the empty text.
//!
//! So that the file is safe to open in a spreadsheet and to print with `cat`, two more rules
//! (left out by `--format raw-csv`, which the manifest records): a text a spreadsheet would run
//! as a formula ([`looks_like_formula`]: `=…`, `+…`, `-…`, `@…`, a leading tab or carriage
//! return, past spaces and quotes) gets a `'` in front, and one `'` is taken off such a field
//! when it is read; a text holding a character that must not reach a terminal
//! ([`escape_unsafe`]: ESC, other controls but line breaks and tabs, bidi overrides, zero-width
//! characters, U+2028/U+2029) is written `\u` and the text with each backslash doubled and
//! each such character as `\u{hex}` (`\uhola \u{1b}[31m`). Numbers are never changed. A field is read back by the column's affinity, as SQLite stored it: in a
//! numeric column digits are a number, in a text column a text (only in a column declared with no
//! type would a text of digits come back as a number; cmdeck's schema has none).
//!
//! JSON: integers and reals are numbers (a real always with a `.` or an exponent), texts are
//! strings, NULL is `null` and a blob is `{"blob": "<hex>"}`. JSON has no infinite numbers, so a
//! real that is infinite can only be exported as CSV.

use crate::db::dump::Affinity;
use crate::text::{escape_unsafe, looks_like_formula};
use rusqlite::types::Value;
use std::borrow::Cow;
use std::fmt::Write as _;

/// The CSV field of a NULL.
pub const CSV_NULL: &str = "\\N";

/// The key of the one-key object that holds a blob in JSON.
const BLOB_KEY: &str = "blob";

/// A real as text that reads back as the same number, with a `.` or an exponent.
fn real_text(x: f64) -> String {
    if x.is_finite() {
        format!("{x:?}")
    } else if x > 0.0 {
        "1e999".into()
    } else {
        "-1e999".into()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| {
            text.get(at..at + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        })
        .collect()
}

/// How texts are written into CSV cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cells {
    /// Formulas neutralised with a `'`, characters unsafe for a terminal escaped as `\u{hex}`.
    Safe,
    /// Texts as stored, for scripts (only the backslash markers).
    Raw,
}

/// The marker of a text written with escapes (`\u` and the escaped text).
const ESCAPED: &str = "\\u";

/// The CSV field of a stored value, its text written as `cells` says.
pub fn csv_field(value: &Value, cells: Cells) -> String {
    match value {
        Value::Null => CSV_NULL.into(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => real_text(*x),
        Value::Text(t) if cells == Cells::Safe => safe_text(t),
        Value::Text(t) if t.starts_with('\\') => format!("\\{t}"),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => format!("\\x{}", hex(b)),
    }
}

/// A text as a [`Cells::Safe`] field.
fn safe_text(text: &str) -> String {
    let doubled = text.replace('\\', "\\\\");
    match escape_unsafe(&doubled, |out, c| {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    }) {
        Cow::Owned(escaped) => format!("{ESCAPED}{escaped}"),
        Cow::Borrowed(_) if text.starts_with('\\') => format!("\\{text}"),
        Cow::Borrowed(_) if looks_like_formula(text) => format!("'{text}"),
        Cow::Borrowed(_) => text.to_string(),
    }
}

/// The text of an escaped field's rest (after `\u`), or why it is none.
fn unescape(rest: &str) -> Result<String, String> {
    let mut out = String::with_capacity(rest.len());
    let mut chars = rest.char_indices();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, '\\')) => out.push('\\'),
            Some((open, 'u')) => {
                let tail = rest.get(open + 1..).unwrap_or_default();
                let Some((len, decoded)) = braced_char(tail) else {
                    let shown: String = tail.chars().take(8).collect();
                    return Err(format!(
                        "“\\u{shown}” at byte {at} is not an escape \\u{{hex}}"
                    ));
                };
                out.push(decoded);
                for _ in 0..len {
                    chars.next();
                }
            }
            _ => {
                return Err(format!(
                    "a lone backslash at byte {at}: in a \\u field write \\\\ for a backslash"
                ));
            }
        }
    }
    Ok(out)
}

/// The character of `{hex}` at the start of `tail`, with how many bytes that took.
fn braced_char(tail: &str) -> Option<(usize, char)> {
    let (digits, _) = tail.strip_prefix('{')?.split_once('}')?;
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let code = u32::from_str_radix(digits, 16).ok()?;
    Some((digits.len() + 2, char::from_u32(code)?))
}

/// Whether `field` is a real as [`csv_field`] writes one: digits with a `.` or an exponent.
fn is_real(field: &str) -> bool {
    field.bytes().any(|b| b.is_ascii_digit())
        && field
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
}

/// The value a CSV field of a column with `affinity`, written as `cells` says, stands for, or
/// why it stands for none.
pub fn csv_value(field: &str, affinity: Affinity, cells: Cells) -> Result<Value, String> {
    if field == CSV_NULL {
        return Ok(Value::Null);
    }
    if let Some(rest) = field.strip_prefix('\\') {
        if rest.starts_with('\\') {
            return Ok(Value::Text(rest.into()));
        }
        if let Some(escaped) = field.strip_prefix(ESCAPED) {
            return unescape(escaped)
                .map(Value::Text)
                .map_err(|why| format!("“{field}”: {why}"));
        }
        if let Some(digits) = rest.strip_prefix('x') {
            return unhex(digits)
                .map(Value::Blob)
                .ok_or_else(|| format!("“{field}” is not a blob (\\x and pairs of hex digits)"));
        }
        return Err(format!(
            "“{field}” starts with a backslash: write \\N for no value, \\x… for a blob, \\u… for an escaped text, \\\\… for a text starting with one"
        ));
    }
    if let Some(text) = field.strip_prefix('\'')
        && cells == Cells::Safe
        && looks_like_formula(text)
    {
        return Ok(Value::Text(text.into()));
    }
    if affinity == Affinity::Text {
        return Ok(Value::Text(field.into()));
    }
    if let Ok(n) = field.parse::<i64>() {
        return Ok(Value::Integer(n));
    }
    match field.parse::<f64>() {
        Ok(x) if is_real(field) => Ok(Value::Real(x)),
        _ => Ok(Value::Text(field.into())),
    }
}

/// The JSON value of a stored value, or why JSON cannot hold it.
pub fn json_value(value: &Value) -> Result<serde_json::Value, String> {
    Ok(match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(n) => (*n).into(),
        Value::Real(x) => serde_json::Number::from_f64(*x)
            .map(serde_json::Value::Number)
            .ok_or_else(|| {
                format!("{x} cannot be written in JSON; export with --format csv instead")
            })?,
        Value::Text(t) => t.clone().into(),
        Value::Blob(b) => {
            let mut object = serde_json::Map::new();
            object.insert(BLOB_KEY.into(), hex(b).into());
            object.into()
        }
    })
}

/// The stored value a JSON value stands for, or why it stands for none.
pub fn from_json(value: &serde_json::Value) -> Result<Value, String> {
    use serde_json::Value as J;
    let blob = |object: &serde_json::Map<String, J>| match object.iter().next() {
        Some((key, J::String(digits))) if object.len() == 1 && key == BLOB_KEY => unhex(digits),
        _ => None,
    };
    match value {
        J::Null => Ok(Value::Null),
        J::Number(n) => n
            .as_i64()
            .map(Value::Integer)
            .or_else(|| n.is_f64().then(|| n.as_f64().map(Value::Real)).flatten())
            .ok_or_else(|| format!("{n} is beyond the integers SQLite stores")),
        J::String(t) => Ok(Value::Text(t.clone())),
        J::Object(object) => blob(object).map(Value::Blob).ok_or_else(|| {
            "an object is only a blob, written {\"blob\": \"<hex digits>\"}".to_string()
        }),
        J::Bool(_) | J::Array(_) => Err(format!(
            "{value} is not a value of a table: a number, a string, null or {{\"blob\": \"<hex>\"}}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values that need care: the extremes of integers and reals, NULL, the empty text, texts
    /// that look like numbers or markers, lines, quotes, commas, unicode and a blob.
    fn tricky() -> Vec<Value> {
        let texts = [
            "",
            "\\N",
            "\\\\x00",
            "\\",
            "12",
            "1.5",
            "inf",
            "NaN",
            "0x1A",
            "dos\nlíneas, \"comillas\"\r\n☕ 😀",
            " ",
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-1+2",
            "@SUM(A1)",
            "\t=1+1",
            "\r=1",
            "'=1",
            "''-x",
            "'",
            "'plain",
            " =1",
            "-",
            "\u{1b}[31mrojo\u{1b}[0m",
            "\u{1b}]0;title\u{7}",
            "uno\u{2028}dos\u{2029}",
            "\u{9b}31m \u{202e}fdp.exe\u{200b} \\ \\u{1b}",
            "\\u{41}",
            "\\u",
            "👩\u{200d}🍳 \u{200d}x",
        ];
        let mut values = vec![
            Value::Null,
            Value::Integer(0),
            Value::Integer(-1),
            Value::Integer(i64::MAX),
            Value::Integer(i64::MIN),
            Value::Blob(vec![0, 1, 0xfe, 0xff]),
            Value::Blob(Vec::new()),
        ];
        for x in [
            0.0,
            -0.0,
            0.1,
            1.0 / 3.0,
            3.0,
            -2.5,
            1e20,
            1e-7,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            values.push(Value::Real(x));
        }
        values.extend(texts.iter().map(|t| Value::Text((*t).into())));
        values
    }

    /// What SQLite would hold after storing `value` in a column of `affinity` (a text never
    /// stays numeric-looking in a numeric column: SQLite converts it when it is stored).
    fn storable(value: &Value, affinity: Affinity) -> bool {
        match (value, affinity) {
            (Value::Integer(_) | Value::Real(_), Affinity::Text) => false,
            (Value::Text(t), Affinity::Integer | Affinity::Real | Affinity::Numeric) => {
                t.trim().parse::<f64>().is_err() || t.contains(char::is_alphabetic)
            }
            _ => true,
        }
    }

    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Real(x), Value::Real(y)) => x.to_bits() == y.to_bits(),
            _ => a == b,
        }
    }

    #[test]
    fn every_storable_value_reads_back_identical_from_its_csv_field() {
        for affinity in [
            Affinity::Integer,
            Affinity::Text,
            Affinity::Real,
            Affinity::Numeric,
        ] {
            for cells in [Cells::Safe, Cells::Raw] {
                for value in tricky().iter().filter(|v| storable(v, affinity)) {
                    let field = csv_field(value, cells);
                    let back = csv_value(&field, affinity, cells).unwrap();
                    assert!(
                        same(&back, value),
                        "{affinity:?} {cells:?}: {value:?} → {field:?} → {back:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_value_but_an_infinite_real_reads_back_identical_from_its_json() {
        for value in tricky() {
            match json_value(&value) {
                Ok(json) => {
                    let text = serde_json::to_string(&json).unwrap();
                    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
                    let back = from_json(&parsed).unwrap();
                    assert!(same(&back, &value), "{value:?} → {text} → {back:?}");
                }
                Err(why) => {
                    assert!(
                        matches!(value, Value::Real(x) if x.is_infinite()),
                        "{value:?}: {why}"
                    );
                    assert!(why.contains("--format csv"), "{why}");
                }
            }
        }
    }

    #[test]
    fn csv_fields_keep_null_the_empty_text_and_reals_apart() {
        assert_eq!(csv_field(&Value::Null, Cells::Safe), "\\N");
        assert_eq!(csv_field(&Value::Text(String::new()), Cells::Safe), "");
        assert_eq!(csv_field(&Value::Text("\\N".into()), Cells::Safe), "\\\\N");
        assert_eq!(csv_field(&Value::Real(3.0), Cells::Safe), "3.0");
        assert_eq!(csv_field(&Value::Real(0.1), Cells::Safe), "0.1");
        assert_eq!(csv_field(&Value::Integer(3), Cells::Safe), "3");
        assert_eq!(
            csv_field(&Value::Blob(vec![0xca, 0xfe]), Cells::Safe),
            "\\xcafe"
        );
        assert_eq!(
            csv_value("", Affinity::Integer, Cells::Safe).unwrap(),
            Value::Text(String::new())
        );
    }

    #[test]
    fn a_field_with_an_unknown_backslash_marker_or_bad_hex_is_refused_with_the_field() {
        let unknown = csv_value("\\q", Affinity::Text, Cells::Safe).unwrap_err();
        assert!(unknown.contains("“\\q”"), "{unknown}");
        let odd = csv_value("\\xabc", Affinity::Blob, Cells::Safe).unwrap_err();
        assert!(odd.contains("not a blob"), "{odd}");
        assert!(csv_value("\\xzz", Affinity::Blob, Cells::Safe).is_err());
    }

    #[test]
    fn json_values_that_are_no_column_value_are_refused() {
        for bad in [
            "true",
            "[1]",
            "{\"x\": 1}",
            "{\"blob\": \"xyz\"}",
            "18446744073709551615",
        ] {
            let value: serde_json::Value = serde_json::from_str(bad).unwrap();
            assert!(from_json(&value).is_err(), "{bad}");
        }
    }

    #[test]
    fn formula_texts_get_a_quote_and_unsafe_characters_an_escape_but_numbers_stay() {
        let field = |t: &str| csv_field(&Value::Text(t.into()), Cells::Safe);
        assert_eq!(field("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(field("\t=1+1"), "'\t=1+1");
        assert_eq!(field("'-1"), "''-1");
        assert_eq!(field("'hola"), "'hola");
        assert_eq!(field("a\u{1b}[31m\\"), "\\ua\\u{1b}[31m\\\\");
        assert_eq!(field("=\u{2028}"), "\\u=\\u{2028}");
        assert_eq!(csv_field(&Value::Integer(-5), Cells::Safe), "-5");
        assert_eq!(csv_field(&Value::Real(-0.5), Cells::Safe), "-0.5");
        assert_eq!(csv_field(&Value::Text("=1".into()), Cells::Raw), "=1");
        assert_eq!(
            csv_value("-5", Affinity::Integer, Cells::Safe).unwrap(),
            Value::Integer(-5)
        );
        assert_eq!(
            csv_value("'=1", Affinity::Text, Cells::Raw).unwrap(),
            Value::Text("'=1".into())
        );
    }

    #[test]
    fn an_escaped_field_with_a_broken_escape_is_refused_with_the_field() {
        for bad in [
            "\\ua\\u{zz}",
            "\\ua\\q",
            "\\ua\\u{1b",
            "\\ua\\",
            "\\u\\u{d800}",
            "\\u\\u{+1b}",
            "\\u\\u{}",
        ] {
            let why = csv_value(bad, Affinity::Text, Cells::Safe).unwrap_err();
            assert!(why.contains(bad), "{bad}: {why}");
        }
    }

    /// Texts made of what the CSV escapes care about, mixed with any character.
    fn texts() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let interesting = prop::sample::select(vec![
            '\\', '\'', '=', '+', '-', '@', '\t', '\r', '\n', ' ', 'N', 'x', 'u', '{', '}', '1',
            '\u{1b}', '\u{7}', '\u{9b}', '\u{2028}', '\u{202e}', '\u{200b}', '\u{200d}', '👩',
        ]);
        prop::collection::vec(prop_oneof![interesting, any::<char>()], 0..16)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn any_text_reads_back_identical_and_its_safe_field_starts_no_formula_and_holds_no_control(text in texts()) {
            for cells in [Cells::Safe, Cells::Raw] {
                let field = csv_field(&Value::Text(text.clone()), cells);
                let back = csv_value(&field, Affinity::Text, cells);
                proptest::prop_assert_eq!(back, Ok(Value::Text(text.clone())), "{:?}", field);
            }
            let safe = csv_field(&Value::Text(text.clone()), Cells::Safe);
            proptest::prop_assert!(!looks_like_formula(&safe) || safe.starts_with('\''), "{:?}", safe);
            proptest::prop_assert!(escape_unsafe(&safe, |_, _| {}) == safe.as_str(), "{:?}", safe);
        }
    }
}
