//! What an importer says to the person — why a row, an item, a feed or a file was refused, or a
//! note on what it did — kept as a message of the import catalogue (`assets/i18n/*/import.ftl`)
//! with its facts, and worded in a language only when it is shown.

use crate::i18n::{Arg, Lang};
use std::fmt;

/// One reason or note: a message key of the catalogue and its arguments. Its English wording is
/// its `Display`; [`Reason::message`] words it in any language. The text it quotes from a file
/// is kept unsanitized: sanitize the message before printing or drawing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// The message in the catalogue.
    key: &'static str,
    /// Its arguments, by name.
    args: Vec<(&'static str, Value)>,
}

/// An argument of a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    /// Text put in as it is (a quoted value, a field name, a path).
    Text(String),
    /// A number: the message gets it as `$name` (choosing plural forms, written plain) and as
    /// `$name_shown`, written as the language writes numbers.
    Number(i64),
    /// Another reason, worded in the same language.
    Reason(Box<Reason>),
    /// Several reasons, worded in the same language and joined with `, `.
    List(Vec<Reason>),
    /// What the system said of a file: its kind, and its own (English) words.
    Io(std::io::ErrorKind, String),
    /// Text already worded in each language, in the order of [`Lang::ALL`] (by code that words
    /// its own messages, such as the domain's readers of dates and counts).
    PerLang(Vec<String>),
}

/// The message that shows a text as it is: words that come from elsewhere (a parser's error).
const AS_SAID: &str = "import-as-said";

impl Reason {
    /// The message `key` of the import catalogue, with no arguments yet.
    pub fn new(key: &'static str) -> Reason {
        Reason {
            key,
            args: Vec::new(),
        }
    }

    /// Text as it was said elsewhere (a parser's or a library's own words), shown as it is in
    /// every language.
    pub fn said(text: impl Into<String>) -> Reason {
        Reason::new(AS_SAID).text("text", text)
    }

    /// Text worded by `word` in each language (code outside the importers that words its own
    /// messages); `word` is called once per language, now.
    pub fn in_each(word: impl Fn(Lang) -> String) -> Reason {
        let texts = Lang::ALL.iter().map(|lang| word(*lang)).collect();
        let mut reason = Reason::new(AS_SAID);
        reason.args.push(("text", Value::PerLang(texts)));
        reason
    }

    /// With the text argument `name`.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Reason {
        self.args.push((name, Value::Text(value.into())));
        self
    }

    /// With the number argument `name` (`$name` chooses the plural form, `$name_shown` is the
    /// number as the language writes it).
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Reason {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, Value::Number(value)));
        self
    }

    /// With the argument `name` being another reason, worded in the same language.
    pub fn reason(mut self, name: &'static str, inner: Reason) -> Reason {
        self.args.push((name, Value::Reason(Box::new(inner))));
        self
    }

    /// With the argument `name` being several reasons, worded and joined with `, `.
    pub fn list(mut self, name: &'static str, items: Vec<Reason>) -> Reason {
        self.args.push((name, Value::List(items)));
        self
    }

    /// With the argument `name` being what the system said of a file, in the language's words
    /// for the common cases.
    pub fn io(mut self, name: &'static str, error: &std::io::Error) -> Reason {
        self.args
            .push((name, Value::Io(error.kind(), error.to_string())));
        self
    }

    /// The message's key in the catalogue.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The reason worded in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let mut owned: Vec<(String, Owned)> = Vec::with_capacity(self.args.len() * 2);
        for (name, value) in &self.args {
            match value {
                Value::Text(text) => owned.push((name.to_string(), Owned::Text(text.clone()))),
                Value::Number(n) => {
                    owned.push((name.to_string(), Owned::Count(*n)));
                    owned.push((format!("{name}_shown"), Owned::Text(shown(lang, *n))));
                }
                Value::Reason(inner) => {
                    owned.push((name.to_string(), Owned::Text(inner.message(lang))))
                }
                Value::List(items) => {
                    let worded: Vec<String> = items.iter().map(|item| item.message(lang)).collect();
                    owned.push((name.to_string(), Owned::Text(worded.join(", "))));
                }
                Value::PerLang(texts) => {
                    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
                    let text = texts.get(at).or(texts.first()).cloned().unwrap_or_default();
                    owned.push((name.to_string(), Owned::Text(text)));
                }
                Value::Io(kind, said) => {
                    let error = std::io::Error::new(*kind, said.clone());
                    owned.push((
                        name.to_string(),
                        Owned::Text(crate::files::io_reason(lang, &error)),
                    ));
                }
            }
        }
        let args: Vec<(&str, Arg<'_>)> = owned
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    Owned::Text(text) => Arg::Text(text),
                    Owned::Count(n) => Arg::Count(*n),
                };
                (name.as_str(), arg)
            })
            .collect();
        lang.text_with(self.key, &args)
    }
}

/// An argument worded, before it is lent to the catalogue.
enum Owned {
    /// Text.
    Text(String),
    /// A number.
    Count(i64),
}

/// A number as a reason writes it: plain in English, as the messages always were; grouped in
/// Spanish.
fn shown(lang: Lang, n: i64) -> String {
    match lang {
        Lang::En => n.to_string(),
        Lang::Es => crate::i18n::count(lang, n),
    }
}

impl fmt::Display for Reason {
    /// The reason in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Words each reason of `reasons` in `lang`.
pub fn messages(reasons: &[Reason], lang: Lang) -> Vec<String> {
    reasons.iter().map(|reason| reason.message(lang)).collect()
}

/// In tests, a reason equals its English wording.
#[cfg(test)]
impl PartialEq<&str> for Reason {
    fn eq(&self, other: &&str) -> bool {
        self.message(Lang::En) == *other
    }
}

/// In tests, a reason equals its English wording.
#[cfg(test)]
impl PartialEq<String> for Reason {
    fn eq(&self, other: &String) -> bool {
        self.message(Lang::En) == *other
    }
}
