//! Response times on stored messages, in plain minutes and in business hours.

use super::seed::*;
use super::*;
use crate::analytics::response::ResponseCount;
use crate::clock::Clock;
use crate::domain::inbox::NewMessage;
use crate::domain::*;
use chrono::{Duration, TimeZone, Utc};

#[test]
fn with_business_hours_a_friday_night_message_answered_on_monday_waited_only_open_minutes() {
    let mut db = Db::open_in_memory().unwrap();
    let friday_night = Utc.with_ymd_and_hms(2026, 11, 20, 22, 0, 0).unwrap();
    let monday = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
    db.write(|tx| {
        let channel = insert_channel(
            tx,
            &NewChannel {
                network: Network::X,
                handle: "@nora".into(),
                name: String::new(),
                char_limit: 280,
            },
        )?;
        insert_message(
            tx,
            &NewMessage {
                channel_id: channel,
                kind: MessageKind::Dm,
                external_id: None,
                author: "@ana".into(),
                person_id: None,
                body: "¿Abrís mañana?".into(),
                received_at: friday_night,
                status: MessageStatus::Replied,
                snoozed_until: None,
                first_response_at: Some(monday),
                sentiment_auto: None,
                sentiment: None,
                priority: Priority::Normal,
                rule: None,
                suggested_reply: None,
            },
        )
    })
    .unwrap();
    let clock = Clock::fixed(monday);
    let plain = ResponseCount { hours: None, clock };
    let open = ResponseCount {
        hours: Some(crate::analytics::parse_business_hours("mon-fri 09:00-18:00").unwrap()),
        clock,
    };
    let week = (friday_night - Duration::days(1), monday + Duration::days(1));
    assert_eq!(
        db.response_minutes(week.0, week.1, &plain).unwrap(),
        vec![(59.0 * 60.0) + 30.0]
    );
    assert_eq!(
        db.response_minutes(week.0, week.1, &open).unwrap(),
        vec![30.0]
    );
}
