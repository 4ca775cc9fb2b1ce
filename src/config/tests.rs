//! Unit tests of config parsing and validation.

use super::*;
use crate::command::Command;
use crate::keymap::Scope;

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::parse(text, Path::new("test.toml"))
}

fn fail(text: &str) -> ConfigError {
    match parse(text) {
        Ok(config) => panic!("expected an error, got {config:?}"),
        Err(error) => error,
    }
}

#[test]
fn an_empty_file_means_the_defaults() {
    assert_eq!(parse("").ok(), Some(Config::default()));
    let config = Config::default();
    assert_eq!(config.general.week_start, WeekStart::Monday);
    assert_eq!(config.general.response_target_minutes, 120);
    assert_eq!(config.char_limit(Network::X), 280);
    assert_eq!(config.channels.len(), Network::ALL.len());
}

#[test]
fn values_in_the_file_replace_the_defaults() {
    let config = parse(
        "[data]\ndb = \"/srv/cm.sqlite3\"\n[general]\nweek_start = \"sunday\"\nresponse_target_minutes = 30\n\
         [channels.mastodon]\nchar_limit = 1000\n[keys.global]\nquit = \"x\"\n",
    );
    let config = match config {
        Ok(config) => config,
        Err(error) => panic!("{error}"),
    };
    assert_eq!(config.db_path(), Some(PathBuf::from("/srv/cm.sqlite3")));
    assert_eq!(config.general.week_start, WeekStart::Sunday);
    assert_eq!(config.general.response_target_minutes, 30);
    assert_eq!(config.char_limit(Network::Mastodon), 1000);
    assert_eq!(config.char_limit(Network::Bluesky), 300);
    assert_eq!(config.keymap.label_for(Scope::Global, Command::Quit), "x");
}

#[test]
fn a_home_relative_data_path_is_expanded() {
    let config = parse("[data]\nreports_dir = \"~/reports\"\n").ok();
    let dir = config.and_then(|config| config.data.reports_dir);
    let home = BaseDirs::new().map(|dirs| dirs.home_dir().join("reports"));
    assert_eq!(dir, home);
}

#[test]
fn default_locations_fall_back_to_the_platform_data_folder() {
    let config = Config::default();
    if let Some(dir) = Config::default_data_dir() {
        assert_eq!(config.db_path(), Some(dir.join("cmdeck.sqlite3")));
        assert_eq!(config.reports_dir(), Some(dir.join("reports")));
    }
    if let Some(path) = Config::default_path() {
        assert!(path.ends_with("config.toml"));
    }
}

#[test]
fn an_unknown_field_names_its_line_and_key() {
    let error = fail("[general]\n\nwek_start = \"monday\"\n");
    assert_eq!(error.line, Some(3));
    assert_eq!(error.key.as_deref(), Some("general.wek_start"));
    assert!(
        error.message.starts_with("unknown field `wek_start`"),
        "{}",
        error.message
    );
}

#[test]
fn a_wrong_type_names_its_line_and_key() {
    let error = fail("[general]\nresponse_target_minutes = \"soon\"\n");
    assert_eq!(error.line, Some(2));
    assert_eq!(
        error.key.as_deref(),
        Some("general.response_target_minutes")
    );
    assert!(!error.to_string().contains('\n'));
}

#[test]
fn zero_minutes_and_zero_limits_are_refused() {
    let error = fail("[general]\nresponse_target_minutes = 0\n");
    assert_eq!(
        error.to_string(),
        "test.toml, line 2, key `general.response_target_minutes`: must be at least 1"
    );
    let error = fail("[channels.x]\nchar_limit = 0\n");
    assert_eq!(error.key.as_deref(), Some("channels.x.char_limit"));
}

#[test]
fn an_unknown_network_is_refused() {
    let error = fail("[channels.myspace]\nchar_limit = 10\n");
    assert_eq!(error.line, Some(1));
    assert_eq!(error.key.as_deref(), Some("channels.myspace"));
    assert!(
        error
            .message
            .starts_with("unknown network `myspace`; known networks: x, bluesky")
    );
}

#[test]
fn keymap_errors_carry_the_line_of_the_bad_entry() {
    let error = fail("# my keys\n[keys.global]\nquit = \"q\"\nlaunch = \"l\"\n");
    assert_eq!(error.line, Some(4));
    assert_eq!(error.key.as_deref(), Some("keys.global.launch"));
    let error = fail("[keys.global]\nquit = [\n  \"q\",\n  \"ctrl-shiftx\",\n]\n");
    assert_eq!(error.line, Some(4));
    assert_eq!(error.message, "unknown key `ctrl-shiftx`");
}

#[test]
fn an_explicit_path_that_does_not_exist_is_an_error() {
    let path = Path::new("/nonexistent/cmdeck/config.toml");
    let error = Config::load(Some(path))
        .err()
        .map(|error| error.to_string());
    assert_eq!(
        error.as_deref(),
        Some(
            "/nonexistent/cmdeck/config.toml: the config file does not exist; check the --config path"
        )
    );
}
