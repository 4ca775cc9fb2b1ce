//! Every KPI an objective can use, computed on a small dataset whose values are worked out by
//! hand in the comments, plus a week with no data at all.

use super::Db;
use crate::analytics::response::ResponseCount;
use crate::clock::Clock;
use crate::domain::Kpi;
use crate::domain::strategy::ReportsStrategy;
use chrono::{Duration, NaiveDate, TimeZone, Utc};

/// Monday of the week measured (2026-W47).
fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
}

/// The dataset, in the week 2026-11-16 to 2026-11-22 (UTC) unless said otherwise.
pub(super) const DATA: &str = include_str!("../../tests/data/known_week.sql");

pub(super) fn dataset() -> Db {
    let db = Db::open_in_memory().unwrap();
    db.conn().execute_batch(DATA).unwrap();
    db
}

/// The objectives measured on the week starting `first`, with a 60-minute response target.
fn measure(db: &Db, first: NaiveDate) -> ReportsStrategy {
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap());
    let last = first + Duration::days(6);
    let (start, end) = clock.day_range(first, last);
    let count = ResponseCount { hours: None, clock };
    let week = db.week_figures(first, last, start, end, &count).unwrap();
    db.reports_strategy(&week, last.min(clock.today()), 60)
        .unwrap()
}

fn actual(measured: &ReportsStrategy, name: &str) -> Option<f64> {
    let line = measured
        .objectives
        .iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("no objective {name}"));
    line.actual.map(|v| (v * 1000.0).round() / 1000.0)
}

#[test]
fn every_kpi_matches_its_hand_computed_value_on_a_known_week() {
    let db = dataset();
    let week = measure(&db, monday());
    let expected: &[(&str, f64)] = &[
        ("followers all", 1600.0),
        ("followers ig", 1100.0),
        ("engagement", 3.333),
        ("published", 2.0),
        ("reach", 1200.0),
        ("mentions", 4.0),
        ("sov", 75.0),
        ("positive", 50.0),
        ("median", 105.0),
        ("within", 50.0),
        ("active", 1.0),
        ("Ventas", 30.0),
        ("all conversions", 32.0),
        ("visits", 14.0),
    ];
    for (name, value) in expected {
        assert_eq!(actual(&week, name), Some(*value), "objective {name}");
    }
}

#[test]
fn cost_per_result_and_roi_count_only_the_campaigns_of_their_objective() {
    let db = dataset();
    db.conn()
        .execute("UPDATE campaigns SET objective_id = 13 WHERE id = 1", [])
        .unwrap();
    let week = measure(&db, monday());
    assert_eq!(actual(&week, "cost"), Some(5.0));
    db.conn()
        .execute("UPDATE campaigns SET objective_id = 14 WHERE id = 1", [])
        .unwrap();
    let week = measure(&db, monday());
    assert_eq!(actual(&week, "roi"), Some(300.0));
    // Unlinked, cost per result counts every campaign: (150 + 20) € ÷ 32 conversions.
    assert_eq!(actual(&week, "cost"), Some(5.313));
}

#[test]
fn a_manual_kpi_uses_the_latest_value_recorded_up_to_the_week() {
    let db = dataset();
    let w46 = measure(&db, monday() - Duration::days(7));
    assert_eq!(actual(&w46, "visits"), Some(10.0));
    let w44 = measure(&db, monday() - Duration::days(21));
    assert_eq!(actual(&w44, "visits"), None);
}

#[test]
fn a_week_without_data_says_no_data_for_every_rate_and_never_divides_by_zero() {
    let db = dataset();
    db.conn()
        .execute_batch("DELETE FROM campaign_spend; UPDATE campaigns SET conversions = 0;")
        .unwrap();
    let empty = measure(&db, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
    for name in [
        "followers all",
        "engagement",
        "sov",
        "positive",
        "median",
        "within",
        "cost",
        "roi",
        "visits",
    ] {
        assert_eq!(actual(&empty, name), None, "objective {name}");
    }
    for name in ["published", "reach", "mentions", "active"] {
        assert_eq!(actual(&empty, name), Some(0.0), "objective {name}");
    }
    assert!(
        empty
            .objectives
            .iter()
            .all(|o| o.actual.is_none_or(f64::is_finite))
    );
    let lights: Vec<_> = empty
        .objectives
        .iter()
        .filter(|o| o.actual.is_none())
        .map(|o| o.light)
        .collect();
    assert!(lights.iter().all(Option::is_none));
}

#[test]
fn a_plan_without_campaigns_has_no_conversions_rather_than_zero() {
    let db = dataset();
    db.conn().execute_batch("DELETE FROM campaigns").unwrap();
    let week = measure(&db, monday());
    assert_eq!(actual(&week, "Ventas"), None);
    assert_eq!(actual(&week, "cost"), None);
    assert_eq!(actual(&week, "roi"), None);
}

#[test]
fn every_kpi_has_a_label_and_a_formula() {
    for kpi in Kpi::ALL {
        assert!(!kpi.label().is_empty());
        assert!(kpi.formula(crate::i18n::Lang::En).len() > 20, "{kpi:?}");
    }
}
