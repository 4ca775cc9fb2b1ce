//! The catalogues and the formats: both languages hold the same keys and every message
//! formats; numbers and dates in each language; the language a run chooses.

use super::*;
use chrono::NaiveDate;
use fluent_syntax::ast::Entry;
use std::collections::BTreeSet;

fn keys(source: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("the catalogue does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn both_languages_hold_exactly_the_same_keys_in_each_area_and_no_key_twice() {
    let mut seen = BTreeSet::new();
    for (area, en, es) in catalogue_sources() {
        let (en, es) = (keys(en), keys(es));
        let only_en: Vec<_> = en.difference(&es).collect();
        let only_es: Vec<_> = es.difference(&en).collect();
        assert!(only_en.is_empty(), "missing in es/{area}.ftl: {only_en:?}");
        assert!(only_es.is_empty(), "missing in en/{area}.ftl: {only_es:?}");
        for key in en {
            assert!(
                seen.insert(key.clone()),
                "{key} is in {area}.ftl and in another file"
            );
        }
    }
    assert!(seen.len() >= 10, "{seen:?}");
}

#[test]
fn every_message_the_code_names_is_in_both_catalogues() {
    let known: BTreeSet<String> = catalogue_sources()
        .iter()
        .flat_map(|(_, en, _)| keys(en))
        .collect();
    let mut named = BTreeSet::new();
    keys_named_in(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut named,
    );
    let unknown: Vec<_> = named.difference(&known).collect();
    assert!(named.len() >= 10, "{named:?}");
    assert!(
        unknown.is_empty(),
        "named in the code, missing in the catalogues: {unknown:?}"
    );
}

/// The keys named as literals in `lang.text("…")`, `lang.text_with("…"` and the importers'
/// `Reason::new("…")` calls under `dir`.
fn keys_named_in(dir: &std::path::Path, named: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            keys_named_in(&path, named);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let code = std::fs::read_to_string(&path).unwrap_or_default();
            for call in [".text(", ".text_with(", "Reason::new("] {
                for (at, _) in code.match_indices(call) {
                    if call.starts_with('.') && !code[..at].trim_end().ends_with("lang") {
                        continue;
                    }
                    let Some(rest) = code[at + call.len()..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let key: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                        .collect();
                    if !key.is_empty() && rest[key.len()..].starts_with('"') {
                        named.insert(key);
                    }
                }
            }
        }
    }
}

#[test]
fn a_spanish_message_chooses_its_plural_form() {
    let one = Lang::Es.text_with(
        "today-mentions",
        &[
            ("new", Arg::Text("1")),
            ("count", Arg::Count(1)),
            ("negative", Arg::Text("0")),
            ("negatives", Arg::Count(0)),
        ],
    );
    assert_eq!(one, "Menciones: 1 nueva, 0 negativas");
    let many = Lang::Es.text_with(
        "today-mentions",
        &[
            ("new", Arg::Text("3")),
            ("count", Arg::Count(3)),
            ("negative", Arg::Text("1")),
            ("negatives", Arg::Count(1)),
        ],
    );
    assert_eq!(many, "Menciones: 3 nuevas, 1 negativa");
}

#[test]
fn numbers_and_shares_follow_the_language() {
    assert_eq!(count(Lang::En, 1_234_567), "1,234,567");
    assert_eq!(count(Lang::Es, 1_234_567), "1.234.567");
    assert_eq!(count(Lang::Es, -980), "-980");
    assert_eq!(decimal(Lang::En, 1234.5, 1), "1,234.5");
    assert_eq!(decimal(Lang::Es, 1234.5, 1), "1.234,5");
    assert_eq!(decimal(Lang::Es, 192.02, 2), "192,02");
    assert_eq!(decimal(Lang::Es, -0.001, 1), "0,0");
    assert_eq!(percent(Lang::En, 0.022), "2.2%");
    assert_eq!(percent(Lang::Es, 0.022), "2,2\u{a0}%");
}

#[test]
fn dates_are_written_with_the_languages_weekdays_and_months() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
    assert_eq!(long_date(Lang::En, day), "Monday 30 November 2026");
    assert_eq!(long_date(Lang::Es, day), "lunes, 30 de noviembre de 2026");
    assert_eq!(short_date(Lang::Es, day), "30 nov");
    assert_eq!(short_date(Lang::En, day), "30 Nov");
}

#[test]
fn the_flag_beats_the_config_which_beats_the_locale_which_beats_english() {
    let locale =
        |value: &'static str| move |name: &str| (name == "LANG").then(|| value.to_string());
    assert_eq!(Lang::choose(None, None, locale("es_ES.UTF-8")), Lang::Es);
    assert_eq!(
        Lang::choose(None, Some(Lang::En), locale("es_ES.UTF-8")),
        Lang::En
    );
    assert_eq!(
        Lang::choose(Some(Lang::Es), Some(Lang::En), locale("C")),
        Lang::Es
    );
    assert_eq!(Lang::choose(None, None, locale("fr_FR.UTF-8")), Lang::En);
    assert_eq!(Lang::choose(None, None, |_: &str| None), Lang::En);
    let all = |name: &str| match name {
        "LC_ALL" => Some(String::new()),
        "LC_MESSAGES" => Some("es_MX".to_string()),
        _ => Some("en_US.UTF-8".to_string()),
    };
    assert_eq!(
        Lang::from_locale(all),
        Some(Lang::Es),
        "an empty LC_ALL is skipped"
    );
    assert_eq!(Lang::parse("ES"), Some(Lang::Es));
    assert_eq!(Lang::parse("de"), None);
}

#[test]
fn dates_times_ages_and_money_read_as_each_language_writes_them() {
    let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let at = monday.and_hms_opt(9, 30, 0).unwrap();
    assert_eq!(dated(Lang::En, at, "%a %d %b %H:%M"), "Mon 30 Nov 09:30");
    assert_eq!(dated(Lang::Es, at, "%a %d %b %H:%M"), "lun 30 nov 09:30");
    assert_eq!(
        dated(Lang::Es, monday, "%A %-d de %B, 100%%"),
        "lunes 30 de noviembre, 100%"
    );
    assert_eq!(week_number(Lang::Es, 49), "semana 49");
    assert_eq!(money(Lang::Es, 19_202), "192,02\u{a0}€");
    assert_eq!(money(Lang::En, 123_450), "1,234.50\u{a0}€");
    assert_eq!(minutes(Lang::Es, Some(125.0)), "2 h 05 min");
    assert_eq!(minutes(Lang::En, None), "no data");
    assert_eq!(share(Lang::Es, None), "sin datos");
    let now = at.and_utc();
    assert_eq!(
        ago(Lang::Es, now - chrono::Duration::days(2), now),
        "hace 2 d"
    );
    assert_eq!(
        ago(Lang::En, now - chrono::Duration::hours(3), now),
        "3h ago"
    );
    assert_eq!(delta(Lang::Es, 2_500, 1_000), "▲ 1.500");
}
