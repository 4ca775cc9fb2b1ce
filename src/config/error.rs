//! The one-line config error: which file, which line, which key, and what is wrong.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::i18n::{Arg, Lang};

/// A config file that cannot be used. Displays as one line:
/// `<path>, line <n>, key `<key>`: <message>` (the parts that are unknown are left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The config file.
    pub path: PathBuf,
    /// The 1-based line of the bad entry, when known.
    pub line: Option<usize>,
    /// The dotted key of the bad entry (e.g. `general.week_start`), when known.
    pub key: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl ConfigError {
    /// The error as one line in `lang`: `<path>, line <n>, key `<key>`: <message>` (`línea`,
    /// `clave` in Spanish), the parts that are unknown left out. The message itself is in the
    /// language the config was read in (see [`super::Config::parse_in`]).
    pub fn message(&self, lang: Lang) -> String {
        let mut out = self.path.display().to_string();
        if let Some(line) = self.line {
            out.push_str(", ");
            out.push_str(&lang.text_with(
                "error-config-line",
                &[("line", Arg::Text(&line.to_string()))],
            ));
        }
        if let Some(key) = &self.key {
            out.push_str(", ");
            out.push_str(&lang.text_with(
                "error-config-key",
                &[("key", Arg::Text(&cut(lang, key, LONGEST_KEY)))],
            ));
        }
        out.push_str(": ");
        out.push_str(&cut(lang, &self.message, LONGEST_MESSAGE));
        out
    }
}

/// The most characters of a key an error repeats.
const LONGEST_KEY: usize = 80;
/// The most characters of a message an error prints (a message quotes the value it refuses).
const LONGEST_MESSAGE: usize = 300;

/// `text` when it is at most `most` characters, else its start and how long it was, so that a
/// huge value typed in the config is never echoed whole.
fn cut<'a>(lang: Lang, text: &'a str, most: usize) -> std::borrow::Cow<'a, str> {
    let length = text.chars().count();
    if length <= most {
        return std::borrow::Cow::Borrowed(text);
    }
    let start: String = text.chars().take(most.saturating_sub(20)).collect();
    std::borrow::Cow::Owned(lang.text_with(
        "error-config-cut",
        &[
            ("start", Arg::Text(&start)),
            ("length", Arg::Count(length as i64)),
            ("shown", Arg::Text(&crate::i18n::count(lang, length as i64))),
        ],
    ))
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    /// An error about the file as a whole (missing, unreadable).
    pub(crate) fn file(path: &Path, message: impl Into<String>) -> ConfigError {
        ConfigError {
            path: path.to_path_buf(),
            line: None,
            key: None,
            message: message.into(),
        }
    }

    /// An error at a known position, with a known key.
    pub(crate) fn at(
        path: &Path,
        text: &str,
        span: Range<usize>,
        key: impl Into<String>,
        message: impl Into<String>,
    ) -> ConfigError {
        ConfigError {
            path: path.to_path_buf(),
            line: Some(line_of(text, span.start)),
            key: Some(key.into()),
            message: message.into(),
        }
    }

    /// Turns a TOML or serde error into a one-line error, finding the line and key from its span,
    /// with the parser's words put in `lang`.
    pub(crate) fn from_toml_in(
        path: &Path,
        text: &str,
        error: &toml::de::Error,
        lang: Lang,
    ) -> ConfigError {
        let message = super::toml_words::in_language(lang, &first_line(error.message()));
        match error.span() {
            Some(span) => ConfigError {
                path: path.to_path_buf(),
                line: Some(line_of(text, span.start)),
                key: key_at(text, span.start),
                message,
            },
            None => ConfigError {
                path: path.to_path_buf(),
                line: None,
                key: None,
                message,
            },
        }
    }
}

/// The first non-empty line of a message, trimmed (toml messages may carry extra lines).
fn first_line(message: &str) -> String {
    let line = message
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .unwrap_or("invalid configuration");
    line.replace("expected u32", "expected a whole number")
}

/// The 1-based line holding byte `offset` of `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|byte| **byte == b'\n')
        .count()
        + 1
}

/// The dotted key of the entry whose line holds byte `offset`: the enclosing `[table]` header
/// joined with the key before `=` on that line, or the header itself on a header line; an entry
/// of an `[[array]]` is numbered from 1 (`inbox.rules[2].priority`).
pub(crate) fn key_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_start = text.as_bytes()[..offset]
        .iter()
        .rposition(|byte| *byte == b'\n')
        .map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    let above: Vec<&str> = text[..line_start].lines().collect();
    if let Some(header) = header_name(line) {
        return Some(indexed(&above, line, header));
    }
    let table = above
        .iter()
        .enumerate()
        .rev()
        .find_map(|(index, header_line)| {
            header_name(header_line).map(|header| indexed(&above[..index], header_line, header))
        });
    let (name, _) = line.split_once('=')?;
    let name = name.trim().trim_matches(|c| c == '"' || c == '\'');
    if name.is_empty() || name.starts_with('#') {
        return None;
    }
    Some(match table {
        Some(table) => format!("{table}.{name}"),
        None => name.to_owned(),
    })
}

/// `header` as a key: an `[[array]]` header gets the 1-based number of its entry, counting
/// the same headers in the lines `above` it (`inbox.rules[2]`); a `[table]` header stays as is.
fn indexed(above: &[&str], line: &str, header: String) -> String {
    let is_array = |line: &str| line.trim_start().starts_with("[[");
    if !is_array(line) {
        return header;
    }
    let same = above
        .iter()
        .filter(|other| is_array(other) && header_name(other).as_deref() == Some(header.as_str()))
        .count();
    format!("{header}[{}]", same + 1)
}

/// The name of a `[table]` or `[[array]]` header line, without brackets and spaces.
fn header_name(line: &str) -> Option<String> {
    let line = line.trim();
    if !line.starts_with('[') {
        return None;
    }
    let inner = line.trim_start_matches('[');
    let end = inner.find(']')?;
    let name: String = inner[..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_the_file_line_and_key_on_one_line() {
        let error = ConfigError {
            path: PathBuf::from("/tmp/c.toml"),
            line: Some(3),
            key: Some("general.week_start".into()),
            message: "unknown variant `friday`".into(),
        };
        assert_eq!(
            error.to_string(),
            "/tmp/c.toml, line 3, key `general.week_start`: unknown variant `friday`"
        );
        let error = ConfigError::file(Path::new("/tmp/c.toml"), "the file does not exist");
        assert_eq!(error.to_string(), "/tmp/c.toml: the file does not exist");
    }

    #[test]
    fn lines_are_counted_from_one() {
        let text = "a = 1\nb = 2\n";
        assert_eq!(line_of(text, 0), 1);
        assert_eq!(line_of(text, 6), 2);
        assert_eq!(line_of(text, 999), 3);
    }

    #[test]
    fn the_key_is_the_table_header_joined_with_the_entry_name() {
        let text = "top = 1\n[general]\n# note\nweek_start = 3\n[keys.global]\n";
        assert_eq!(key_at(text, 0).as_deref(), Some("top"));
        assert_eq!(
            key_at(text, text.find('3').unwrap_or(0)).as_deref(),
            Some("general.week_start")
        );
        assert_eq!(
            key_at(text, text.find("global").unwrap_or(0)).as_deref(),
            Some("keys.global")
        );
        assert_eq!(key_at(text, text.find("# note").unwrap_or(0)), None);
    }

    #[test]
    fn an_entry_of_an_array_of_tables_is_numbered_from_one() {
        let text = "[[inbox.rules]]\nname = \"a\"\n[[inbox.rules]]\nname = \"b\"\ncolour = 1\n";
        assert_eq!(
            key_at(text, text.find("colour").unwrap_or(0)).as_deref(),
            Some("inbox.rules[2].colour")
        );
        assert_eq!(key_at(text, 0).as_deref(), Some("inbox.rules[1]"));
        assert_eq!(
            key_at(text, text.find("name").unwrap_or(0)).as_deref(),
            Some("inbox.rules[1].name")
        );
    }
}
