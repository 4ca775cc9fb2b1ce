//! The follower-count importer on an in-memory database with two channels (one archived): whole
//! files or nothing, `partial`, replaced and identical counts, a BOM, and every bad row named.

use super::audience::{AudienceReport, import_audience};
use super::tests::{db, write};
use crate::db::Db;
use chrono::NaiveDate;
use std::path::Path;

const HEADER: &str = "channel,date,followers\n";

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn import(db: &mut Db, path: &Path, partial: bool) -> AudienceReport {
    import_audience(db, path, partial, day(10), None).unwrap()
}

#[test]
fn a_good_file_with_a_bom_is_recorded_and_an_earlier_count_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    db.record_followers(1, day(1), 900).unwrap();
    db.record_followers(1, day(2), 950).unwrap();
    db.archive_channel(2, day(3)).unwrap();
    let file = format!(
        "\u{feff}{HEADER}instagram,2026-12-01,\"1,000\"\ninstagram:@cafelanora,2026-12-02,950\nx:@cafelanora,2026-12-02,1.200\n"
    );
    let path = write(dir.path(), "a.csv", file);
    let done = import(&mut db, &path, false);
    assert_eq!(done.report.added, 2);
    assert_eq!(done.report.duplicates, 1);
    assert_eq!(done.replaced, 1);
    assert!(done.report.rejected.is_empty());
    assert_eq!(db.followers_recorded(1, day(1)).unwrap(), Some(1_000));
    assert_eq!(db.followers_recorded(2, day(2)).unwrap(), Some(1_200));
}

#[test]
fn one_bad_row_stores_nothing_unless_partial_and_every_problem_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let file = format!(
        "{HEADER}instagram,2026-12-01,1200\n\
         myspace,2026-12-01,5\n\
         x,2026-02-30,5\n\
         x,2026-12-11,5\n\
         x,2026-12-01,mil\n\
         instagram,2026-12-01,1300\n\
         mastodon,,\n"
    );
    let path = write(dir.path(), "bad.csv", file);
    let refused = import(&mut db, &path, false);
    assert_eq!(refused.report.added, 0);
    assert_eq!(db.followers_recorded(1, day(1)).unwrap(), None);
    let lines: Vec<(usize, String)> = refused
        .report
        .rejected
        .iter()
        .map(|e| (e.line, e.reason.to_string()))
        .collect();
    assert!(
        lines[0].0 == 3 && lines[0].1.contains("unknown channel “myspace”"),
        "{lines:?}"
    );
    assert!(
        lines[1].0 == 4 && lines[1].1.contains("“2026-02-30” is not a date"),
        "{lines:?}"
    );
    assert!(
        lines[2].0 == 5 && lines[2].1.contains("in the future"),
        "{lines:?}"
    );
    assert!(
        lines[3].0 == 6 && lines[3].1.contains("“mil” is not a follower count"),
        "{lines:?}"
    );
    assert!(
        lines[4].0 == 7 && lines[4].1.contains("already on line 2"),
        "{lines:?}"
    );
    assert!(lines[5..].iter().all(|(line, _)| *line == 8), "{lines:?}");
    assert!(lines[5].1.contains("“date” is missing"), "{lines:?}");
    let partial = import(&mut db, &path, true);
    assert_eq!(partial.report.added, 1);
    assert_eq!(partial.report.bad_rows(), 6);
    assert_eq!(db.followers_recorded(1, day(1)).unwrap(), Some(1_200));
}

#[test]
fn a_file_without_the_header_is_refused_as_a_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "no-header.csv", "instagram,2026-12-01,1200\n");
    let error = import_audience(&mut db(), &path, false, day(10), None)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("“instagram” is not a column of follower counts"),
        "{error}"
    );
    assert!(
        error.contains("the columns are channel, date, followers"),
        "{error}"
    );
}

fn tiktok_history() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/exports/tiktok/FollowerHistory.csv"
    ))
    .unwrap()
}

#[test]
fn tiktoks_follower_history_is_read_as_a_count_a_day_with_the_year_from_today() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let path = write(dir.path(), "FollowerHistory.csv", tiktok_history());
    let error = import_audience(&mut db, &path, false, day(10), None)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        error.contains("it is TikTok follower history (FollowerHistory.csv) and there is no tiktok channel; add it with `cmdeck channel add tiktok @HANDLE`"),
        "{error}"
    );
    db.write(|tx| {
        crate::db::seed::insert_channel(
            tx,
            &crate::db::seed::NewChannel {
                network: crate::domain::Network::TikTok,
                handle: "@cafelanora".into(),
                name: "@cafelanora".into(),
                char_limit: 2200,
            },
        )
    })
    .unwrap();
    let tiktok = 4;
    let done = import_audience(&mut db, &path, false, day(3), None).unwrap();
    assert_eq!(
        done.read_as,
        Some(super::platform::followers::FollowerFormat::TikTokHistory)
    );
    assert_eq!(done.report.added, 13);
    let november = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    assert_eq!(
        db.followers_recorded(tiktok, november(20)).unwrap(),
        Some(12_054)
    );
    assert_eq!(
        db.followers_recorded(tiktok, november(30)).unwrap(),
        Some(12_276)
    );
    assert_eq!(db.followers_recorded(tiktok, day(2)).unwrap(), Some(12_303));
    let again = import_audience(&mut db, &path, false, day(3), None).unwrap();
    assert_eq!((again.report.added, again.report.duplicates), (0, 13));
}

#[test]
fn a_channel_given_for_a_file_in_cmdecks_own_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.csv",
        format!("{HEADER}instagram,2026-12-01,10\n"),
    );
    let error = import_audience(&mut db(), &path, false, day(10), Some("instagram"))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        error.contains("--channel is for a network's own export"),
        "{error}"
    );
}
