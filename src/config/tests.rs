//! Unit tests of config parsing and validation.

use super::*;
use crate::command::Command;
use crate::domain::enums::{MessageKind, MessageStatus, Priority, Role, Sentiment};
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

#[test]
fn the_inbox_defaults_to_no_business_hours_and_no_rules() {
    let config = Config::default();
    assert_eq!(config.inbox.business_hours, None);
    assert!(config.inbox.rules.is_empty());
}

#[test]
fn inbox_rules_and_business_hours_are_read_in_order() {
    let text = "[inbox]\nbusiness_hours = \"mon-fri 09:00-18:00\"\n\
        [[inbox.rules]]\nname = \"refunds\"\ncontains = [\"reembolso\", \"devolución\"]\n\
        priority = \"urgent\"\nsaved_reply = \"Disculpas por el retraso\"\n\
        [[inbox.rules]]\nname = \"reviews\"\nchannel = \"Instagram\"\nkind = \"review\"\n\
        role = \"detractor\"\nsentiment = \"negative\"\nstatus = \"escalated\"\n";
    let inbox = match parse(text) {
        Ok(config) => config.inbox,
        Err(error) => panic!("{error}"),
    };
    let hours = inbox.business_hours.map(|hours| hours.to_string());
    assert_eq!(hours.as_deref(), Some("mon-fri 09:00-18:00"));
    let [refunds, reviews] = inbox.rules.as_slice() else {
        panic!("expected two rules, got {:?}", inbox.rules);
    };
    assert_eq!(refunds.name, "refunds");
    assert_eq!(refunds.when.contains, ["reembolso", "devolución"]);
    assert_eq!(refunds.then.priority, Some(Priority::Urgent));
    assert_eq!(
        refunds.then.saved_reply.as_deref(),
        Some("Disculpas por el retraso")
    );
    assert_eq!(reviews.when.channel, Some(Network::Instagram));
    assert_eq!(reviews.when.kind, Some(MessageKind::Review));
    assert_eq!(reviews.when.role, Some(Role::Detractor));
    assert_eq!(reviews.then.sentiment, Some(Sentiment::Negative));
    assert_eq!(reviews.then.status, Some(MessageStatus::Escalated));
}

#[test]
fn bad_business_hours_name_their_line_and_key() {
    let error = fail("[inbox]\n\nbusiness_hours = \"funday 09:00-18:00\"\n");
    assert_eq!(error.line, Some(3));
    assert_eq!(error.key.as_deref(), Some("inbox.business_hours"));
    assert!(error.message.contains("unknown day `funday`"), "{error}");
}

#[test]
fn an_unknown_value_in_a_rule_names_the_rule_number_and_field() {
    let rule = |field: &str| {
        format!(
            "[[inbox.rules]]\nname = \"a\"\ncontains = [\"x\"]\npriority = \"low\"\n\
             [[inbox.rules]]\nname = \"b\"\ncontains = [\"y\"]\n{field}\n"
        )
    };
    let error = fail(&rule("priority = \"asap\""));
    assert_eq!(
        error.to_string(),
        "test.toml, line 8, key `inbox.rules[2].priority`: unknown priority `asap`; use one of: low, normal, high, urgent"
    );
    for (field, key) in [
        ("channel = \"myspace\"", "inbox.rules[2].channel"),
        ("kind = \"tweet\"", "inbox.rules[2].kind"),
        ("role = \"villain\"", "inbox.rules[2].role"),
        ("sentiment = \"angry\"", "inbox.rules[2].sentiment"),
        ("status = \"closed\"", "inbox.rules[2].status"),
        ("colour = \"red\"", "inbox.rules[2].colour"),
    ] {
        let error = fail(&rule(field));
        assert_eq!((error.line, error.key.as_deref()), (Some(8), Some(key)));
    }
}

#[test]
fn a_rule_needs_a_name_a_condition_an_action_and_no_blank_words() {
    let error = fail("[[inbox.rules]]\nname = \"all\"\npriority = \"urgent\"\n");
    assert_eq!(error.key.as_deref(), Some("inbox.rules[1]"));
    assert!(error.message.contains("no condition"), "{error}");
    let error = fail("[[inbox.rules]]\nname = \"idle\"\nchannel = \"x\"\n");
    assert!(error.message.contains("no action"), "{error}");
    let error = fail("[[inbox.rules]]\nchannel = \"x\"\npriority = \"low\"\n");
    assert!(error.message.contains("no name"), "{error}");
    let error =
        fail("[[inbox.rules]]\nname = \"a\"\ncontains = [\"x\", \" \"]\npriority = \"low\"\n");
    assert_eq!(error.key.as_deref(), Some("inbox.rules[1].contains"));
    let error = fail(
        "[[inbox.rules]]\nname = \"a\"\nchannel = \"x\"\npriority = \"low\"\n\
         [[inbox.rules]]\nname = \"a\"\nchannel = \"web\"\npriority = \"low\"\n",
    );
    assert_eq!(error.key.as_deref(), Some("inbox.rules[2].name"));
    assert!(error.message.contains("used twice"), "{error}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any text, config-like or not, loads or is refused in one bounded line; it never panics.
    #[test]
    fn any_config_text_loads_or_is_refused_in_one_short_line(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "[general]\n", "[keys.global]\n", "[keys.form]\n", "[[feeds]]\n", "[[inbox.rules]]\n",
                "week_start = ", "quit = ", "back = ", "url = ", "\"monday\"", "[]", "\"q\"",
                "\"esc\"", "\"file:///x\"", "7", "-1", "\n", "=", "\"", "\u{1b}[31m", "x",
                "response_target_minutes = ", "[calendar]\n", "best_time_weeks = ",
            ]),
            0..30,
        )
    ) {
        let text: String = pieces.concat();
        if let Err(error) = Config::parse(&text, std::path::Path::new("config.toml")) {
            let message = error.to_string();
            proptest::prop_assert!(!message.contains('\n'), "{}", message);
            proptest::prop_assert!(message.chars().count() < 600, "{}", message);
        }
    }
}

fn fail_in_spanish(text: &str) -> ConfigError {
    match Config::parse_in(text, Path::new("test.toml"), crate::i18n::Lang::Es) {
        Ok(config) => panic!("expected an error, got {config:?}"),
        Err(error) => error,
    }
}

#[test]
fn a_broken_config_is_refused_in_spanish_naming_its_line_and_key() {
    let error = fail_in_spanish("[general]\n\nwek_start = \"monday\"\n");
    assert_eq!(error.line, Some(3));
    assert_eq!(
        error.message(crate::i18n::Lang::Es),
        "test.toml, línea 3, clave `general.wek_start`: campo desconocido `wek_start`; se esperaba uno de `week_start`, `response_target_minutes`, `language`"
    );
    let error = fail_in_spanish("[calendar]\nbest_time_weeks = 0\n");
    assert_eq!(
        error.message(crate::i18n::Lang::Es),
        "test.toml, línea 2, clave `calendar.best_time_weeks`: debe ser 1 como mínimo"
    );
    let error = fail_in_spanish("[channels.myspace]\nchar_limit = 500\n");
    assert!(
        error
            .message(crate::i18n::Lang::Es)
            .starts_with("test.toml, línea 1, clave `channels.myspace`: red desconocida `myspace`; las redes que conoce son: x, bluesky"),
        "{}",
        error.message(crate::i18n::Lang::Es)
    );
    let error = fail_in_spanish("[general\nweek_start = \"monday\"\n");
    assert_eq!(
        error.message(crate::i18n::Lang::Es),
        "test.toml, línea 1: tabla sin cerrar; se esperaba `]`"
    );
    let missing: Vec<_> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|key| key.contains("error-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn refused_values_of_feeds_rules_and_scores_are_worded_in_spanish() {
    let error = fail_in_spanish("[[feeds]]\nurl = \"gopher://example.com/feed\"\n");
    assert_eq!(
        error.message(crate::i18n::Lang::Es),
        "test.toml, línea 2, clave `feeds[1].url`: debe ser una dirección http:// o https://, una URL file:// o la ruta de un archivo"
    );
    let error = fail_in_spanish("[scores]\nhostile = -1.5\n");
    assert_eq!(error.message, "debe ser 0 o más, no -1.5");
    let error =
        fail_in_spanish("[[inbox.rules]]\ncontains = [\"reembolso\"]\npriority = \"high\"\n");
    assert!(
        error.message.starts_with("la regla no tiene nombre"),
        "{error}"
    );
    let error = fail_in_spanish("[general]\nresponse_target_minutes = \"dos horas\"\n");
    assert_eq!(
        error.message,
        "tipo no válido: el texto \"dos horas\"; se esperaba un número entero"
    );
}

#[test]
fn the_same_broken_config_still_reads_in_english_by_default() {
    let error = fail("[calendar]\nbest_time_weeks = 0\n");
    assert_eq!(error.message(crate::i18n::Lang::En), error.to_string());
    assert_eq!(
        error.to_string(),
        "test.toml, line 2, key `calendar.best_time_weeks`: must be at least 1"
    );
}

#[test]
fn a_refused_key_binding_is_worded_in_spanish_naming_its_line_and_entry() {
    let error = fail_in_spanish("[keys.global]\nquit = \"ctrl+nope\"\n");
    assert_eq!(
        error.message(crate::i18n::Lang::Es),
        "test.toml, línea 2, clave `keys.global.quit`: `ctrl+nope` no es una tecla conocida"
    );
    let error = fail_in_spanish("[keys.global]\nquit = []\n");
    assert!(
        error
            .message(crate::i18n::Lang::Es)
            .contains("`quit` debe conservar al menos una tecla; si no, solo una señal podría cerrar cmdeck; dale una tecla como \"q\""),
        "{}",
        error.message(crate::i18n::Lang::Es)
    );
    let error = fail_in_spanish("[keys.sidebar]\nquit = \"q\"\n");
    assert!(
        error
            .message(crate::i18n::Lang::Es)
            .contains("`sidebar` no es un ámbito de teclas; los que hay: global"),
        "{}",
        error.message(crate::i18n::Lang::Es)
    );
}
