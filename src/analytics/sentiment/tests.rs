//! Rule-by-rule tests of the sentiment guess: negation, emoji, accents, phrases, intensifiers,
//! "pero" weighting, repeated letters, capitals, and the lexicon files themselves.

use super::*;
use crate::domain::enums::Sentiment::{Negative, Neutral, Positive};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn every_line_of_the_embedded_lexicon_files_parses() {
    let [(_, es), (_, en), (_, emoji), (_, modifiers)] = Lexicon::builtin_sources();
    let lexicon = Lexicon::parse(es, en, emoji, modifiers).expect("the embedded lexicon is usable");
    for line in lexicon.malformed() {
        println!("{}.txt line {}: {}", line.file, line.line, line.reason);
    }
    assert_eq!(lexicon.malformed().len(), 0);
    assert!(
        lexicon.entry_count() > 700,
        "{} entries",
        lexicon.entry_count()
    );
    assert!(
        lexicon.modifier_count() > 80,
        "{} modifiers",
        lexicon.modifier_count()
    );
    assert_eq!(Lexicon::builtin().entry_count(), lexicon.entry_count());
}

#[test]
fn a_malformed_line_is_skipped_and_counted_not_fatal() {
    let es = "bueno\t2\nroto -2\nfeo\t9\n# comment\n\nmalo\t-2\nbueno\t2\n";
    let lexicon = Lexicon::parse(es, "good\t2", "😍\t3", "no\tnegator\nmuy\tloud").expect("usable");
    let lines: Vec<usize> = lexicon.malformed().iter().map(|m| m.line).collect();
    assert_eq!(lines, vec![2, 3, 7, 2]);
    assert_eq!(lexicon.score("no es malo").sentiment, Positive);
}

#[test]
fn a_file_with_no_readable_line_is_an_error() {
    let error = Lexicon::parse("# nothing\n", "good\t2", "😍\t3", "no\tnegator").unwrap_err();
    assert_eq!(error, LexiconError::NoEntries("es"));
}

#[test]
fn an_empty_string_is_neutral_with_no_hits() {
    let result = score("");
    assert_eq!(result.sentiment, Neutral);
    assert!(result.hits.is_empty());
    assert_eq!(guess("   \n "), Neutral);
}

#[test]
fn a_text_with_no_lexicon_word_is_neutral() {
    let result = score("¿Abrís el domingo por la mañana?");
    assert!(result.hits.is_empty(), "{:?}", result.hits);
    assert_eq!(result.sentiment, Neutral);
}

#[test]
fn no_me_gusta_is_negative() {
    assert_eq!(guess("me gusta"), Positive);
    let result = score("No me gusta");
    assert_eq!(result.sentiment, Negative);
    assert!(close(result.score, -1.6), "{result:?}");
    assert_eq!(result.hits[0].0, "me gusta [no ×-0.8]");
}

#[test]
fn no_esta_mal_is_positive_because_a_negated_negative_word_flips_to_mildly_positive() {
    let result = score("No está mal");
    assert!(close(result.score, 1.6), "{result:?}");
    assert_eq!(result.sentiment, Positive);
}

#[test]
fn not_good_is_negative_and_not_bad_is_positive() {
    assert_eq!(guess("not good"), Negative);
    assert_eq!(guess("not bad"), Positive);
    assert_eq!(guess("The coffee wasn't good at all"), Negative);
    assert_eq!(guess("I don't like it"), Negative);
}

#[test]
fn negation_reaches_three_words_and_stops_at_punctuation() {
    assert_eq!(guess("no lo recomiendo"), Negative);
    assert_eq!(guess("no, me encanta"), Positive);
    assert_eq!(
        guess("no es que sea muy bueno"),
        Positive,
        "bueno is 4 words after no"
    );
}

#[test]
fn emoji_only_messages_are_scored_and_never_negated() {
    assert_eq!(guess("😍😍🔥"), Positive);
    assert_eq!(guess("😡👎"), Negative);
    assert_eq!(guess("👍🏽"), Positive);
    assert_eq!(guess("❤️"), Positive);
    assert_eq!(guess("☕"), Neutral);
    assert_eq!(guess(":)"), Positive);
    assert_eq!(guess(":((("), Negative);
    assert_eq!(guess("no me gusta 😡"), Negative);
}

#[test]
fn accents_and_no_accents_give_the_same_result() {
    for (accented, plain) in [
        (
            "¡Qué café tan buenísimo! Volveré",
            "que cafe tan buenisimo volvere",
        ),
        (
            "Pésimo servicio, jamás vuelvo",
            "pesimo servicio, jamas vuelvo",
        ),
        ("Ni de coña pago eso", "ni de cona pago eso"),
        ("NO ESTÁ MAL", "no esta mal"),
    ] {
        let (a, b) = (score(accented), score(plain));
        assert_eq!(a.sentiment, b.sentiment, "{accented} / {plain}");
        assert_eq!(a.hits.len(), b.hits.len(), "{accented} / {plain}");
    }
}

#[test]
fn a_phrase_beats_the_single_word_inside_it() {
    let result = score("lo peor");
    assert_eq!(result.hits, vec![("lo peor".to_string(), -3.0)]);
    assert_eq!(score("peor").score, -2.0);
    assert_eq!(guess("Nos vemos la semana pasada"), Neutral);
    assert_eq!(guess("Es una pasada"), Positive);
    assert_eq!(guess("no vuelvo"), Negative);
}

#[test]
fn an_intensifier_multiplies_by_one_and_a_half_and_a_diminisher_halves() {
    assert!(close(score("rico").score, 2.0));
    assert!(close(score("muy rico").score, 3.0));
    assert!(close(score("really slow").score, -3.0));
    assert!(close(score("un poco caro").score, -1.0));
    assert_eq!(score("muy rico").hits[0].0, "rico [muy ×1.5]");
}

#[test]
fn poco_alone_negates_while_un_poco_diminishes() {
    assert_eq!(guess("personal poco amable"), Negative);
    assert_eq!(guess("un poco lento"), Negative);
    assert!(close(score("un poco lento").score, -1.0));
}

#[test]
fn the_clause_after_pero_counts_more_than_the_one_before() {
    let result = score("El café está rico pero el servicio es lento");
    assert!(close(result.score, 2.0 * 0.5 - 2.0 * 1.5), "{result:?}");
    assert_eq!(result.sentiment, Negative);
    assert_eq!(guess("Es caro, pero merece la pena"), Positive);
    assert_eq!(guess("Good coffee but the service was terrible"), Negative);
    assert_eq!(guess("A bit slow but totally worth it"), Positive);
}

#[test]
fn a_contrast_word_ends_the_reach_of_a_negator() {
    assert_eq!(guess("no es barato pero está buenísimo"), Positive);
    assert_eq!(guess("not cheap but good"), Positive);
}

#[test]
fn repeated_letters_are_shortened_to_a_known_word() {
    assert_eq!(score("buenísimoooo").score, score("buenisimo").score);
    assert!(close(score("sooo good").score, 3.0));
    assert_eq!(guess("goooood"), Positive);
    assert_eq!(guess("Holaaaa"), Neutral);
}

#[test]
fn capitals_count_one_fifth_more() {
    assert!(close(score("HORRIBLE").score, -3.6));
    assert!(close(score("horrible").score, -3.0));
}

#[test]
fn spanish_plurals_and_feminines_fall_back_to_the_listed_form() {
    let result = score("tostadas riquísimas");
    assert_eq!(result.sentiment, Positive);
    assert_eq!(result.hits[0].0, "riquisimas (= riquisimo)");
    assert_eq!(guess("camareras muy antipáticas"), Negative);
}

#[test]
fn a_stem_entry_matches_every_ending_and_the_longest_stem_wins() {
    let es = "estaf*\t-3\npesad*\t-1\npesadill*\t-3\nestafa\t-2\nbueno\t2\n";
    let lexicon = Lexicon::parse(es, "good\t2", "😍\t3", "no\tnegator").expect("usable");
    let estafarte = lexicon.score_in(
        "quieren estafarte",
        Language::Spanish,
        &Adjustments::default(),
    );
    assert_eq!(
        estafarte.hits,
        vec![("estafarte (= estaf*)".to_string(), -3.0)]
    );
    let exact = lexicon.score_in("una estafa", Language::Spanish, &Adjustments::default());
    assert_eq!(
        exact.hits,
        vec![("estafa".to_string(), -2.0)],
        "the exact entry wins"
    );
    let nightmare = lexicon.score_in("qué pesadilla", Language::Spanish, &Adjustments::default());
    assert_eq!(
        nightmare.hits,
        vec![("pesadilla (= pesadill*)".to_string(), -3.0)]
    );
    let negated = lexicon.score_in("no es pesado", Language::Spanish, &Adjustments::default());
    assert_eq!(negated.sentiment, Neutral, "{:?}", negated.hits);
    assert!(close(negated.score, 0.8));
    let other = lexicon.score_in("estafarte", Language::English, &Adjustments::default());
    assert!(
        other.hits.is_empty(),
        "a Spanish stem does not score English text"
    );
}

#[test]
fn a_stem_shorter_than_four_letters_is_refused_with_its_line() {
    let lexicon =
        Lexicon::parse("rob*\t-3\nbueno\t2\n", "good\t2", "😍\t3", "no\tnegator").expect("usable");
    let reasons: Vec<String> = lexicon
        .malformed()
        .iter()
        .map(|m| m.reason.clone())
        .collect();
    assert_eq!(
        reasons,
        vec!["`rob*` is too short a stem (at least 4 letters)"]
    );
    assert_eq!(lexicon.malformed()[0].line, 1);
}

#[test]
fn the_builtin_lexicon_reads_common_complaint_verbs_through_their_stems() {
    for (text, stem) in [
        ("nos quieren estafar otra vez", "estaf*"),
        ("me han maltratado en el mostrador", "maltrat*"),
        ("quiero quejarme del servicio", "quej*"),
        ("me extraviaron la maleta", "extravi*"),
    ] {
        let result = score(text);
        assert_eq!(result.sentiment, Negative, "{text}: {:?}", result.hits);
        assert!(
            result.hits.iter().any(|(hit, _)| hit.contains(stem)),
            "{text}: {:?}",
            result.hits
        );
    }
    assert_eq!(guess("disculpen las molestias"), Neutral);
}

#[test]
fn the_formula_names_every_multiplier_and_both_thresholds() {
    for part in [
        "−0.8", "1.5", "0.5", "1.2", "≥ 1", "≤ −1", "pero", "3 words",
    ] {
        assert!(FORMULA.contains(part), "{part}");
    }
}

#[test]
fn the_evidence_in_english_is_the_evidence_as_it_always_read() {
    for text in [
        "El café no me gusta pero el servicio es MUY bueno!!",
        "Llevo tres días esperando y nadie me responde",
        "ok",
    ] {
        let scored = score(text);
        assert_eq!(scored.evidence_in(crate::i18n::Lang::En), scored.evidence());
        assert_eq!(
            scored.evidence_against_in(Positive, crate::i18n::Lang::En),
            scored.evidence_against(Positive)
        );
    }
}

#[test]
fn the_evidence_in_spanish_names_its_multipliers_and_reasons_in_spanish_with_decimal_commas() {
    let scored = score("El café no me gusta pero el servicio es MUY BUENO");
    let english = scored.evidence();
    let spanish = scored.evidence_in(crate::i18n::Lang::Es);
    assert!(english.contains("before pero ×0.5"), "{english}");
    assert!(spanish.contains("antes de pero ×0,5"), "{spanish}");
    assert!(spanish.contains("MAYÚSCULAS ×1,2"), "{spanish}");
    assert!(!spanish.contains("CAPS"), "{spanish}");
    let failure = score("Llevo tres días esperando y nadie me responde");
    assert!(
        failure
            .evidence_in(crate::i18n::Lang::Es)
            .contains("[fallo de servicio] -2")
    );
    assert_eq!(
        score("ok").evidence_in(crate::i18n::Lang::Es),
        "ninguna palabra del léxico (?)"
    );
}
