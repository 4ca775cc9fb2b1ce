//! The language cmdeck speaks, Spanish or English, and its message catalogues
//! (`assets/i18n/{en,es}/*.ftl`, one file per area, Fluent, with each language's plural rules): chosen like every terminal
//! program chooses — `--lang`, else `language` in the config, else `LC_ALL` / `LC_MESSAGES` /
//! `LANG`, else English — and the way numbers and dates read in it.

mod format;
#[cfg(test)]
mod tests;

pub use format::{
    Dated, age, ago, count, dated, decimal, delta, kpi_value, long_date, minutes, money, percent,
    share, short_date, week_number, weekday_short,
};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// Declares the catalogue files, one per area of the program, in both languages.
macro_rules! catalogues {
    ($($area:literal),* $(,)?) => {
        /// Every catalogue file: its area, its English source and its Spanish source.
        const CATALOGUES: &[(&str, &str, &str)] = &[$((
            $area,
            include_str!(concat!("../../assets/i18n/en/", $area, ".ftl")),
            include_str!(concat!("../../assets/i18n/es/", $area, ".ftl")),
        )),*];
    };
}

catalogues!(
    "common",
    "today",
    "app",
    "calendar",
    "inbox",
    "mentions",
    "people",
    "plan",
    "plan_check",
    "report",
    "cli",
    "errors",
    "import",
    "sentiment",
);

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
            Lang::En => EN_BUNDLE.get_or_init(|| bundle(self)),
            Lang::Es => ES_BUNDLE.get_or_init(|| bundle(self)),
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
            note_missing(self, key, "no such message");
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
        let text = bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        if let Some(error) = errors.first() {
            note_missing(self, key, &error.to_string());
        }
        text
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

/// A language's catalogue, every area's file in one bundle, parsed once. The files are embedded
/// and checked by the tests, so a syntax error is a failed test, not a failure at run time: what
/// parses is kept.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The terminal and the report show text as it is: no bidi isolation marks around arguments.
    bundle.set_use_isolating(false);
    for (area, en, es) in CATALOGUES {
        let source = match lang {
            Lang::En => en,
            Lang::Es => es,
        };
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        if bundle.add_resource(resource).is_err() {
            note_missing(lang, area, "a key of this file is already in another one");
        }
    }
    bundle
}

/// The messages asked for that a catalogue lacks or could not format, as `lang: key (why)`.
static MISSING: std::sync::Mutex<std::collections::BTreeSet<String>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

fn note_missing(lang: Lang, key: &str, why: &str) {
    if let Ok(mut missing) = MISSING.lock() {
        missing.insert(format!("{lang}: {key} ({why})"));
    }
}

/// Every message this process asked for that its language's catalogue lacks (or could not
/// format, for a missing argument), as `lang: key (why)`: the tests that draw every screen in
/// both languages fail when it is not empty.
pub fn missing_messages() -> Vec<String> {
    MISSING
        .lock()
        .map(|missing| missing.iter().cloned().collect())
        .unwrap_or_default()
}

/// The catalogue files, as `(area, English source, Spanish source)`, for the tests.
pub fn catalogue_sources() -> &'static [(&'static str, &'static str, &'static str)] {
    CATALOGUES
}
