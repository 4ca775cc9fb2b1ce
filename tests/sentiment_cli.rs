//! `cmdeck sentiment` as a person would run it: the evaluation of hand-labelled posts with its
//! figures counted by hand, and on a database set up from nothing, corrections that teach a
//! later import, `sentiment learned` explaining it and `sentiment forget` undoing it.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::Home;

/// Nine posts labelled by hand: three clear complaints, three clear praises, two plain
/// questions, and one complaint labelled positive on purpose (the guess must disagree).
const LABELLED: &str = "tweet_id,label,text\n\
    1,negative,\"Llevo dos horas esperando y nadie me responde\"\n\
    2,negative,The worst service ever: my order never arrived\n\
    3,negative,\"Me cobraron dos veces, una vergüenza\"\n\
    4,positive,¡Me encanta vuestro café! 😍\n\
    5,positive,Thank you so much for the lovely breakfast\n\
    6,positive,\"Buenísima la tarta, volveremos\"\n\
    7,neutral,¿A qué hora abrís el domingo?\n\
    8,neutral,Do you have oat milk\n\
    9,positive,Still waiting for my refund after three weeks\n";

#[test]
fn the_evaluation_prints_the_figures_counted_by_hand_against_the_targets() {
    let home = Home::empty();
    let file = home.file("labelled.csv", LABELLED);
    let out = home.ok(&["sentiment", "evaluate", &file, "--misses", "5"]);
    assert!(out.contains("labelled.csv: 9 texts"), "{out}");
    assert!(out.contains("accuracy        0.889"), "8 of 9 right: {out}");
    assert!(out.contains("negative recall 1.000"), "{out}");
    assert!(
        out.contains("negative prec.  0.750  (target ≥ 0.70) ✓"),
        "3 of 4: {out}"
    );
    assert!(
        out.contains("people positive · cmdeck negative"),
        "the miss is shown: {out}"
    );
    assert!(out.contains("Still waiting for my refund"), "{out}");
    assert!(out.contains("texts per second on one core"), "{out}");
}

#[test]
fn an_evaluation_file_without_a_known_label_is_refused_naming_the_line() {
    let home = Home::empty();
    let file = home.file("bad.csv", "label,text\npositive,ok\nmaybe,hmm\n");
    let out = home.refused(&["sentiment", "evaluate", &file]);
    assert!(
        out.contains("bad.csv line 3: the label `maybe` is not positive, neutral or negative"),
        "{out}"
    );
    let file = home.file("nolabel.csv", "text\nhola\n");
    let out = home.refused(&["sentiment", "evaluate", &file]);
    assert!(out.contains("has no `label` column"), "{out}");
}

fn import(home: &Home, name: &str, rows: &[(&str, &str)]) {
    let mut csv = String::from("source,text,published_at,external_id\n");
    for (id, text) in rows {
        csv.push_str(&format!("web,\"{text}\",2026-11-20 10:00,{id}\n"));
    }
    let file = home.file(name, &csv);
    home.ok(&["import", "mentions", &file]);
}

fn guess(home: &Home, id: &str) -> String {
    home.rows(&format!(
        "SELECT sentiment_auto FROM mentions WHERE external_id = '{id}'"
    ))[0][0]
        .clone()
}

#[test]
fn corrections_teach_a_later_import_and_forgetting_undoes_it_on_a_database_from_nothing() {
    let home = Home::empty();
    import(
        &home,
        "first.csv",
        &[
            ("a", "El patinete de reparto llegó a las once"),
            ("b", "Hoy el patinete de reparto a las doce"),
        ],
    );
    assert_eq!(guess(&home, "a"), "neutral");
    let learned = home.ok(&["sentiment", "learned"]);
    assert!(
        learned.starts_with("Nothing learned yet from 0 corrected texts"),
        "{learned}"
    );
    // The person corrects both in the Mentions pane (`s`); the same column here.
    home.connection()
        .execute_batch("UPDATE mentions SET sentiment_corrected = 'negative'")
        .unwrap();

    import(
        &home,
        "second.csv",
        &[("c", "Mañana el patinete de reparto")],
    );
    assert_eq!(guess(&home, "c"), "negative");
    let learned = home.ok(&["sentiment", "learned"]);
    assert!(
        learned.contains("Learned from 2 corrected texts"),
        "{learned}"
    );
    assert!(
        learned.contains("patinete             -1.0  learned: you marked 2 texts with it negative"),
        "{learned}"
    );

    let forgot = home.ok(&["sentiment", "forget"]);
    assert!(
        forgot.starts_with("Forgot what 2 corrected texts taught"),
        "{forgot}"
    );
    import(
        &home,
        "third.csv",
        &[("d", "Pasado mañana el patinete de reparto")],
    );
    assert_eq!(guess(&home, "d"), "neutral");
    assert_eq!(
        guess(&home, "c"),
        "negative",
        "a stored guess is not rewritten"
    );
    assert_eq!(
        home.rows("SELECT COUNT(*) FROM mentions WHERE sentiment_corrected = 'negative'")[0][0],
        "2",
        "the corrections stay"
    );
}
