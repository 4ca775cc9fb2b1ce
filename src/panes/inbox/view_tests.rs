//! Snapshots of the Inbox pane drawn alone, without an App or a database: hand-written rows fed
//! through the pane's own API, a fixed clock, the default key map and a colourless theme.

#![allow(clippy::unwrap_used)]

use super::*;
use crate::clock::Clock;
use crate::domain::inbox::SavedReply;
use crate::domain::strategy::ResponseStats;
use crate::domain::{MessageKind, Network, Priority};
use chrono::TimeZone;
use ratatui::widgets::Widget;

fn clock() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap())
}

fn context() -> Context {
    Context {
        clock: clock(),
        page: 20,
        lang: crate::i18n::Lang::En,
    }
}

fn message(id: i64, author: &str, body: &str, hour: u32) -> MessageRow {
    MessageRow {
        id,
        network: Network::Instagram,
        channel: "@nora".into(),
        kind: MessageKind::Dm,
        author: author.into(),
        person: None,
        on_watchlist: false,
        body: body.into(),
        received_at: Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap(),
        status: MessageStatus::New,
        sentiment: Some(Sentiment::Neutral),
        sentiment_corrected: false,
        priority: Priority::Normal,
        first_response_at: None,
        snoozed_until: None,
        rule: None,
        channel_id: 1,
        person_id: None,
        suggested_reply: None,
        heard_on: None,
    }
}

fn pane() -> InboxPane {
    let mut pane = InboxPane::default();
    pane.set_height(20);
    let rows = vec![
        message(1, "@lucia", "¿Abrís el domingo?", 8),
        message(2, "@marcos", "El pedido llegó roto.", 9),
    ];
    pane.queue_mut().receive(2, 0, rows);
    pane
}

fn replies() -> Vec<SavedReply> {
    vec![
        SavedReply {
            id: 1,
            name: "Gracias".into(),
            body: "¡Gracias, {name}! Nos alegra leerte en {channel}.".into(),
        },
        SavedReply {
            id: 2,
            name: "Horario".into(),
            body: "Hola {name}, abrimos de 9 a 14 hoy {today}.".into(),
        },
    ]
}

fn screen(pane: &InboxPane, strategy: bool) -> String {
    crate::ui::testing::screen(100, 24, clock(), strategy, |ctx, area, buf| {
        InboxPaneView::new(pane, ctx).render(area, buf)
    })
}

#[test]
fn the_execution_face_lists_the_messages_waiting() {
    insta::assert_snapshot!(screen(&pane(), false));
}

#[test]
fn the_strategy_face_shows_the_response_target_and_the_tone() {
    let mut pane = pane();
    let stats = ResponseStats {
        received: 12,
        answered: 10,
        within_target: 8,
        median_minutes: Some(35.0),
        slowest_minutes: Some(140.0),
    };
    let data = InboxStrategy {
        target_minutes: 60,
        this_week: stats.clone(),
        last_week: stats,
        volume: vec![("Instagram DM".into(), 9)],
        tone_guide: "Cercano, breve, sin emojis.".into(),
        escalation_rules: "Un pedido roto va a logística.".into(),
    };
    pane.receive(InboxData::Strategy(data), &context());
    insta::assert_snapshot!(screen(&pane, true));
}

#[test]
fn the_reply_editor_opens_on_the_selected_message_with_the_suggested_saved_reply_first() {
    let mut pane = InboxPane::default();
    pane.set_height(20);
    let mut row = message(1, "@lucia", "¿Abrís el domingo?", 8);
    row.suggested_reply = Some("Horario".into());
    pane.queue_mut().receive(1, 0, vec![row]);
    let library = InboxData::ReplyLibrary {
        message_id: 1,
        replies: replies(),
        statements: vec![crate::domain::inbox::HoldingStatement {
            level: 1,
            title: "Retraso".into(),
            body: "Estamos revisándolo.".into(),
            in_force: false,
        }],
    };
    pane.receive(library, &context());
    assert_eq!(pane.reply().map(|r| r.library().len()), Some(3));
    insta::assert_snapshot!(screen(&pane, false));
}

#[test]
fn the_new_message_form_opens_on_the_channels_read_for_it() {
    let mut pane = pane();
    let channels = vec![(1, "Instagram @nora".to_string())];
    pane.receive(InboxData::Channels(channels), &context());
    insta::assert_snapshot!(screen(&pane, false));
}
