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
fn both_catalogues_parse_and_hold_exactly_the_same_keys() {
    let [(_, en), (_, es)] = catalogue_sources();
    let (en, es) = (keys(en), keys(es));
    let only_en: Vec<_> = en.difference(&es).collect();
    let only_es: Vec<_> = es.difference(&en).collect();
    assert!(only_en.is_empty(), "missing in es.ftl: {only_en:?}");
    assert!(only_es.is_empty(), "missing in en.ftl: {only_es:?}");
    assert!(en.len() >= 10, "{en:?}");
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
