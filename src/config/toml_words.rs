//! The words of the TOML parser and of serde (`unknown field `x`, expected one of …`, `unclosed
//! table, expected `]``) put in the language of the run. They are English sentences made of a
//! known description and what was expected; each known part is worded from the catalogue, and
//! a part this list does not know is kept as the parser wrote it.

use crate::i18n::{Arg, Lang};

/// The parser's one-line `message` in `lang`; English as it is.
pub(crate) fn in_language(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    if let Some(name) = message.strip_suffix(", there are no fields")
        && let Some(name) = name.strip_prefix("unknown field ")
    {
        return lang.text_with("error-toml-no-fields", &[("name", Arg::Text(name))]);
    }
    let (head, expected) = match message.split_once(", expected ") {
        Some((head, expected)) => (head, Some(expected)),
        None => (message, None),
    };
    let head = description(lang, head);
    match expected {
        Some(expected) => lang.text_with(
            "error-toml-expected",
            &[
                ("what", Arg::Text(&head)),
                ("expected", Arg::Text(&expectation(lang, expected))),
            ],
        ),
        None => head,
    }
}

/// What went wrong, before `, expected`.
fn description(lang: Lang, head: &str) -> String {
    let after = |prefix: &str| head.strip_prefix(prefix).map(str::trim);
    if let Some(name) = after("unknown field") {
        return lang.text_with("error-toml-unknown-field", &[("name", Arg::Text(name))]);
    }
    if let Some(name) = after("unknown variant") {
        return lang.text_with("error-toml-unknown-variant", &[("name", Arg::Text(name))]);
    }
    if let Some(name) = after("missing field") {
        return lang.text_with("error-toml-missing-field", &[("name", Arg::Text(name))]);
    }
    if let Some(name) = after("duplicate field") {
        return lang.text_with("error-toml-duplicate-field", &[("name", Arg::Text(name))]);
    }
    if let Some(found) = after("invalid type:") {
        let found = unexpected(lang, found);
        return lang.text_with("error-toml-invalid-type", &[("found", Arg::Text(&found))]);
    }
    if let Some(found) = after("invalid value:") {
        let found = unexpected(lang, found);
        return lang.text_with("error-toml-invalid-value", &[("found", Arg::Text(&found))]);
    }
    if let Some(length) = after("invalid length") {
        return lang.text_with(
            "error-toml-invalid-length",
            &[("length", Arg::Text(length))],
        );
    }
    if let Some(kind) = head
        .strip_prefix("cannot extend value of type ")
        .and_then(|rest| rest.strip_suffix(" with a dotted key"))
    {
        let kind = value_kind(lang, kind);
        return lang.text_with("error-toml-cannot-extend", &[("kind", Arg::Text(&kind))]);
    }
    syntax(lang, head).unwrap_or_else(|| head.to_string())
}

/// A description of the TOML parser (`unclosed table`, `invalid string`…), when it is known.
fn syntax(lang: Lang, head: &str) -> Option<String> {
    Some(match head {
        "duplicate key" => lang.text("error-toml-duplicate-key"),
        "invalid basic string" | "invalid multi-line basic string" | "invalid string" => {
            lang.text("error-toml-invalid-string")
        }
        "invalid literal string" | "invalid multi-line literal string" => {
            lang.text("error-toml-invalid-literal-string")
        }
        "invalid binary number"
        | "invalid hexadecimal number"
        | "invalid octal number"
        | "invalid integer number"
        | "invalid float"
        | "invalid exponent"
        | "invalid fraction"
        | "invalid mantissa"
        | "unexpected leading zero"
        | "unexpected sign" => lang.text("error-toml-invalid-number"),
        "invalid boolean" => lang.text("error-toml-invalid-boolean"),
        "invalid date-time" => lang.text("error-toml-invalid-date-time"),
        "invalid comment character" | "missing comment start" => {
            lang.text("error-toml-invalid-comment")
        }
        "invalid key" | "invalid unquoted key" | "unquoted keys cannot be empty" => {
            lang.text("error-toml-invalid-key")
        }
        "invalid key-value pair" | "missing assignment between key-value pairs" => {
            lang.text("error-toml-invalid-key-value")
        }
        "invalid inline table element"
        | "missing key for inline table element"
        | "missing comma between key-value pairs"
        | "missing inline table opening" => lang.text("error-toml-invalid-inline-table"),
        "invalid table" | "missing table open" => lang.text("error-toml-invalid-table"),
        "invalid value" | "missing value" => lang.text("error-toml-invalid-value-syntax"),
        "missing value for key" => lang.text("error-toml-missing-value"),
        "missing array opening"
        | "missing comma between array elements"
        | "unexpected `=` in array" => lang.text("error-toml-invalid-array"),
        "missing escaped value" => lang.text("error-toml-missing-escape"),
        "missing opening quote" => lang.text("error-toml-missing-quote"),
        "unclosed table" => lang.text("error-toml-unclosed-table"),
        "unclosed array table" => lang.text("error-toml-unclosed-array-table"),
        "unclosed array" => lang.text("error-toml-unclosed-array"),
        "unclosed inline table" => lang.text("error-toml-unclosed-inline-table"),
        "unexpected content"
        | "unexpected content between comment and newline"
        | "unexpected key or value" => lang.text("error-toml-unexpected-content"),
        _ => return None,
    })
}

/// What was expected: `one of `a`, `b``, `` `a` or `b` ``, `a whole number`, `` `]` ``,
/// `newline`…, each part worded when known.
fn expectation(lang: Lang, expected: &str) -> String {
    if let Some(list) = expected.strip_prefix("one of ") {
        return lang.text_with("error-toml-one-of", &[("list", Arg::Text(list))]);
    }
    if let Some((first, second)) = expected.split_once(" or ")
        && first.starts_with('`')
    {
        return lang.text_with(
            "error-toml-either",
            &[("first", Arg::Text(first)), ("second", Arg::Text(second))],
        );
    }
    expected
        .split(", ")
        .map(|part| expected_thing(lang, part))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One thing the parser expected, worded when known; a literal such as `` `]` `` as it is.
fn expected_thing(lang: Lang, part: &str) -> String {
    match part {
        "a whole number" | "u32" | "u64" | "usize" | "i64" | "integer" => {
            lang.text("error-toml-a-whole-number")
        }
        "f64" | "f32" | "a float" => lang.text("error-toml-a-number"),
        "a string" | "string" | "a borrowed string" => lang.text("error-toml-a-string"),
        "a boolean" => lang.text("error-toml-a-boolean"),
        "a sequence" => lang.text("error-toml-a-list"),
        "a map" => lang.text("error-toml-a-table"),
        "newline" => lang.text("error-toml-a-newline"),
        "nothing" => lang.text("error-toml-nothing"),
        "key" => lang.text("error-toml-a-key"),
        "value" => lang.text("error-toml-a-value"),
        "digits" | "numbers" => lang.text("error-toml-digits"),
        "letters" => lang.text("error-toml-letters"),
        "basic string" | "literal string" | "multi-line basic string" => {
            lang.text("error-toml-a-quoted-string")
        }
        other if other.starts_with("struct ") || other.starts_with("enum ") => {
            lang.text("error-toml-a-table")
        }
        other => other.to_string(),
    }
}

/// The value serde found (`string "two hours"`, ``integer `-1` ``), its kind worded.
fn unexpected(lang: Lang, found: &str) -> String {
    let value = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .map(|value| [("value", Arg::Text(value))])
    };
    if let Some(args) = value("string ").or_else(|| value("character ")) {
        return lang.text_with("error-toml-found-string", &args);
    }
    if let Some(args) = value("integer ") {
        return lang.text_with("error-toml-found-integer", &args);
    }
    if let Some(args) = value("floating point ") {
        return lang.text_with("error-toml-found-float", &args);
    }
    if let Some(args) = value("boolean ") {
        return lang.text_with("error-toml-found-boolean", &args);
    }
    value_kind(lang, found)
}

/// A kind of TOML value named alone (`sequence`, `map`, `array`, `table`…).
fn value_kind(lang: Lang, kind: &str) -> String {
    match kind {
        "sequence" | "array" => lang.text("error-toml-a-list"),
        "map" | "table" | "inline table" => lang.text("error-toml-a-table"),
        "string" => lang.text("error-toml-a-string"),
        "integer" => lang.text("error-toml-a-whole-number"),
        "float" => lang.text("error-toml-a-number"),
        "boolean" => lang.text("error-toml-a-boolean"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_kept_as_the_parser_wrote_it() {
        let message = "unknown field `wek_start`, expected one of `week_start`, `language`";
        assert_eq!(in_language(Lang::En, message), message);
    }

    #[test]
    fn the_parsers_usual_sentences_read_in_spanish() {
        assert_eq!(
            in_language(
                Lang::Es,
                "unknown field `wek_start`, expected one of `week_start`, `language`"
            ),
            "campo desconocido `wek_start`; se esperaba uno de `week_start`, `language`"
        );
        assert_eq!(
            in_language(
                Lang::Es,
                "unknown variant `friday`, expected `monday` or `sunday`"
            ),
            "valor desconocido `friday`; se esperaba `monday` o `sunday`"
        );
        assert_eq!(
            in_language(
                Lang::Es,
                "invalid type: string \"two hours\", expected a whole number"
            ),
            "tipo no válido: el texto \"two hours\"; se esperaba un número entero"
        );
        assert_eq!(
            in_language(Lang::Es, "unclosed table, expected `]`"),
            "tabla sin cerrar; se esperaba `]`"
        );
        assert_eq!(
            in_language(Lang::Es, "invalid string, expected newline, `#`"),
            "texto entre comillas no válido; se esperaba un salto de línea, `#`"
        );
        assert_eq!(in_language(Lang::Es, "duplicate key"), "clave repetida");
    }

    #[test]
    fn a_sentence_it_does_not_know_is_kept_as_written() {
        assert_eq!(
            in_language(Lang::Es, "something new, expected `x`"),
            "something new; se esperaba `x`"
        );
    }
}
