//! Tests of recording follower counts in batches and putting a day's count back.

use super::Db;
use crate::domain::Network;
use crate::domain::audience::{FollowerCount, Recorded};
use crate::domain::channels::ChannelSetup;
use chrono::NaiveDate;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn with_channel() -> (Db, i64) {
    let mut db = Db::open_in_memory().unwrap();
    let id = db
        .add_channel(&ChannelSetup::new(Network::Instagram, "mimarca").unwrap())
        .unwrap();
    (db, id)
}

fn count(channel: i64, d: u32, followers: u64) -> FollowerCount {
    FollowerCount {
        channel,
        on: day(d),
        followers,
    }
}

#[test]
fn a_batch_says_which_counts_were_added_replaced_or_already_there() {
    let (mut db, id) = with_channel();
    db.record_followers(id, day(1), 1_000).unwrap();
    db.record_followers(id, day(2), 1_100).unwrap();
    let done = db
        .record_follower_counts(&[
            count(id, 1, 1_000),
            count(id, 2, 1_150),
            count(id, 3, 1_200),
        ])
        .unwrap();
    assert_eq!(
        done,
        [
            Recorded::Unchanged,
            Recorded::Replaced(1_100),
            Recorded::Added
        ]
    );
    assert_eq!(db.followers_recorded(id, day(2)).unwrap(), Some(1_150));
    assert_eq!(db.latest_followers().unwrap()[&id], (day(3), 1_200));
}

#[test]
fn a_batch_naming_a_missing_channel_stores_nothing() {
    let (mut db, id) = with_channel();
    let error = db
        .record_follower_counts(&[count(id, 1, 10), count(id + 99, 1, 10)])
        .unwrap_err()
        .to_string();
    assert!(error.contains("no channel"), "{error}");
    assert_eq!(db.followers_recorded(id, day(1)).unwrap(), None);
}

#[test]
fn restoring_a_day_puts_the_earlier_count_back_or_removes_the_new_one() {
    let (mut db, id) = with_channel();
    db.record_followers(id, day(1), 500).unwrap();
    db.record_followers(id, day(1), 900).unwrap();
    db.record_followers(id, day(2), 950).unwrap();
    db.restore_followers(id, day(1), Some(500)).unwrap();
    db.restore_followers(id, day(2), None).unwrap();
    assert_eq!(db.followers_recorded(id, day(1)).unwrap(), Some(500));
    assert_eq!(db.followers_recorded(id, day(2)).unwrap(), None);
    assert_eq!(db.latest_followers().unwrap()[&id], (day(1), 500));
}
