//! The language cmdeck speaks, Spanish or English, and its message catalogues
//! (`assets/i18n/*.ftl`, Fluent, with each language's plural rules): chosen like every terminal
//! program chooses — `--lang`, else `language` in the config, else `LC_ALL` / `LC_MESSAGES` /
//! `LANG`, else English — and the way numbers and dates read in it.

mod format;
#[cfg(test)]
mod tests;

pub use format::{count, decimal, long_date, percent, short_date};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

const EN: &str = include_str!("../../assets/i18n/en.ftl");
const ES: &str = include_str!("../../assets/i18n/es.ftl");

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in the order `--help` lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// Its code: `en` or `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language a tag names (`es`, `es_ES.UTF-8`, `en-GB`, `ES`); `None` for another one.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['_', '-', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language the locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set and not empty decides (as the C library reads them); `None` when none is
    /// set, English when it names another language (`C`, `fr_FR.UTF-8`).
    pub fn from_locale(variable: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| variable(name))
            .find(|value| !value.trim().is_empty())
            .map(|value| Lang::parse(&value).unwrap_or(Lang::En))
    }

    /// The language of a run: `flag` (`--lang`), else `configured`, else the locale, else
    /// English.
    pub fn choose(
        flag: Option<Lang>,
        configured: Option<Lang>,
        variable: impl Fn(&str) -> Option<String>,
    ) -> Lang {
        flag.or(configured)
            .or_else(|| Lang::from_locale(variable))
            .unwrap_or_default()
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static EN_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        static ES_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        match self {
            Lang::En => EN_BUNDLE.get_or_init(|| bundle(self, EN)),
            Lang::Es => ES_BUNDLE.get_or_init(|| bundle(self, ES)),
        }
    }

    /// The message `key` (see `assets/i18n/`), without arguments.
    pub fn text(self, key: &str) -> String {
        self.text_with(key, &[])
    }

    /// The message `key` with its arguments: text (`Arg::Text`) or numbers that choose a plural
    /// form (`Arg::Count`). A key missing from the catalogue is shown as the key itself (a test
    /// checks that none is missing).
    pub fn text_with(self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// An argument of a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// Text put in as it is.
    Text(&'a str),
    /// A number: shown as Fluent writes it, and choosing the plural form in a selector.
    Count(i64),
}

/// A language's catalogue, parsed once. The files are embedded and checked by the tests, so a
/// syntax error is a failed test, not a failure at run time: what parses is kept.
fn bundle(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The terminal and the report show text as it is: no bidi isolation marks around arguments.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The catalogue files, as `(language, source)`, for the tests.
pub fn catalogue_sources() -> [(Lang, &'static str); 2] {
    [(Lang::En, EN), (Lang::Es, ES)]
}
