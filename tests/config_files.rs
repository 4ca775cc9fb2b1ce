//! Every file in `tests/configs/{valid,invalid}/` through the real loader, and the example config.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use cmdeck::config::Config;

/// The `.toml` files of one fixture folder, sorted, so new fixtures are covered automatically.
fn fixtures(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/configs")
        .join(folder);
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_valid_config_loads() {
    let files = fixtures("valid");
    assert!(files.len() >= 4, "expected at least 4 valid fixtures");
    for path in files {
        if let Err(error) = Config::load_from(&path) {
            panic!("{} should load, got: {error}", path.display());
        }
    }
}

#[test]
fn every_invalid_config_fails_with_one_line_naming_the_file_and_line() {
    let files = fixtures("invalid");
    assert!(files.len() >= 6, "expected at least 6 invalid fixtures");
    for path in files {
        let message = match Config::load_from(&path) {
            Ok(_) => panic!("{} should be refused", path.display()),
            Err(error) => error.to_string(),
        };
        println!("{message}");
        assert!(
            message.starts_with(&path.display().to_string()),
            "{message}"
        );
        assert!(message.contains(", line "), "no line number in: {message}");
        assert!(!message.contains('\n'), "more than one line: {message}");
        assert!(
            !message.trim_end().ends_with(':'),
            "no message in: {message}"
        );
    }
}

#[test]
fn the_example_config_is_exactly_the_defaults() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    match Config::load_from(&path) {
        Ok(config) => assert_eq!(config, Config::default()),
        Err(error) => panic!("config.example.toml should load: {error}"),
    }
}

#[test]
fn the_example_config_documents_every_command_and_network() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let text = std::fs::read_to_string(path).expect("config.example.toml is readable");
    for command in cmdeck::command::Command::ALL {
        let help = format!("# {}", command.help());
        assert!(
            text.contains(&help),
            "config.example.toml lacks the help of `{command}`"
        );
    }
    for network in cmdeck::domain::enums::Network::ALL {
        assert!(
            text.contains(&format!("[channels.{network}]")),
            "config.example.toml lacks `{network}`"
        );
    }
    for scope in cmdeck::keymap::Scope::ALL {
        assert!(
            text.contains(&format!("[keys.{}]", scope.name())),
            "config.example.toml lacks `{}`",
            scope.name()
        );
    }
}

#[test]
fn the_commented_inbox_examples_in_the_example_config_are_valid() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let text = std::fs::read_to_string(&path).expect("config.example.toml is readable");
    let keys = [
        "business_hours",
        "name",
        "contains",
        "channel",
        "kind",
        "role",
        "priority",
        "sentiment",
        "status",
        "saved_reply",
    ];
    let uncommented: Vec<&str> = text
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest)
                if rest == "[[inbox.rules]]"
                    || keys
                        .iter()
                        .any(|key| rest.starts_with(&format!("{key} = "))) =>
            {
                rest
            }
            _ => line,
        })
        .collect();
    match Config::parse(&uncommented.join("\n"), &path) {
        Ok(config) => {
            assert!(config.inbox.business_hours.is_some());
            assert_eq!(config.inbox.rules.len(), 2);
        }
        Err(error) => panic!("the inbox examples should load: {error}"),
    }
}

#[test]
fn the_commented_feed_examples_in_the_example_config_are_valid() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let text = std::fs::read_to_string(&path).expect("config.example.toml is readable");
    let feeds: Vec<&str> = text
        .lines()
        .filter_map(|line| line.strip_prefix("# "))
        .filter(|rest| {
            *rest == "[[feeds]]"
                || ["url = ", "name = ", "timeout_seconds = "]
                    .iter()
                    .any(|key| rest.trim_start().starts_with(key) && rest.starts_with("  "))
        })
        .collect();
    match Config::parse(&feeds.join("\n"), &path) {
        Ok(config) => {
            assert_eq!(config.feeds.len(), 2);
            assert_eq!(config.feeds[0].name.as_deref(), Some("Google Alerts"));
            assert_eq!(config.feeds[0].timeout.as_secs(), 10);
            assert_eq!(config.feeds[1].timeout.as_secs(), 20);
        }
        Err(error) => panic!("the feed examples should load: {error}"),
    }
}

#[test]
fn a_feed_with_a_scheme_other_than_http_is_refused_with_its_line_and_key() {
    let path = Path::new("feeds.toml");
    let text = "[[feeds]]\nurl = \"https://ok.example/rss\"\n\n[[feeds]]\nurl = \"ftp://x/rss\"\n";
    let error = Config::parse(text, path).expect_err("ftp is refused");
    assert_eq!(error.line, Some(5));
    assert_eq!(error.key.as_deref(), Some("feeds[2].url"));
    let file =
        Config::parse("[[feeds]]\nurl = \"feeds/alerts.xml\"\n", path).expect("a path is fine");
    assert!(!file.feeds[0].is_http());
    assert!(Config::parse("[[feeds]]\nname = \"x\"\n", path).is_err());
    assert!(Config::parse("[[feeds]]\nurl = \"a\"\nevery = 3\n", path).is_err());
}

#[test]
fn a_key_map_that_leaves_no_way_to_quit_or_to_leave_a_form_is_refused_naming_the_entry() {
    let quit = Config::load_from(Path::new("tests/configs/invalid/quit_unbound.toml"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        quit.contains("line 3") && quit.contains("keys.global.quit"),
        "{quit}"
    );
    assert!(quit.contains("signal"), "{quit}");
    let form = Config::load_from(Path::new("tests/configs/invalid/form_without_back.toml"))
        .err()
        .unwrap()
        .to_string();
    assert!(form.contains("keys.form.back"), "{form}");
}

#[test]
fn a_huge_value_in_the_config_is_never_echoed_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let huge = "x".repeat(5 * 1024 * 1024);
    std::fs::write(&path, format!("[general]\nweek_start = \"{huge}\"\n")).unwrap();
    let message = Config::load_from(&path).err().unwrap().to_string();
    assert!(message.len() < 1_000, "{} bytes", message.len());
    assert!(message.contains("characters in all"), "{message}");
    let key = format!("[general]\n{huge} = 1\n");
    std::fs::write(&path, key).unwrap();
    let message = Config::load_from(&path).err().unwrap().to_string();
    assert!(message.len() < 1_000, "{} bytes", message.len());
}

#[test]
fn every_invalid_config_fails_in_spanish_with_one_line_naming_the_file_and_line() {
    let lang = cmdeck::i18n::Lang::Es;
    for path in fixtures("invalid") {
        let message = match Config::load_from_in(&path, lang) {
            Ok(_) => panic!("{} should be refused", path.display()),
            Err(error) => error.message(lang),
        };
        println!("{message}");
        assert!(
            message.starts_with(&path.display().to_string()),
            "{message}"
        );
        assert!(message.contains(", línea "), "no line number in: {message}");
        assert!(!message.contains(", line "), "English in: {message}");
        assert!(!message.contains('\n'), "more than one line: {message}");
    }
    let missing = Config::load_in(Some(Path::new("no/such/config.toml")), lang)
        .err()
        .unwrap()
        .message(lang);
    assert_eq!(
        missing,
        "no/such/config.toml: el archivo de configuración no existe; revisa la ruta de --config"
    );
}
