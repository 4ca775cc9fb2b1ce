//! Unit tests of listening rules: accents, exclusions, whole words, phrases, handles, filters
//! and the order of kinds.

use super::*;

fn rule(id: i64, kind: RuleKind, terms: &str, exclusions: &str) -> ListeningRule {
    ListeningRule::from_stored(id, &format!("rule {id}"), kind, terms, exclusions, "", "")
}

fn matched(rules: &[ListeningRule], text: &str) -> Option<i64> {
    match_rule(rules, text, "x", None).map(|rule| rule.id)
}

#[test]
fn stored_lists_are_split_on_commas_and_blanks_are_dropped() {
    let rule = ListeningRule::from_stored(
        7,
        " Marca ",
        RuleKind::Brand,
        "café ,, Cafetería Luna , ",
        " , gratis",
        "  ",
        " es ",
    );
    assert_eq!(rule.name, "Marca");
    assert_eq!(rule.terms, ["café", "Cafetería Luna"]);
    assert_eq!(rule.exclusions, ["gratis"]);
    assert_eq!(rule.source, None);
    assert_eq!(rule.language.as_deref(), Some("es"));
}

#[test]
fn a_term_without_accents_matches_text_with_accents_and_capitals() {
    let rules = [rule(1, RuleKind::Brand, "cafe", "")];
    assert_eq!(matched(&rules, "¡Qué buen Café!"), Some(1));
    let rules = [rule(2, RuleKind::Brand, "CANCIÓN", "")];
    assert_eq!(matched(&rules, "una cancion nueva"), Some(2));
}

#[test]
fn an_exclusion_wins_over_a_term() {
    let rules = [rule(1, RuleKind::Brand, "ñora", "pimiento ñora")];
    assert_eq!(matched(&rules, "Gracias, Ñora, por todo"), Some(1));
    assert_eq!(matched(&rules, "Receta con pimiento ñora"), None);
    assert_eq!(matched(&rules, "PIMIENTO Nora y Ñora"), None);
}

#[test]
fn a_single_word_matches_whole_words_only() {
    let rules = [rule(1, RuleKind::Sector, "mal", "")];
    assert_eq!(matched(&rules, "huele a malva"), None);
    assert_eq!(matched(&rules, "normal"), None);
    assert_eq!(matched(&rules, "muy mal, la verdad"), Some(1));
}

#[test]
fn a_phrase_matches_its_words_in_a_row_across_punctuation() {
    let rules = [rule(1, RuleKind::Brand, "café luna", "")];
    assert_eq!(matched(&rules, "Fuimos a Café-Luna ayer"), Some(1));
    assert_eq!(matched(&rules, "el café... ¡Luna!"), Some(1));
    assert_eq!(matched(&rules, "café de la luna"), None);
    assert_eq!(matched(&rules, "cafés lunares"), None);
}

#[test]
fn a_handle_or_tag_term_matches_only_that_token() {
    let rules = [rule(1, RuleKind::Brand, "@cafeluna, #lunalovers", "")];
    assert_eq!(matched(&rules, "gracias @CafeLuna!"), Some(1));
    assert_eq!(matched(&rules, "hoy #LunaLovers"), Some(1));
    assert_eq!(matched(&rules, "gracias @cafeluna_oficial"), None);
    assert_eq!(matched(&rules, "gracias cafeluna"), None);
    assert_eq!(matched(&rules, "escribe a info@cafeluna.com"), None);
    assert_eq!(matched(&rules, "hoy @lunalovers"), None);
}

#[test]
fn a_plain_word_also_matches_as_a_handle_or_tag() {
    let rules = [rule(1, RuleKind::Brand, "cafeluna", "")];
    assert_eq!(matched(&rules, "#CafeLuna mola"), Some(1));
    assert_eq!(matched(&rules, "cc @cafeluna"), Some(1));
}

#[test]
fn a_rule_with_a_source_only_sees_that_source_ignoring_case() {
    let only_x = ListeningRule::from_stored(1, "only x", RuleKind::Brand, "luna", "", "X", "");
    let rules = [only_x];
    assert_eq!(match_rule(&rules, "luna", "x", None).map(|r| r.id), Some(1));
    assert_eq!(match_rule(&rules, "luna", "bluesky", None), None);
}

#[test]
fn a_rule_with_a_language_only_sees_that_language_or_an_unknown_one() {
    let spanish = ListeningRule::from_stored(1, "es", RuleKind::Sector, "luna", "", "", "es");
    let rules = [spanish];
    let lang = |language| match_rule(&rules, "luna", "x", language).map(|r| r.id);
    assert_eq!(lang(Some("ES")), Some(1));
    assert_eq!(lang(Some("es-MX")), Some(1));
    assert_eq!(lang(None), Some(1));
    assert_eq!(lang(Some("en")), None);
    assert_eq!(lang(Some("est")), None);
}

#[test]
fn brand_rules_come_before_competitors_and_competitors_before_sector() {
    let rules = [
        rule(1, RuleKind::Sector, "café", ""),
        rule(2, RuleKind::Competitor, "café", ""),
        rule(3, RuleKind::Brand, "café", ""),
        rule(4, RuleKind::Brand, "café", ""),
    ];
    assert_eq!(matched(&rules, "un café"), Some(3));
    assert_eq!(matched(&rules[..2], "un café"), Some(2));
    assert_eq!(matched(&rules[..1], "un café"), Some(1));
}

#[test]
fn an_excluded_brand_mention_falls_through_to_the_next_rule() {
    let rules = [
        rule(1, RuleKind::Sector, "café", ""),
        rule(2, RuleKind::Brand, "luna", "luna llena"),
    ];
    assert_eq!(matched(&rules, "café bajo la luna llena"), Some(1));
    assert_eq!(matched(&rules, "café en Luna"), Some(2));
}

#[test]
fn no_rule_matches_text_without_any_term() {
    let rules = [rule(1, RuleKind::Brand, "luna, , ", "")];
    assert_eq!(matched(&rules, "nada que ver"), None);
    assert_eq!(matched(&rules, ""), None);
    assert_eq!(matched(&[], "luna"), None);
}
