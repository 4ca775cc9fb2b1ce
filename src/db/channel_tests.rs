//! Tests of setting up channels on an in-memory database.

use super::Db;
use crate::domain::Network;
use crate::domain::channels::ChannelSetup;
use chrono::NaiveDate;

fn instagram() -> ChannelSetup {
    ChannelSetup::new(Network::Instagram, "mimarca").unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

#[test]
fn a_channel_added_to_an_empty_database_is_offered_to_the_forms() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.add_channel(&instagram()).unwrap();
    let channels = db.channels().unwrap();
    assert_eq!(channels.len(), 1);
    assert_eq!(channels[0].id, id);
    assert_eq!(channels[0].handle, "@mimarca");
    assert_eq!(channels[0].char_limit, 2_200);
}

#[test]
fn the_same_handle_on_the_same_network_is_refused_and_nothing_is_added() {
    let mut db = Db::open_in_memory().unwrap();
    db.add_channel(&instagram()).unwrap();
    let error = db.add_channel(&instagram()).unwrap_err().to_string();
    assert_eq!(error, "the channel instagram:@mimarca already exists");
    assert_eq!(db.channel_records().unwrap().len(), 1);
    let on_x = ChannelSetup::new(Network::X, "mimarca").unwrap();
    db.add_channel(&on_x).unwrap();
    assert_eq!(db.channel_records().unwrap().len(), 2);
}

#[test]
fn editing_a_channel_changes_its_name_and_limit_but_not_into_another_channels_handle() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.add_channel(&instagram()).unwrap();
    let other = ChannelSetup::new(Network::Instagram, "otra").unwrap();
    db.add_channel(&other).unwrap();
    let mut edited = instagram();
    edited.name = "Mi Marca".into();
    edited.char_limit = 1_000;
    db.edit_channel(id, &edited).unwrap();
    let record = db.channel_record(id).unwrap().unwrap();
    assert_eq!(record.setup, edited);
    let error = db.edit_channel(id, &other).unwrap_err().to_string();
    assert!(error.contains("instagram:@otra already exists"), "{error}");
    assert_eq!(db.channel_record(id).unwrap().unwrap().setup, edited);
}

#[test]
fn an_archived_channel_leaves_the_forms_keeps_its_followers_and_can_come_back() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.add_channel(&instagram()).unwrap();
    db.record_followers(id, day(1), 1_200).unwrap();
    assert!(db.archive_channel(id, day(2)).unwrap());
    assert!(!db.archive_channel(id, day(3)).unwrap());
    assert!(db.channels().unwrap().is_empty());
    let record = db.channel_record(id).unwrap().unwrap();
    assert_eq!(record.archived_on, Some(day(2)));
    assert_eq!(record.audience, 1);
    assert!(db.restore_channel(id).unwrap());
    assert_eq!(db.channels().unwrap().len(), 1);
}

#[test]
fn a_channel_with_history_cannot_be_deleted_but_an_unused_one_can() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.add_channel(&instagram()).unwrap();
    db.record_followers(id, day(1), 10).unwrap();
    let error = db.delete_unused_channel(id).unwrap_err().to_string();
    assert!(error.contains("archive it instead"), "{error}");
    assert_eq!(db.channel_records().unwrap().len(), 1);
    let unused = db
        .add_channel(&ChannelSetup::new(Network::X, "typo").unwrap())
        .unwrap();
    db.delete_unused_channel(unused).unwrap();
    assert_eq!(db.channel_records().unwrap().len(), 1);
}

#[test]
fn recording_followers_twice_on_a_day_keeps_the_last_count_and_answers_the_first() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.add_channel(&instagram()).unwrap();
    assert_eq!(db.record_followers(id, day(1), 100).unwrap(), None);
    assert_eq!(db.record_followers(id, day(1), 120).unwrap(), Some(100));
    let stored: i64 = db
        .conn()
        .query_row(
            "SELECT followers FROM audience_snapshots WHERE channel_id = ?1",
            [id],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(stored, 120);
    assert!(db.record_followers(id + 5, day(1), 1).is_err());
}
