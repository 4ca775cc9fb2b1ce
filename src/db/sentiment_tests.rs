//! What corrections teach, end to end on a database in memory: mentions imported, two of them
//! corrected by hand, a later import guessed with the learned word and its explanation, then
//! forgotten — and what an undone correction no longer teaches.

use super::Db;
use crate::domain::enums::Sentiment;
use crate::domain::mentions::MentionChange;
use std::io::Write;

fn import(db: &mut Db, rows: &[(&str, &str)]) {
    let mut file = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    writeln!(file, "source,text,published_at,external_id").unwrap();
    for (id, text) in rows {
        writeln!(file, "web,\"{text}\",2026-11-20 10:00,{id}").unwrap();
    }
    file.flush().unwrap();
    let classify = |_: &str, _: &str, _: Option<&str>| Some(1);
    crate::import::mentions::import_mentions(db, file.path(), false, &classify).unwrap();
}

fn auto(db: &Db, external_id: &str) -> (i64, Sentiment) {
    db.conn()
        .query_row(
            "SELECT id, sentiment_auto FROM mentions WHERE external_id = ?1",
            [external_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
}

fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        tx.execute(
            "INSERT INTO listening_rules (id, name, kind, terms) VALUES (1, 'Marca', 'brand', 'nora')",
            [],
        )
    })
    .unwrap();
    db
}

#[test]
fn two_corrections_change_the_guess_of_a_later_similar_text_and_forgetting_undoes_it() {
    let mut db = db();
    import(
        &mut db,
        &[
            ("a", "El patinete de reparto llegó a las once"),
            ("b", "Hoy el patinete de reparto a las doce"),
        ],
    );
    assert_eq!(auto(&db, "a").1, Sentiment::Neutral);
    let ids = [auto(&db, "a").0, auto(&db, "b").0];
    db.change_mentions(&ids, MentionChange::Sentiment(Sentiment::Negative))
        .unwrap();

    import(&mut db, &[("c", "Mañana el patinete de reparto")]);
    let (_, later) = auto(&db, "c");
    assert_eq!(
        later,
        Sentiment::Negative,
        "the corrections taught `patinete`"
    );
    let adjustments = db.sentiment_adjustments().unwrap();
    let explained =
        crate::analytics::sentiment::score_for("Mañana el patinete de reparto", None, &adjustments);
    assert!(
        explained
            .hits
            .iter()
            .any(|(hit, _)| hit.contains("patinete")
                && hit.contains("you marked 2 texts with it negative")),
        "{explained:?}"
    );

    assert_eq!(db.forget_sentiment_lessons().unwrap(), 2);
    assert!(db.sentiment_adjustments().unwrap().learned().is_empty());
    import(&mut db, &[("d", "Hoy el patinete de reparto")]);
    assert_eq!(
        auto(&db, "d").1,
        Sentiment::Neutral,
        "forgotten: the lexicon alone"
    );
    let corrected: Option<Sentiment> = db
        .conn()
        .query_row(
            "SELECT sentiment_corrected FROM mentions WHERE external_id = 'a'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        corrected,
        Some(Sentiment::Negative),
        "the correction itself stays"
    );
}

#[test]
fn a_correction_changed_after_forgetting_teaches_again() {
    let mut db = db();
    import(&mut db, &[("a", "patinete uno"), ("b", "patinete dos")]);
    let ids = [auto(&db, "a").0, auto(&db, "b").0];
    db.change_mentions(&ids, MentionChange::Sentiment(Sentiment::Negative))
        .unwrap();
    db.forget_sentiment_lessons().unwrap();
    db.change_mentions(&ids, MentionChange::Sentiment(Sentiment::Positive))
        .unwrap();
    let learned = db.sentiment_adjustments().unwrap().learned();
    assert!(
        learned
            .iter()
            .any(|(w, weight, _)| w == "patinete" && *weight > 0.0),
        "{learned:?}"
    );
}

#[test]
fn the_brand_terms_of_the_plan_reach_the_guess() {
    let mut db = db();
    db.write(|tx| {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES ('sentiment_terms', 'Bomba')",
            [],
        )
    })
    .unwrap();
    import(&mut db, &[("a", "Me pedí la bomba de chocolate")]);
    assert_eq!(auto(&db, "a").1, Sentiment::Neutral);
}
