//! The complaint rules, languages, brand terms and learned words, each on sentences written
//! for the rule they show.

use super::*;
use crate::domain::enums::Sentiment::{Negative, Neutral, Positive};

fn scored(text: &str) -> SentimentScore {
    score(text)
}

fn has_hit(score: &SentimentScore, part: &str) -> bool {
    score.hits.iter().any(|(label, _)| label.contains(part))
}

#[test]
fn nobody_answering_is_a_service_failure_without_any_sentiment_word() {
    let s = scored("Llevo una semana y nadie me ha respondido");
    assert_eq!(s.sentiment, Negative, "{s:?}");
    assert!(has_hit(&s, "service failure"), "{s:?}");
    let s = scored("Three emails and still no refund from you");
    assert_eq!(s.sentiment, Negative, "{s:?}");
}

#[test]
fn an_expected_thing_that_happens_counts_nothing() {
    let s = scored("Me han respondido en una hora");
    assert!(!has_hit(&s, "service failure"), "{s:?}");
}

#[test]
fn why_counts_as_frustration_only_in_a_question() {
    let asked = scored("¿Por qué tardáis tanto en contestar?");
    assert!(has_hit(&asked, "question of frustration"), "{asked:?}");
    assert_eq!(asked.sentiment, Negative);
    let told = scored("Por eso vuelvo cada semana");
    assert!(!has_hit(&told, "question of frustration"), "{told:?}");
}

#[test]
fn repeated_marks_strengthen_every_hit_of_their_sentence() {
    let calm = scored("The coffee was great.");
    let loud = scored("The coffee was great!!");
    assert!(
        (loud.score - calm.score * EMPHASIS).abs() < 0.01,
        "{calm:?} {loud:?}"
    );
    let asked = scored("¿Tenéis leche de avena?");
    assert!(
        !has_hit(&asked, "?!"),
        "¿…? is one question, not repeated marks: {asked:?}"
    );
}

#[test]
fn a_negation_with_nothing_to_flip_reads_as_a_complaint() {
    let s = scored("La app no me deja cambiar la reserva");
    assert_eq!(s.sentiment, Negative, "{s:?}");
    let flipped = scored("No está mal");
    assert!(!has_hit(&flipped, "nothing to flip"), "{flipped:?}");
    assert_eq!(flipped.sentiment, Positive);
}

#[test]
fn each_text_is_scored_with_its_own_languages_lexicon() {
    let es = scored("El pedido llegó tarde y la tarta estaba fatal");
    assert_eq!(es.language, Language::Spanish);
    let en = scored("The order was late and the cake was awful");
    assert_eq!(en.language, Language::English);
    // "fatal" is Spanish only: in an English text it is not a lexicon word.
    let english_fatal =
        Lexicon::builtin().score_in("fatal", Language::English, &Adjustments::default());
    assert_eq!(english_fatal.sentiment, Neutral, "{english_fatal:?}");
}

#[test]
fn another_language_is_marked_and_only_its_emoji_count() {
    let s = scored("Je ne suis pas du tout content de la livraison, c'est nul 😡");
    assert_eq!(s.language, Language::Other, "{s:?}");
    assert_eq!(s.hits.len(), 1, "only the emoji: {s:?}");
    let chinese = detect_language("我们的咖啡很好喝,谢谢大家");
    assert_eq!(chinese, Language::Other);
}

#[test]
fn a_text_too_short_to_tell_is_undecided_and_read_with_both_lexicons() {
    assert_eq!(detect_language("ok 👍"), Language::Undecided);
    assert_eq!(scored("genial!").sentiment, Positive);
}

#[test]
fn addresses_and_handles_do_not_decide_the_language() {
    assert_eq!(
        detect_language(
            "@the_best_coffee_shop https://example.com/the/menu ¿Hay mesa para dos esta noche?"
        ),
        Language::Spanish
    );
}

#[test]
fn a_brand_term_stops_a_lexicon_word_from_counting_and_says_so() {
    let plain = Lexicon::builtin().score_in(
        "Me pedí la bomba de chocolate",
        Language::Spanish,
        &Adjustments::default(),
    );
    assert_eq!(plain.sentiment, Negative, "without the term: {plain:?}");
    let terms = parse_brand_terms("Bomba").unwrap();
    let adjusted = Lexicon::builtin().score_in(
        "Me pedí la bomba de chocolate",
        Language::Spanish,
        &Adjustments::new(&terms, &[], &[], Lexicon::builtin()),
    );
    assert_eq!(adjusted.sentiment, Neutral, "{adjusted:?}");
    assert!(
        has_hit(&adjusted, "brand term, not counted"),
        "{adjusted:?}"
    );
}

#[test]
fn a_brand_term_with_a_weight_replaces_the_lexicons() {
    let terms = parse_brand_terms("Cremaet=+2").unwrap();
    let s = Lexicon::builtin().score_in(
        "Hoy toca cremaet",
        Language::Spanish,
        &Adjustments::new(&terms, &[], &[], Lexicon::builtin()),
    );
    assert_eq!(s.sentiment, Positive, "{s:?}");
    assert!(has_hit(&s, "brand term"), "{s:?}");
}

#[test]
fn brand_terms_that_cannot_be_read_are_refused_with_their_position() {
    let error = parse_brand_terms("Bomba, Cremaet=muy").unwrap_err();
    assert_eq!(error.position, 2);
    assert!(
        error
            .to_string()
            .contains("`muy` is not a weight from -3 to 3"),
        "{error}"
    );
    assert!(parse_brand_terms("Bomba=4").is_err());
    assert_eq!(parse_brand_terms(" , ").unwrap(), vec![]);
}

fn example(text: &str, label: Sentiment) -> Example {
    Example {
        text: text.to_string(),
        label,
    }
}

#[test]
fn a_word_marked_negative_twice_is_learned_and_explained() {
    let examples = [
        example("Otra semana con el patinete en el taller", Negative),
        example("El patinete sigue en el taller", Negative),
    ];
    let adjustments = Adjustments::new(&[], &examples, &[], Lexicon::builtin());
    let s = Lexicon::builtin().score_in(
        "Mi patinete, otra vez en el taller",
        Language::Spanish,
        &adjustments,
    );
    assert_eq!(s.sentiment, Negative, "{s:?}");
    assert!(
        has_hit(&s, "learned: you marked 2 texts with it negative"),
        "{s:?}"
    );
    let learned: Vec<String> = adjustments
        .learned()
        .into_iter()
        .map(|(w, _, _)| w)
        .collect();
    assert!(learned.contains(&"patinete".to_string()), "{learned:?}");
    assert!(learned.contains(&"taller".to_string()), "{learned:?}");
}

#[test]
fn one_correction_or_a_split_vote_teaches_nothing() {
    let once = Adjustments::new(
        &[],
        &[example("El patinete en el taller", Negative)],
        &[],
        Lexicon::builtin(),
    );
    assert!(once.learned().is_empty());
    let split = Adjustments::new(
        &[],
        &[
            example("patinete nuevo", Positive),
            example("patinete roto", Negative),
        ],
        &[],
        Lexicon::builtin(),
    );
    assert!(
        !split.learned().iter().any(|(w, _, _)| w == "patinete"),
        "{:?}",
        split.learned()
    );
}

#[test]
fn stop_words_modifiers_and_the_brands_own_names_are_never_learned() {
    let examples = [
        example("No, la Ñora no abre hoy", Negative),
        example("No, la Ñora no abre mañana", Negative),
    ];
    let adjustments = Adjustments::new(
        &[],
        &examples,
        &["ñora, @cafelanora".to_string()],
        Lexicon::builtin(),
    );
    let learned: Vec<String> = adjustments
        .learned()
        .into_iter()
        .map(|(w, _, _)| w)
        .collect();
    assert!(
        !learned.contains(&"nora".to_string()),
        "the brand's name: {learned:?}"
    );
    assert!(
        !learned.contains(&"la".to_string()),
        "a stop word: {learned:?}"
    );
    assert!(
        !learned.contains(&"no".to_string()),
        "a modifier: {learned:?}"
    );
    assert!(learned.contains(&"abre".to_string()), "{learned:?}");
}

#[test]
fn a_word_corrected_to_neutral_stops_counting_for_the_lexicon() {
    let examples = [
        example("Vaya bomba de chocolate", Neutral),
        example("La bomba de crema", Neutral),
    ];
    let adjustments = Adjustments::new(&[], &examples, &[], Lexicon::builtin());
    let s = Lexicon::builtin().score_in("Una bomba", Language::Spanish, &adjustments);
    assert!(has_hit(&s, "learned"), "{s:?}");
    assert_ne!(s.sentiment, Negative, "{s:?}");
}
