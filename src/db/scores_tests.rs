//! Activity counted from stored mentions, messages and interactions, and the suggestions it makes.

use super::seed::*;
use super::*;
use crate::analytics::Activity;
use crate::config::ScoresConfig;
use crate::domain::inbox::NewMessage;
use crate::domain::mentions::NewMention;
use crate::domain::people::{NewPerson, SuggestionKind};
use crate::domain::*;
use chrono::{DateTime, Duration, TimeZone, Utc};
use rusqlite::Connection;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn person(tx: &Connection, name: &str, role: Role, reach: i64) -> rusqlite::Result<i64> {
    insert_person(
        tx,
        &NewPerson {
            name: name.into(),
            role,
            tier: String::new(),
            persona_id: None,
            notes: String::new(),
            tags: String::new(),
            reach,
            next_follow_up: None,
            created_at: now() - Duration::days(90),
        },
    )
}

fn mention(
    tx: &Connection,
    person_id: i64,
    days_ago: i64,
    sentiment: Sentiment,
    corrected: Option<Sentiment>,
    reach: i64,
    is_defence: bool,
) -> rusqlite::Result<i64> {
    insert_mention(
        tx,
        &NewMention {
            source: "mastodon".into(),
            external_id: None,
            url: None,
            author: "@someone".into(),
            person_id: Some(person_id),
            text: "la ñora".into(),
            published_at: now() - Duration::days(days_ago),
            reach,
            sentiment_auto: sentiment,
            sentiment_corrected: corrected,
            rule_id: None,
            status: MentionStatus::New,
            is_defence,
        },
    )
}

fn message(
    tx: &Connection,
    channel_id: i64,
    person_id: i64,
    days_ago: i64,
    auto: Option<Sentiment>,
    corrected: Option<Sentiment>,
) -> rusqlite::Result<i64> {
    insert_message(
        tx,
        &NewMessage {
            channel_id,
            kind: MessageKind::Dm,
            external_id: None,
            author: "@someone".into(),
            person_id: Some(person_id),
            body: "hola".into(),
            received_at: now() - Duration::days(days_ago),
            status: MessageStatus::New,
            snoozed_until: None,
            first_response_at: None,
            sentiment_auto: auto,
            sentiment: corrected,
            priority: Priority::Normal,
            rule: None,
            suggested_reply: None,
        },
    )
}

/// Ana (customer, fan), Beto (customer, angry), Carla (advocate, fan), Dani (troll, angry).
fn seeded() -> (Db, [i64; 4]) {
    let mut db = Db::open_in_memory().unwrap();
    let ids = db
        .write(|tx| {
            let channel = insert_channel(
                tx,
                &NewChannel {
                    network: Network::X,
                    handle: "@nora".into(),
                    name: String::new(),
                    char_limit: 280,
                },
            )?;
            let pos = Sentiment::Positive;
            let neg = Sentiment::Negative;
            let neutral = Sentiment::Neutral;
            let ana = person(tx, "Ana", Role::Customer, 11_000)?;
            for days in [2, 3, 4] {
                mention(tx, ana, days, pos, None, 500, false)?;
            }
            mention(tx, ana, 1, neutral, Some(pos), 1_000, true)?;
            mention(tx, ana, 5, pos, Some(neutral), 0, false)?;
            message(tx, channel, ana, 6, Some(neg), Some(pos))?;
            insert_interaction(tx, ana, now() - Duration::days(8), "share", "")?;
            insert_interaction(tx, ana, now() - Duration::days(9), "call", "")?;
            let beto = person(tx, "Beto", Role::Customer, 99)?;
            mention(tx, beto, 0, neg, None, 0, false)?;
            message(tx, channel, beto, 1, Some(neg), None)?;
            message(tx, channel, beto, 2, None, Some(neg))?;
            let carla = person(tx, "Carla", Role::Advocate, 5_000)?;
            for days in [1, 2, 3, 4, 5] {
                mention(tx, carla, days, pos, None, 0, false)?;
            }
            let dani = person(tx, "Dani", Role::Troll, 50_000)?;
            for days in [1, 2, 3] {
                message(tx, channel, dani, days, Some(neg), None)?;
            }
            Ok([ana, beto, carla, dani])
        })
        .unwrap();
    (db, ids)
}

#[test]
fn activity_counts_corrected_sentiments_defences_shares_reach_and_the_latest_day() {
    let (db, [ana, beto, ..]) = seeded();
    let activity = db.activity(ana, now()).unwrap();
    assert_eq!(
        activity,
        Activity {
            positive_mentions: 4,
            positive_messages: 1,
            defences: 1,
            shares: 1,
            negative_mentions: 0,
            hostile_messages: 0,
            reach: 12_000,
            days_since_last: Some(1),
        }
    );
    let activity = db.activity(beto, now()).unwrap();
    assert_eq!(activity.negative_mentions, 1);
    assert_eq!(activity.hostile_messages, 2);
    assert_eq!(activity.days_since_last, Some(0));
}

#[test]
fn a_person_without_activity_or_an_unknown_id_has_all_zeros() {
    let mut db = Db::open_in_memory().unwrap();
    let quiet = db
        .write(|tx| person(tx, "Quiet", Role::Customer, 300))
        .unwrap();
    let activity = db.activity(quiet, now()).unwrap();
    assert_eq!(activity.days_since_last, None);
    assert_eq!(activity.reach, 300);
    assert_eq!(db.activity(999, now()).unwrap(), Activity::default());
}

#[test]
fn suggestions_skip_prescriptors_and_trolls_and_come_best_first_with_evidence() {
    let (db, [ana, beto, ..]) = seeded();
    let suggestions = db
        .score_suggestions(now(), &ScoresConfig::default())
        .unwrap();
    let found: Vec<(i64, SuggestionKind)> = suggestions
        .iter()
        .map(|suggestion| (suggestion.person_id, suggestion.kind))
        .collect();
    assert_eq!(
        found,
        vec![
            (ana, SuggestionKind::Candidate),
            (beto, SuggestionKind::Watchlist)
        ]
    );
    assert!(suggestions[0].score > suggestions[1].score);
    let ana_did = db.activity(ana, now()).unwrap();
    let beto_did = db.activity(beto, now()).unwrap();
    assert_eq!(suggestions[0].evidence, ana_did);
    assert_eq!(suggestions[1].evidence, beto_did);
    assert_eq!(
        (
            ana_did.positive_mentions,
            ana_did.reach,
            ana_did.days_since_last
        ),
        (4, 12_000, Some(1))
    );
}

#[test]
fn higher_thresholds_from_the_config_leave_fewer_suggestions() {
    let (db, _) = seeded();
    let strict = ScoresConfig {
        candidate_threshold: 100.0,
        watchlist_threshold: 100.0,
        ..ScoresConfig::default()
    };
    assert!(db.score_suggestions(now(), &strict).unwrap().is_empty());
}
