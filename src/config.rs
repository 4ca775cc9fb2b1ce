//! The TOML config file, validated before the terminal is touched; errors name file, line and key.

mod error;
mod feeds;
mod inbox;
mod scores;
mod toml_words;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use directories::{BaseDirs, ProjectDirs};
use serde::Deserialize;
use toml::Spanned;

use crate::domain::enums::Network;
use crate::i18n::{Arg, Lang};
use crate::keymap::{KeyTables, Keymap};

pub use error::ConfigError;
pub(crate) use error::key_at;
pub use feeds::{DEFAULT_TIMEOUT_SECONDS, FeedConfig, is_http};
pub use inbox::InboxConfig;
pub use scores::ScoresConfig;

/// The whole configuration; every field has a default, so a missing file means defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Where the database and reports live.
    pub data: DataConfig,
    /// Calendar and inbox preferences.
    pub general: GeneralConfig,
    /// The calendar's settings.
    pub calendar: CalendarConfig,
    /// Per-network settings; every network is present.
    pub channels: BTreeMap<Network, ChannelDefaults>,
    /// The key map: defaults with the `[keys.*]` tables applied.
    pub keymap: Keymap,
    /// The inbox's business hours and triage rules.
    pub inbox: InboxConfig,
    /// The feeds `cmdeck fetch` reads, from `[[feeds]]`; none by default.
    pub feeds: Vec<FeedConfig>,
    /// The weights of the advocacy and risk scores and the suggestion thresholds.
    pub scores: ScoresConfig,
}

/// The `[data]` table: file locations (`None` means the platform default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataConfig {
    /// The SQLite database file.
    pub db: Option<PathBuf>,
    /// The folder weekly reports are exported to.
    pub reports_dir: Option<PathBuf>,
}

/// The `[general]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneralConfig {
    /// The first day of the week in calendar views.
    pub week_start: WeekStart,
    /// The first-response target for inbox items, in minutes.
    pub response_target_minutes: u32,
    /// The interface's language when the config sets one (`language = "es"`); otherwise the
    /// locale decides.
    pub language: Option<crate::i18n::Lang>,
}

impl Default for GeneralConfig {
    fn default() -> GeneralConfig {
        GeneralConfig {
            week_start: WeekStart::Monday,
            response_target_minutes: 120,
            language: None,
        }
    }
}

/// The first day of the week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekStart {
    /// ISO weeks (the default).
    #[default]
    Monday,
    /// North-American weeks.
    Sunday,
}

/// The settings of one network, from `[channels.<network>]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelDefaults {
    /// The maximum length of a post, in characters.
    pub char_limit: u32,
    /// Weekly posting slots (`mon/wed/fri 09:30`), used where the channel plan sets none.
    pub slots: Option<String>,
}

/// The calendar's settings, from `[calendar]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarConfig {
    /// Two posts on one channel closer than this are flagged.
    pub min_gap_minutes: u32,
    /// How many weeks of history the best-time heat map reads.
    pub best_time_weeks: u32,
    /// How many posts a weekday × hour cell needs before it counts.
    pub best_time_min_posts: usize,
    /// Whether evergreen posts are re-queued into empty slots on their own, when cmdeck starts
    /// and when the day changes (each run says what it added and can be undone).
    pub evergreen_auto: bool,
}

impl Default for CalendarConfig {
    fn default() -> CalendarConfig {
        CalendarConfig {
            min_gap_minutes: 60,
            best_time_weeks: 16,
            best_time_min_posts: 3,
            evergreen_auto: false,
        }
    }
}

/// The file as written, before validation.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawConfig {
    data: RawData,
    general: RawGeneral,
    calendar: RawCalendar,
    channels: BTreeMap<Spanned<String>, RawChannel>,
    keys: KeyTables,
    inbox: inbox::RawInbox,
    feeds: Vec<Spanned<feeds::RawFeed>>,
    scores: scores::RawScores,
}

/// `[data]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawData {
    db: Option<Spanned<String>>,
    reports_dir: Option<Spanned<String>>,
}

/// `[general]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawGeneral {
    week_start: Option<WeekStart>,
    response_target_minutes: Option<Spanned<u32>>,
    language: Option<Spanned<String>>,
}

/// `[channels.<network>]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawChannel {
    char_limit: Option<Spanned<u32>>,
    slots: Option<Spanned<String>>,
}

/// `[calendar]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawCalendar {
    min_gap_minutes: Option<u32>,
    best_time_weeks: Option<Spanned<u32>>,
    best_time_min_posts: Option<Spanned<u32>>,
    evergreen_auto: Option<bool>,
}

impl Default for Config {
    fn default() -> Config {
        let channels = Network::ALL
            .iter()
            .map(|network| {
                (
                    *network,
                    ChannelDefaults {
                        char_limit: network.default_char_limit(),
                        slots: None,
                    },
                )
            })
            .collect();
        Config {
            data: DataConfig::default(),
            general: GeneralConfig::default(),
            calendar: CalendarConfig::default(),
            channels,
            keymap: Keymap::defaults(),
            inbox: InboxConfig::default(),
            feeds: Vec::new(),
            scores: ScoresConfig::default(),
        }
    }
}

impl Config {
    /// The usual config file: `<platform config dir>/cmdeck/config.toml`.
    pub fn default_path() -> Option<PathBuf> {
        ProjectDirs::from("", "", "cmdeck").map(|dirs| dirs.config_dir().join("config.toml"))
    }

    /// The platform data folder of cmdeck, holding the database and reports by default.
    pub fn default_data_dir() -> Option<PathBuf> {
        ProjectDirs::from("", "", "cmdeck").map(|dirs| dirs.data_dir().to_path_buf())
    }

    /// Loads the config: an `explicit` path (from `--config`) must exist; without one the default
    /// path is used when the file exists, and the defaults otherwise.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        Config::load_in(explicit, Lang::En)
    }

    /// [`Config::load`], its errors worded in `lang` (the config cannot say its own language
    /// when it is broken: the run's `--lang` or the locale decides).
    pub fn load_in(explicit: Option<&Path>, lang: Lang) -> Result<Config, ConfigError> {
        match explicit {
            Some(path) if !path.exists() => Err(ConfigError::file(
                path,
                lang.text("error-config-missing-file"),
            )),
            Some(path) => Config::load_from_in(path, lang),
            None => match Config::default_path() {
                Some(path) if path.exists() => Config::load_from_in(&path, lang),
                _ => Ok(Config::default()),
            },
        }
    }

    /// Reads and validates the config file at `path`.
    pub fn load_from(path: &Path) -> Result<Config, ConfigError> {
        Config::load_from_in(path, Lang::En)
    }

    /// [`Config::load_from`], its errors worded in `lang`.
    pub fn load_from_in(path: &Path, lang: Lang) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| {
            ConfigError::file(
                path,
                lang.text_with(
                    "error-config-unreadable",
                    &[("error", Arg::Text(&crate::files::io_reason(lang, &error)))],
                ),
            )
        })?;
        Config::parse_in(&text, path, lang)
    }

    /// Validates config `text`; `path` is only used to name the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        Config::parse_in(text, path, Lang::En)
    }

    /// [`Config::parse`], its errors worded in `lang`.
    pub fn parse_in(text: &str, path: &Path, lang: Lang) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text)
            .map_err(|error| ConfigError::from_toml_in(path, text, &error, lang))?;
        let mut config = Config::default();
        let at = Place { text, path, lang };

        config.data.db = raw
            .data
            .db
            .map(|db| expand_path(&db, "data.db", at))
            .transpose()?;
        config.data.reports_dir = raw
            .data
            .reports_dir
            .map(|dir| expand_path(&dir, "data.reports_dir", at))
            .transpose()?;

        if let Some(week_start) = raw.general.week_start {
            config.general.week_start = week_start;
        }
        if let Some(minutes) = raw.general.response_target_minutes {
            config.general.response_target_minutes =
                at_least_one(&minutes, "general.response_target_minutes", at)?;
        }
        if let Some(language) = &raw.general.language {
            let chosen = Lang::ALL
                .into_iter()
                .find(|known| known.code() == language.get_ref().trim());
            config.general.language = Some(chosen.ok_or_else(|| {
                at.error(
                    language.span(),
                    "general.language",
                    at.lang.text_with(
                        "error-config-unknown-language",
                        &[(
                            "language",
                            Arg::Text(&crate::text::sanitize_line(language.get_ref())),
                        )],
                    ),
                )
            })?);
        }

        for (name, channel) in &raw.channels {
            let key = format!("channels.{}", name.get_ref());
            let network = Network::parse(name.get_ref()).ok_or_else(|| {
                let known: Vec<_> = Network::ALL
                    .iter()
                    .map(|network| network.as_str())
                    .collect();
                let message = lang.text_with(
                    "error-config-unknown-network",
                    &[
                        ("network", Arg::Text(name.get_ref())),
                        ("known", Arg::Text(&known.join(", "))),
                    ],
                );
                ConfigError::at(path, text, name.span(), key.clone(), message)
            })?;
            let defaults = config.channels.entry(network).or_insert(ChannelDefaults {
                char_limit: network.default_char_limit(),
                slots: None,
            });
            if let Some(limit) = &channel.char_limit {
                defaults.char_limit = at_least_one(limit, &format!("{key}.char_limit"), at)?;
            }
            if let Some(slots) = &channel.slots {
                crate::analytics::parse_slots(slots.get_ref()).map_err(|error| {
                    ConfigError::at(
                        path,
                        text,
                        slots.span(),
                        format!("{key}.slots"),
                        error.to_string(),
                    )
                })?;
                defaults.slots = Some(slots.get_ref().clone());
            }
        }

        if let Some(minutes) = raw.calendar.min_gap_minutes {
            config.calendar.min_gap_minutes = minutes;
        }
        if let Some(auto) = raw.calendar.evergreen_auto {
            config.calendar.evergreen_auto = auto;
        }
        if let Some(weeks) = raw.calendar.best_time_weeks {
            config.calendar.best_time_weeks = at_least_one(&weeks, "calendar.best_time_weeks", at)?;
        }
        if let Some(posts) = raw.calendar.best_time_min_posts {
            config.calendar.best_time_min_posts =
                at_least_one(&posts, "calendar.best_time_min_posts", at)? as usize;
        }

        config.inbox = inbox::inbox_config(&raw.inbox, at)?;
        config.feeds = feeds::feeds_config(&raw.feeds, at)?;
        config.scores = scores::scores_config(&raw.scores, at)?;

        config.keymap = Keymap::defaults()
            .with_overrides_in(&raw.keys, lang)
            .map_err(|error| ConfigError::at(path, text, error.span, error.key, error.message))?;
        Ok(config)
    }

    /// The database file: `data.db`, or `cmdeck.sqlite3` in the platform data folder.
    pub fn db_path(&self) -> Option<PathBuf> {
        self.data
            .db
            .clone()
            .or_else(|| Config::default_data_dir().map(|dir| dir.join("cmdeck.sqlite3")))
    }

    /// The report folder: `data.reports_dir`, or `reports` in the platform data folder.
    pub fn reports_dir(&self) -> Option<PathBuf> {
        self.data
            .reports_dir
            .clone()
            .or_else(|| Config::default_data_dir().map(|dir| dir.join("reports")))
    }

    /// The post length limit of `network`: the `[channels]` override or the network's default.
    pub fn char_limit(&self, network: Network) -> u32 {
        self.channels.get(&network).map_or_else(
            || network.default_char_limit(),
            |channel| channel.char_limit,
        )
    }
}

/// The config file being read: its text and path, to place an error, and the language errors
/// are worded in.
#[derive(Clone, Copy)]
pub(crate) struct Place<'a> {
    /// The whole text of the file.
    pub text: &'a str,
    /// The file, named in errors.
    pub path: &'a Path,
    /// The language of the messages.
    pub lang: Lang,
}

impl Place<'_> {
    /// An error at the `span` of an entry with `key`.
    pub(crate) fn error(
        &self,
        span: std::ops::Range<usize>,
        key: impl Into<String>,
        message: impl Into<String>,
    ) -> ConfigError {
        ConfigError::at(self.path, self.text, span, key, message)
    }
}

/// A positive number, or an error at its position.
fn at_least_one(value: &Spanned<u32>, key: &str, at: Place<'_>) -> Result<u32, ConfigError> {
    match *value.get_ref() {
        0 => Err(at.error(value.span(), key, at.lang.text("error-config-at-least-one"))),
        number => Ok(number),
    }
}

/// A `[data]` path with a leading `~/` replaced by the home folder.
fn expand_path(value: &Spanned<String>, key: &str, at: Place<'_>) -> Result<PathBuf, ConfigError> {
    let raw = value.get_ref();
    if raw.trim().is_empty() {
        return Err(at.error(value.span(), key, at.lang.text("error-config-empty-path")));
    }
    let rest = match raw
        .strip_prefix("~/")
        .or_else(|| (raw == "~").then_some(""))
    {
        Some(rest) => rest,
        None => return Ok(PathBuf::from(raw)),
    };
    match BaseDirs::new() {
        Some(dirs) => Ok(dirs.home_dir().join(rest)),
        None => Err(at.error(value.span(), key, at.lang.text("error-config-no-home"))),
    }
}

#[cfg(test)]
mod tests;
