//! The Mentions strategy face's trends on hand-placed mentions: each mention counted in the
//! week it falls in (a mention at a week's first instant belongs to that week), corrected
//! sentiment over the automatic one, and share of voice from brand and competitor rules only.

use super::Db;
use chrono::{TimeZone, Utc};

fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO listening_rules (id, name, kind, terms) VALUES
               (1, 'Marca', 'brand', 'nora'), (2, 'Brío', 'competitor', 'brio'), (3, 'Sector', 'sector', 'cafe');
             INSERT INTO mentions (source, url, text, published_at, sentiment_auto, sentiment_corrected, rule_id) VALUES
               ('web', 'https://m/1', 'a', '2026-09-27T23:59:59Z', 'positive', NULL, 1),
               ('web', 'https://m/2', 'b', '2026-09-28T00:00:00Z', 'positive', NULL, 1),
               ('web', 'https://m/3', 'c', '2026-10-04T23:59:59Z', 'negative', 'neutral', 2),
               ('web', 'https://m/4', 'd', '2026-10-05T00:00:00Z', 'negative', NULL, 3),
               ('web', 'https://m/5', 'e', '2026-11-16T00:00:00Z', 'neutral', NULL, NULL),
               ('web', 'https://m/6', 'f', '2026-11-22T23:59:59Z', 'positive', NULL, 2),
               ('web', 'https://m/7', 'g', '2026-11-23T00:00:00Z', 'positive', NULL, 1);",
        )
    })
    .unwrap();
    db
}

#[test]
fn each_mention_counts_in_its_own_week_of_the_eight() {
    let start = Utc.with_ymd_and_hms(2026, 11, 16, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2026, 11, 23, 0, 0, 0).unwrap();
    let strategy = db().listening_strategy(start, end, end).unwrap();
    let weeks: Vec<(&str, i64, i64, i64)> = strategy
        .sentiment_trend
        .iter()
        .map(|w| (w.week.as_str(), w.positive, w.neutral, w.negative))
        .collect();
    assert_eq!(
        weeks,
        [
            ("2026-W40", 1, 1, 0),
            ("2026-W41", 0, 0, 1),
            ("2026-W42", 0, 0, 0),
            ("2026-W43", 0, 0, 0),
            ("2026-W44", 0, 0, 0),
            ("2026-W45", 0, 0, 0),
            ("2026-W46", 0, 0, 0),
            ("2026-W47", 1, 1, 0),
        ]
    );
    let voice: Vec<Option<f64>> = strategy.voice_trend.iter().map(|(_, v)| *v).collect();
    assert_eq!(voice[0], Some(0.5), "one brand and one competitor mention");
    assert_eq!(voice[1], None, "a sector mention is no voice");
    assert_eq!(voice[7], Some(0.0), "only a competitor mention");
    assert_eq!(strategy.voice_trend[7].0, "2026-W47");
}
