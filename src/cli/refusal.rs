//! clap's refusals of a command line (an unknown option, a wrong value, a missing argument),
//! worded in the run's language: clap's own message in English, the catalogue's in Spanish.

use crate::i18n::{Arg, Lang};
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// What to print for `error`, a command line clap refused, in `lang`: English is clap's own
/// rendering; Spanish names the same argument, value and suggestion with the catalogue's words,
/// then the usage line and where to read more. Help and version requests are not refusals and
/// are rendered as clap renders them.
pub fn refusal(lang: Lang, error: &clap::Error) -> String {
    if lang == Lang::En
        || matches!(
            error.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return error.render().to_string();
    }
    let said = |kind| context(error, kind).unwrap_or_default();
    let arg = said(ContextKind::InvalidArg);
    let value = said(ContextKind::InvalidValue);
    let text = |key: &str| {
        lang.text_with(
            key,
            &[("arg", Arg::Text(&arg)), ("value", Arg::Text(&value))],
        )
    };
    let mut lines = vec![match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => text("cli-refusal-value-missing"),
        ErrorKind::InvalidValue => text("cli-refusal-invalid-value"),
        ErrorKind::UnknownArgument => text("cli-refusal-unknown-argument"),
        ErrorKind::InvalidSubcommand => lang.text_with(
            "cli-refusal-unknown-command",
            &[("value", Arg::Text(&said(ContextKind::InvalidSubcommand)))],
        ),
        ErrorKind::MissingRequiredArgument => text("cli-refusal-missing-argument"),
        ErrorKind::MissingSubcommand => text("cli-refusal-missing-command"),
        ErrorKind::ArgumentConflict => lang.text_with(
            "cli-refusal-conflict",
            &[
                ("arg", Arg::Text(&arg)),
                ("other", Arg::Text(&said(ContextKind::PriorArg))),
            ],
        ),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            lang.text_with(
                "cli-refusal-value-refused",
                &[
                    ("arg", Arg::Text(&arg)),
                    ("value", Arg::Text(&value)),
                    ("why", Arg::Text(&why)),
                ],
            )
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            text("cli-refusal-wrong-values")
        }
        _ => lang.text("cli-refusal-not-understood"),
    }];
    if let Some(valid) = context(error, ContextKind::ValidValue) {
        lines.push(lang.text_with("cli-refusal-valid-values", &[("values", Arg::Text(&valid))]));
    }
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand] {
        if let Some(suggested) = context(error, kind) {
            lines.push(lang.text_with(
                "cli-refusal-suggestion",
                &[("suggested", Arg::Text(&suggested))],
            ));
        }
    }
    let mut out = format!("{}\n", lines.join("\n"));
    if let Some(usage) = context(error, ContextKind::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim();
        out.push_str(&format!(
            "\n{} {usage}\n",
            lang.text("cli-help-heading-usage")
        ));
    }
    out.push_str(&format!("\n{}\n", lang.text("cli-refusal-more")));
    out
}

/// One piece of what clap knows about a refusal, as plain text (several values joined by commas).
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    let text = match error.get(kind)? {
        ContextValue::String(text) => text.clone(),
        ContextValue::Strings(texts) => texts.join(", "),
        ContextValue::StyledStr(text) => text.to_string(),
        ContextValue::StyledStrs(texts) => texts
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    };
    Some(crate::text::sanitize_line(&text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::help::command;

    fn refused(lang: Lang, args: &[&str]) -> String {
        match command(lang).try_get_matches_from(args) {
            Ok(_) => panic!("{args:?} was accepted"),
            Err(error) => refusal(lang, &error),
        }
    }

    #[test]
    fn an_unknown_option_is_refused_in_spanish_with_clap_s_suggestion_and_the_usage_line() {
        let out = refused(Lang::Es, &["cmdeck", "today", "--jsn"]);
        assert!(
            out.starts_with("error: no se esperaba el argumento «--jsn»"),
            "{out}"
        );
        assert!(out.contains("Uso: cmdeck today"), "{out}");
        assert!(
            out.contains("Para más información, prueba «--help»."),
            "{out}"
        );
        assert!(!out.contains("Usage"), "{out}");
    }

    #[test]
    fn a_language_cmdeck_does_not_speak_is_refused_in_spanish_naming_the_value_and_why() {
        let out = refused(Lang::Es, &["cmdeck", "--lang", "fr", "today"]);
        assert!(out.contains("«fr»"), "{out}");
        assert!(out.contains("--lang"), "{out}");
        assert!(
            out.starts_with("error: valor no válido «fr» para --lang"),
            "{out}"
        );
    }

    #[test]
    fn an_unknown_command_is_refused_in_spanish() {
        let out = refused(Lang::Es, &["cmdeck", "todya"]);
        assert!(
            out.starts_with("error: «todya» no es un comando de cmdeck"),
            "{out}"
        );
        assert!(out.contains("¿Querías decir «today»?"), "{out}");
    }

    #[test]
    fn a_missing_argument_is_refused_in_spanish() {
        let out = refused(Lang::Es, &["cmdeck", "restore"]);
        assert!(
            out.starts_with("error: falta un argumento obligatorio:"),
            "{out}"
        );
        assert!(out.contains("<BACKUP>"), "{out}");
        assert!(out.contains("Uso: cmdeck restore <BACKUP>"), "{out}");
    }

    #[test]
    fn an_english_refusal_is_clap_s_own() {
        let error = command(Lang::En)
            .try_get_matches_from(["cmdeck", "today", "--jsn"])
            .err();
        let out = error.as_ref().map(|e| refusal(Lang::En, e));
        assert_eq!(out, error.map(|e| e.render().to_string()));
    }
}
