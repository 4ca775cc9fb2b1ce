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

fn spanish_context() -> Context {
    Context {
        lang: crate::i18n::Lang::Es,
        ..context()
    }
}

fn screen_es(pane: &InboxPane, strategy: bool) -> String {
    crate::ui::testing::screen_in(
        crate::i18n::Lang::Es,
        100,
        24,
        clock(),
        strategy,
        |ctx, area, buf| InboxPaneView::new(pane, ctx).render(area, buf),
    )
}

/// The queue in Spanish: one message escalated, one answered late, one marked, a filter.
fn spanish_queue() -> String {
    let mut pane = InboxPane::default();
    pane.set_lang(crate::i18n::Lang::Es);
    pane.set_height(20);
    let mut escalated = message(2, "@marcos", "El pedido llegó roto.", 9);
    escalated.status = MessageStatus::Escalated;
    escalated.priority = Priority::Urgent;
    escalated.sentiment = Some(Sentiment::Negative);
    let mut comment = message(3, "@ines", "¡Qué rico el café!", 2);
    comment.kind = MessageKind::Comment;
    comment.rule = Some("Elogios".into());
    comment.priority = Priority::Low;
    let rows = vec![
        message(1, "@lucia", "¿Abrís el domingo?", 8),
        escalated,
        comment,
    ];
    pane.queue_mut().receive(3, 0, rows);
    pane.handle(Command::ToggleMark);
    pane.filter_label = "Instagram @nora".into();
    screen_es(&pane, false)
}

/// A message open in detail in Spanish, with a rule, a suggested reply and a recorded reply.
fn spanish_detail() -> String {
    let mut pane = InboxPane::default();
    pane.set_height(20);
    let mut row = message(1, "@lucia", "El pedido llegó roto y nadie me contesta.", 8);
    row.person = Some("Lucía Pons".into());
    row.on_watchlist = true;
    row.rule = Some("Pedidos rotos".into());
    row.suggested_reply = Some("Pedido roto".into());
    row.sentiment = Some(Sentiment::Negative);
    row.sentiment_corrected = true;
    row.priority = Priority::High;
    row.status = MessageStatus::Open;
    pane.queue_mut().receive(1, 0, vec![row]);
    pane.queue_mut().detail = true;
    pane.receive(
        InboxData::Replies(vec![(
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap(),
            "Lo sentimos, Lucía: te escribimos por privado.".into(),
        )]),
        &spanish_context(),
    );
    screen_es(&pane, false)
}

/// The reply editor in Spanish with the saved-reply search open on a rule's suggestion.
fn spanish_reply_editor() -> String {
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
            in_force: true,
        }],
    };
    pane.receive(library, &spanish_context());
    screen_es(&pane, false)
}

/// The saved replies library in Spanish.
fn spanish_library() -> String {
    let mut pane = pane();
    pane.receive(InboxData::Library(replies()), &spanish_context());
    screen_es(&pane, false)
}

/// The empty saved replies library in Spanish, saying how to add one.
fn spanish_empty_library() -> String {
    let mut pane = pane();
    pane.receive(InboxData::Library(Vec::new()), &spanish_context());
    screen_es(&pane, false)
}

/// The strategy face in Spanish: the response target against two weeks, volume, tone.
fn spanish_strategy() -> String {
    let mut pane = pane();
    let stats = ResponseStats {
        received: 1_250,
        answered: 10,
        within_target: 8,
        median_minutes: Some(35.0),
        slowest_minutes: Some(140.0),
    };
    let data = InboxStrategy {
        target_minutes: 60,
        this_week: stats.clone(),
        last_week: ResponseStats::default(),
        volume: vec![("instagram dm".into(), 9), ("x comment".into(), 3)],
        tone_guide: "Cercano, breve, sin emojis.".into(),
        escalation_rules: String::new(),
    };
    pane.receive(InboxData::Strategy(data), &spanish_context());
    screen_es(&pane, true)
}

/// A message typed by hand in Spanish, refused with the reasons on its fields.
fn spanish_new_message_refused() -> String {
    let mut pane = pane();
    let channels = vec![(1, "Instagram @nora".to_string())];
    pane.receive(InboxData::Channels(channels), &spanish_context());
    let ctrl_s = ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('s'),
        ratatui::crossterm::event::KeyModifiers::CONTROL,
    );
    let outcome = pane.form_key(Input::new(Some(Command::Save), ctrl_s), &spanish_context());
    assert_eq!(outcome, Outcome::Handled);
    screen_es(&pane, false)
}

#[test]
fn the_queue_reads_in_spanish() {
    insta::assert_snapshot!(spanish_queue());
}

#[test]
fn a_message_detail_reads_in_spanish() {
    insta::assert_snapshot!(spanish_detail());
}

#[test]
fn the_reply_editor_reads_in_spanish_with_the_holding_statements_first_in_a_crisis() {
    insta::assert_snapshot!(spanish_reply_editor());
}

#[test]
fn the_saved_replies_library_reads_in_spanish() {
    insta::assert_snapshot!(spanish_library());
}

#[test]
fn the_empty_saved_replies_library_reads_in_spanish() {
    insta::assert_snapshot!(spanish_empty_library());
}

#[test]
fn the_strategy_face_reads_in_spanish_with_its_figures_in_spanish_format() {
    insta::assert_snapshot!(spanish_strategy());
}

#[test]
fn a_refused_new_message_reads_in_spanish() {
    insta::assert_snapshot!(spanish_new_message_refused());
}

#[test]
fn drawing_the_inbox_in_spanish_asks_for_no_missing_inbox_message() {
    for screen in [
        spanish_queue(),
        spanish_detail(),
        spanish_reply_editor(),
        spanish_library(),
        spanish_empty_library(),
        spanish_strategy(),
        spanish_new_message_refused(),
    ] {
        assert!(!screen.is_empty());
    }
    let missing: Vec<String> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|m| m.contains("inbox-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}
