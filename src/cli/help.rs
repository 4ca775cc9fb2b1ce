//! The command line in the run's language: the language is found in the raw arguments before clap
//! parses them (`--lang`, else the config's `[general] language`, else the locale, else English),
//! and in Spanish every `about`, every argument's help, the values' descriptions and clap's own
//! headings come from the catalogue (`assets/i18n/*/cli.ftl`). English is the derive as written.

use super::Cli;
use crate::i18n::{Arg, Lang};
use clap::{CommandFactory, FromArgMatches};
use std::ffi::OsString;
use std::path::PathBuf;

/// Reads the process's command line with its `--help` in the run's language: the parsed
/// command line, or — after printing the help or version asked for, or clap's refusal worded in
/// that language — the exit code the run ends with (0 for help and version, 2 for a refusal).
pub fn parse() -> Result<Cli, std::process::ExitCode> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = language_of(&args, |name| std::env::var(name).ok());
    let parsed = command(lang)
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    parsed.map_err(|error| refused(lang, &error))
}

/// Prints clap's refusal (or the help or version asked for) in `lang`, returning the exit code
/// clap would end with.
fn refused(lang: Lang, error: &clap::Error) -> std::process::ExitCode {
    use std::io::Write as _;
    let text = super::refusal::refusal(lang, error);
    // A closed stdout or stderr leaves nothing to tell; the exit code still says it.
    if error.use_stderr() {
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        let _ = std::io::stdout().write_all(text.as_bytes());
    }
    std::process::ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// The language of a run from its raw arguments: `--lang es` / `--lang=es`, else the config
/// file's `[general] language` (`--config FILE` or the default one, read quietly: a broken config
/// only means it does not decide), else the locale variables, else English.
pub fn language_of(args: &[OsString], variable: impl Fn(&str) -> Option<String>) -> Lang {
    let flag = option_value(args, "--lang").and_then(|typed| {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == typed.trim())
    });
    let configured = || {
        let explicit = option_value(args, "--config").map(PathBuf::from);
        crate::config::Config::load(explicit.as_deref())
            .ok()
            .and_then(|config| config.general.language)
    };
    match flag {
        Some(lang) => lang,
        None => Lang::choose(None, configured(), variable),
    }
}

/// The value of `--name VALUE` or `--name=VALUE` among the arguments before a `--`.
fn option_value(args: &[OsString], name: &str) -> Option<String> {
    let mut words = args
        .iter()
        .skip(1)
        .map(|arg| arg.to_string_lossy())
        .take_while(|arg| arg != "--");
    let mut found = None;
    while let Some(word) = words.next() {
        if word == name {
            found = words.next().map(|value| value.into_owned());
        } else if let Some(value) = word.strip_prefix(name).and_then(|w| w.strip_prefix('=')) {
            found = Some(value.to_string());
        }
    }
    found
}

/// The command line's definition in `lang`: the derive itself in English; in Spanish the same
/// commands and arguments with every text a person reads taken from the catalogue.
pub fn command(lang: Lang) -> clap::Command {
    let mut command = Cli::command();
    if lang == Lang::En {
        return command;
    }
    command.build();
    let headings = Headings {
        commands: leak(lang.text("cli-help-heading-commands")),
        arguments: leak(lang.text("cli-help-heading-arguments")),
        options: leak(lang.text("cli-help-heading-options")),
    };
    translate(command, "cmdeck", lang, &headings)
}

/// clap's section headings in the language of the run.
struct Headings {
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
}

/// A heading kept for the life of the process, as clap asks without its `string` feature (three
/// short texts, once per run).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Translates one command and, recursively, its subcommands; `path` is its full name
/// (`cmdeck post add`).
fn translate(command: clap::Command, path: &str, lang: Lang, headings: &Headings) -> clap::Command {
    let mut command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            lang.text("cli-help-heading-usage")
        ))
        .subcommand_help_heading(headings.commands);
    if let Some(about) = command_about(lang, path) {
        command = command.about(about);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    let name = command.get_name().to_string();
    for id in ids {
        command = command.mut_arg(&id, |arg| translate_arg(arg, path, &name, lang, headings));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for sub in names {
        let sub_path = format!("{path} {sub}");
        command = command.mut_subcommand(&sub, |sub| translate(sub, &sub_path, lang, headings));
    }
    command
}

/// One argument in `lang`: its help, its default and its possible values, under a translated
/// heading.
fn translate_arg(
    arg: clap::Arg,
    path: &str,
    command: &str,
    lang: Lang,
    headings: &Headings,
) -> clap::Arg {
    let id = arg.get_id().to_string();
    let heading = if arg.is_positional() {
        headings.arguments
    } else {
        headings.options
    };
    let mut arg = arg.help_heading(heading);
    if id == "help" && arg.get_long_help().is_some() {
        return arg
            .help(lang.text("cli-help-print-help-short"))
            .long_help(lang.text("cli-help-print-help-long"));
    }
    let Some(mut help) = arg_help(lang, path, &id) else {
        return arg;
    };
    let mut long = None;
    if arg.get_action().takes_values() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|value| value.to_string_lossy().into_owned())
            .collect();
        let values: Vec<(String, Option<String>)> = arg
            .get_possible_values()
            .iter()
            .filter(|value| !value.is_hide_set())
            .map(|value| {
                let name = value.get_name().to_string();
                let help = value_help(lang, command, &id, &name);
                (name, help)
            })
            .collect();
        let mut short = help.clone();
        let mut detailed = help.clone();
        if !values.is_empty() {
            let names: Vec<&str> = values.iter().map(|(name, _)| name.as_str()).collect();
            short.push(' ');
            short.push_str(&lang.text_with(
                "cli-help-possible-values",
                &[("values", Arg::Text(&names.join(", ")))],
            ));
            if values.iter().any(|(_, help)| help.is_some()) {
                detailed.push_str("\n\n");
                detailed.push_str(&lang.text("cli-help-possible-values-heading"));
                for (name, help) in &values {
                    match help {
                        Some(help) => detailed.push_str(&format!("\n  - {name}: {help}")),
                        None => detailed.push_str(&format!("\n  - {name}")),
                    }
                }
            } else {
                detailed = short.clone();
            }
            arg = arg.hide_possible_values(true);
        }
        if !defaults.is_empty() {
            let default = lang.text_with(
                "cli-help-default",
                &[("value", Arg::Text(&defaults.join(", ")))],
            );
            short = format!("{short} {default}");
            detailed = format!("{detailed}\n\n{default}");
            arg = arg.hide_default_value(true);
        }
        if detailed != short {
            long = Some(detailed);
        }
        help = short;
    }
    arg = arg.help(help);
    if let Some(long) = long {
        arg = arg.long_help(long);
    }
    arg
}

/// The `about` of the command at `path` in `lang`.
fn command_about(lang: Lang, path: &str) -> Option<String> {
    Some(match path {
        "cmdeck" => lang.text("cli-help-cmdeck"),
        "cmdeck demo" => lang.text("cli-help-demo"),
        "cmdeck today" => lang.text("cli-help-today"),
        "cmdeck post" => lang.text("cli-help-post"),
        "cmdeck post add" => lang.text("cli-help-post-add"),
        "cmdeck post list" => lang.text("cli-help-post-list"),
        "cmdeck import" => lang.text("cli-help-import"),
        "cmdeck import messages" => lang.text("cli-help-import-messages"),
        "cmdeck import mentions" => lang.text("cli-help-import-mentions"),
        "cmdeck import audience" => lang.text("cli-help-import-audience"),
        "cmdeck import posts" => lang.text("cli-help-import-posts"),
        "cmdeck import all" => lang.text("cli-help-import-all"),
        "cmdeck import feed" => lang.text("cli-help-import-feed"),
        "cmdeck people" => lang.text("cli-help-people"),
        "cmdeck people import" => lang.text("cli-help-people-import"),
        "cmdeck people list" => lang.text("cli-help-people-list"),
        "cmdeck people add" => lang.text("cli-help-people-add"),
        "cmdeck channel" => lang.text("cli-help-channel"),
        "cmdeck channel add" => lang.text("cli-help-channel-add"),
        "cmdeck channel list" => lang.text("cli-help-channel-list"),
        "cmdeck channel edit" => lang.text("cli-help-channel-edit"),
        "cmdeck channel archive" => lang.text("cli-help-channel-archive"),
        "cmdeck channel restore" => lang.text("cli-help-channel-restore"),
        "cmdeck channel remove" => lang.text("cli-help-channel-remove"),
        "cmdeck audience" => lang.text("cli-help-audience"),
        "cmdeck audience record" => lang.text("cli-help-audience-record"),
        "cmdeck plan" => lang.text("cli-help-plan"),
        "cmdeck plan export" => lang.text("cli-help-plan-export"),
        "cmdeck plan import" => lang.text("cli-help-plan-import"),
        "cmdeck fetch" => lang.text("cli-help-fetch"),
        "cmdeck sentiment" => lang.text("cli-help-sentiment"),
        "cmdeck sentiment evaluate" => lang.text("cli-help-sentiment-evaluate"),
        "cmdeck sentiment learned" => lang.text("cli-help-sentiment-learned"),
        "cmdeck sentiment forget" => lang.text("cli-help-sentiment-forget"),
        "cmdeck report" => lang.text("cli-help-report"),
        "cmdeck export" => lang.text("cli-help-export"),
        "cmdeck check" => lang.text("cli-help-check"),
        "cmdeck backup" => lang.text("cli-help-backup"),
        "cmdeck backups" => lang.text("cli-help-backups"),
        "cmdeck restore" => lang.text("cli-help-restore"),
        // clap's own `help` subcommand, under any command.
        _ if path.ends_with(" help") || path.contains(" help ") => {
            lang.text("cli-help-help-subcommand")
        }
        _ => return None,
    })
}

/// The help of the argument `id` of the command at `path` in `lang`.
fn arg_help(lang: Lang, path: &str, id: &str) -> Option<String> {
    Some(match (path, id) {
        (_, "db") => lang.text("cli-arg-db"),
        (_, "config") => lang.text("cli-arg-config"),
        (_, "lang") => lang.text("cli-arg-lang"),
        (_, "help") => lang.text("cli-help-print-help"),
        (_, "version") => lang.text("cli-help-print-version"),
        (_, "subcommand") if path.ends_with(" help") => lang.text("cli-help-help-subcommand-arg"),
        ("cmdeck", "demo") => lang.text("cli-arg-cmdeck-demo"),
        ("cmdeck demo", "scale") => lang.text("cli-arg-demo-scale"),
        ("cmdeck post add", "channels") => lang.text("cli-arg-post-add-channels"),
        ("cmdeck post add", "at") => lang.text("cli-arg-post-add-at"),
        ("cmdeck post add", "status") => lang.text("cli-arg-post-add-status"),
        ("cmdeck post add", "pillar") => lang.text("cli-arg-post-add-pillar"),
        ("cmdeck post add", "campaign") => lang.text("cli-arg-post-add-campaign"),
        ("cmdeck post add", "text") => lang.text("cli-arg-post-add-text"),
        ("cmdeck post list", "from") => lang.text("cli-arg-post-list-from"),
        ("cmdeck post list", "to") => lang.text("cli-arg-post-list-to"),
        ("cmdeck post list", "channel") => lang.text("cli-arg-post-list-channel"),
        ("cmdeck post list", "status") => lang.text("cli-arg-post-list-status"),
        ("cmdeck post list", "format") => lang.text("cli-arg-post-list-format"),
        ("cmdeck import messages", "file") => lang.text("cli-arg-import-messages-file"),
        ("cmdeck import messages", "channel") => lang.text("cli-arg-import-messages-channel"),
        ("cmdeck import messages", "partial") => lang.text("cli-arg-import-messages-partial"),
        ("cmdeck import messages", "rejects") => lang.text("cli-arg-import-messages-rejects"),
        ("cmdeck import mentions", "file") => lang.text("cli-arg-import-mentions-file"),
        ("cmdeck import mentions", "partial") => lang.text("cli-arg-import-mentions-partial"),
        ("cmdeck import mentions", "rejects") => lang.text("cli-arg-import-mentions-rejects"),
        ("cmdeck import audience", "file") => lang.text("cli-arg-import-audience-file"),
        ("cmdeck import audience", "channel") => lang.text("cli-arg-import-audience-channel"),
        ("cmdeck import audience", "partial") => lang.text("cli-arg-import-audience-partial"),
        ("cmdeck import audience", "rejects") => lang.text("cli-arg-import-audience-rejects"),
        ("cmdeck import posts", "files") => lang.text("cli-arg-import-posts-files"),
        ("cmdeck import posts", "channel") => lang.text("cli-arg-import-posts-channel"),
        ("cmdeck import posts", "dry_run") => lang.text("cli-arg-import-posts-dry-run"),
        ("cmdeck import posts", "replies") => lang.text("cli-arg-import-posts-replies"),
        ("cmdeck import posts", "partial") => lang.text("cli-arg-import-posts-partial"),
        ("cmdeck import posts", "rejects") => lang.text("cli-arg-import-posts-rejects"),
        ("cmdeck import all", "dir") => lang.text("cli-arg-import-all-dir"),
        ("cmdeck import feed", "location") => lang.text("cli-arg-import-feed-location"),
        ("cmdeck people import", "file") => lang.text("cli-arg-people-import-file"),
        ("cmdeck people import", "partial") => lang.text("cli-arg-people-import-partial"),
        ("cmdeck people import", "rejects") => lang.text("cli-arg-people-import-rejects"),
        ("cmdeck people list", "role") => lang.text("cli-arg-people-list-role"),
        ("cmdeck people list", "format") => lang.text("cli-arg-people-list-format"),
        ("cmdeck people add", "name") => lang.text("cli-arg-people-add-name"),
        ("cmdeck people add", "role") => lang.text("cli-arg-people-add-role"),
        ("cmdeck people add", "tier") => lang.text("cli-arg-people-add-tier"),
        ("cmdeck people add", "handles") => lang.text("cli-arg-people-add-handles"),
        ("cmdeck people add", "tags") => lang.text("cli-arg-people-add-tags"),
        ("cmdeck people add", "reach") => lang.text("cli-arg-people-add-reach"),
        ("cmdeck people add", "notes") => lang.text("cli-arg-people-add-notes"),
        ("cmdeck people add", "follow_up") => lang.text("cli-arg-people-add-follow-up"),
        ("cmdeck channel add", "network") => lang.text("cli-arg-channel-add-network"),
        ("cmdeck channel add", "handle") => lang.text("cli-arg-channel-add-handle"),
        ("cmdeck channel add", "name") => lang.text("cli-arg-channel-add-name"),
        ("cmdeck channel add", "limit") => lang.text("cli-arg-channel-add-limit"),
        ("cmdeck channel list", "all") => lang.text("cli-arg-channel-list-all"),
        ("cmdeck channel list", "format") => lang.text("cli-arg-channel-list-format"),
        ("cmdeck channel edit", "channel") => lang.text("cli-arg-channel-edit-channel"),
        ("cmdeck channel edit", "name") => lang.text("cli-arg-channel-edit-name"),
        ("cmdeck channel edit", "limit") => lang.text("cli-arg-channel-edit-limit"),
        ("cmdeck channel edit", "handle") => lang.text("cli-arg-channel-edit-handle"),
        ("cmdeck channel archive", "channel") => lang.text("cli-arg-channel-archive-channel"),
        ("cmdeck channel restore", "channel") => lang.text("cli-arg-channel-restore-channel"),
        ("cmdeck channel remove", "channel") => lang.text("cli-arg-channel-remove-channel"),
        ("cmdeck audience record", "channel") => lang.text("cli-arg-audience-record-channel"),
        ("cmdeck audience record", "followers") => lang.text("cli-arg-audience-record-followers"),
        ("cmdeck audience record", "date") => lang.text("cli-arg-audience-record-date"),
        ("cmdeck plan export", "file") => lang.text("cli-arg-plan-export-file"),
        ("cmdeck plan export", "force") => lang.text("cli-arg-plan-export-force"),
        ("cmdeck plan import", "file") => lang.text("cli-arg-plan-import-file"),
        ("cmdeck sentiment evaluate", "files") => lang.text("cli-arg-sentiment-evaluate-files"),
        ("cmdeck sentiment evaluate", "lexicon") => lang.text("cli-arg-sentiment-evaluate-lexicon"),
        ("cmdeck sentiment evaluate", "misses") => lang.text("cli-arg-sentiment-evaluate-misses"),
        ("cmdeck report", "week") => lang.text("cli-arg-report-week"),
        ("cmdeck report", "from") => lang.text("cli-arg-report-from"),
        ("cmdeck report", "to") => lang.text("cli-arg-report-to"),
        ("cmdeck report", "out") => lang.text("cli-arg-report-out"),
        ("cmdeck report", "format") => lang.text("cli-arg-report-format"),
        ("cmdeck export", "format") => lang.text("cli-arg-export-format"),
        ("cmdeck export", "out") => lang.text("cli-arg-export-out"),
        ("cmdeck backup", "out") => lang.text("cli-arg-backup-out"),
        ("cmdeck restore", "file") => lang.text("cli-arg-restore-file"),
        _ => return None,
    })
}

/// The description of the value `value` of the argument `id` of `command` (its last name).
fn value_help(lang: Lang, command: &str, id: &str, value: &str) -> Option<String> {
    Some(match (command, id, value) {
        ("report", "format", "markdown") => lang.text("cli-value-report-markdown"),
        ("report", "format", "html") => lang.text("cli-value-report-html"),
        ("export", "format", "csv") => lang.text("cli-value-export-csv"),
        ("export", "format", "json") => lang.text("cli-value-export-json"),
        ("export", "format", "raw-csv") => lang.text("cli-value-export-raw-csv"),
        (_, "format", "text") => lang.text("cli-value-list-text"),
        (_, "format", "csv") => lang.text("cli-value-list-csv"),
        (_, "format", "json") => lang.text("cli-value-list-json"),
        (_, "format", "raw-csv") => lang.text("cli-value-list-raw-csv"),
        (_, "status", "idea") => lang.text("cli-value-status-idea"),
        (_, "status", "draft") => lang.text("cli-value-status-draft"),
        (_, "status", "scheduled") => lang.text("cli-value-status-scheduled"),
        (_, "status", "published") => lang.text("cli-value-status-published"),
        (_, "status", "cancelled") => lang.text("cli-value-status-cancelled"),
        (_, "role", "advocate") => lang.text("cli-value-role-advocate"),
        (_, "role", "influencer") => lang.text("cli-value-role-influencer"),
        (_, "role", "customer") => lang.text("cli-value-role-customer"),
        (_, "role", "journalist") => lang.text("cli-value-role-journalist"),
        (_, "role", "partner") => lang.text("cli-value-role-partner"),
        (_, "role", "detractor") => lang.text("cli-value-role-detractor"),
        (_, "role", "troll") => lang.text("cli-value-role-troll"),
        (_, "role", "other") => lang.text("cli-value-role-other"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    fn help(lang: Lang, words: &[&str]) -> String {
        match command(lang).try_get_matches_from(args(words)) {
            Err(error) => error.render().to_string(),
            Ok(_) => panic!("{words:?} did not print the help"),
        }
    }

    #[test]
    fn the_flag_is_found_in_both_spellings_and_beats_the_locale() {
        let spanish = |_: &str| Some("es_ES.UTF-8".to_string());
        let english = |_: &str| Some("C.UTF-8".to_string());
        assert_eq!(
            language_of(&args(&["cmdeck", "--lang", "es", "--help"]), english),
            Lang::Es
        );
        assert_eq!(
            language_of(&args(&["cmdeck", "post", "--lang=es"]), english),
            Lang::Es
        );
        assert_eq!(
            language_of(&args(&["cmdeck", "--lang", "en", "--help"]), spanish),
            Lang::En
        );
    }

    #[test]
    fn the_config_file_decides_before_the_locale_and_a_broken_one_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.toml");
        std::fs::write(&good, "[general]\nlanguage = \"es\"\n").unwrap();
        let broken = dir.path().join("broken.toml");
        std::fs::write(&broken, "[general\nlanguage = ").unwrap();
        let english = |_: &str| Some("C.UTF-8".to_string());
        let spanish = |_: &str| Some("es_ES.UTF-8".to_string());
        let good = good.to_string_lossy().into_owned();
        let broken = broken.to_string_lossy().into_owned();
        assert_eq!(
            language_of(&args(&["cmdeck", "--config", &good, "--help"]), english),
            Lang::Es
        );
        assert_eq!(
            language_of(&args(&["cmdeck", &format!("--config={broken}")]), spanish),
            Lang::Es
        );
        assert_eq!(
            language_of(&args(&["cmdeck", "--config", &broken]), english),
            Lang::En
        );
    }

    #[test]
    fn the_english_help_is_the_derive_unchanged() {
        let plain = match Cli::command().try_get_matches_from(args(&["cmdeck", "post", "--help"])) {
            Err(error) => error.render().to_string(),
            Ok(_) => panic!("no help"),
        };
        assert_eq!(help(Lang::En, &["cmdeck", "post", "--help"]), plain);
    }

    #[test]
    fn the_spanish_help_translates_abouts_arguments_values_and_clap_headings() {
        let top = help(Lang::Es, &["cmdeck", "--help"]);
        for expected in [
            "Uso:",
            "Comandos:",
            "Opciones:",
            "Muestra la ayuda",
            "marca de demostración",
        ] {
            assert!(top.contains(expected), "{expected:?} missing in:\n{top}");
        }
        for english in [
            "Usage:",
            "Commands:",
            "Options:",
            "Print help",
            "Print version",
        ] {
            assert!(!top.contains(english), "{english:?} left in:\n{top}");
        }
        let list = help(Lang::Es, &["cmdeck", "post", "list", "--help"]);
        assert!(list.contains("Valores posibles:"), "{list}");
        assert!(list.contains("[predeterminado: text]"), "{list}");
        assert!(list.contains("Descartada"), "{list}");
        let add = help(Lang::Es, &["cmdeck", "post", "add", "-h"]);
        assert!(add.contains("Argumentos:"), "{add}");
        assert!(add.contains("El texto de la publicación"), "{add}");
        assert!(!add.contains("cli-"), "{add}");
    }

    #[test]
    fn every_command_and_argument_has_its_spanish_help() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            if command_about(Lang::Es, path).is_none() {
                missing.push(path.to_string());
            }
            for arg in command.get_arguments() {
                if arg_help(Lang::Es, path, arg.get_id().as_str()).is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut tree = Cli::command();
        tree.build();
        let mut missing = Vec::new();
        walk(&tree, "cmdeck", &mut missing);
        assert!(missing.is_empty(), "no Spanish help for {missing:?}");
        let parsed = command(Lang::Es)
            .try_get_matches_from(args(&["cmdeck", "post", "list", "--status", "draft"]))
            .unwrap();
        assert!(Cli::from_arg_matches(&parsed).is_ok());
        let unknown: Vec<_> = crate::i18n::missing_messages()
            .into_iter()
            .filter(|key| key.contains("cli-"))
            .collect();
        assert!(unknown.is_empty(), "{unknown:?}");
    }
}
