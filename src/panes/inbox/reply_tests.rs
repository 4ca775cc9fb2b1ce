//! The reply editor's tests: placeholders, the picker's word search and groups, sending.
use super::*;
use crate::keymap::Keymap;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key press as the default key map reads it in the editor's current layer.
fn press(reply: &mut ReplyEditor, code: KeyCode, modifiers: KeyModifiers) -> ReplyOutcome {
    let scope = reply.layer().scopes(crate::keymap::Scope::Inbox, false);
    let input = Keymap::defaults().input(&scope, KeyEvent::new(code, modifiers));
    reply.handle_key(input)
}

fn key(reply: &mut ReplyEditor, code: KeyCode) -> ReplyOutcome {
    press(reply, code, KeyModifiers::NONE)
}

fn ctrl(reply: &mut ReplyEditor, c: char) -> ReplyOutcome {
    press(reply, KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn library() -> Vec<SavedReply> {
    vec![
        SavedReply {
            id: 1,
            name: "Gracias".into(),
            body: "¡Gracias, {name}! Nos alegra leerte en {channel}.".into(),
        },
        SavedReply {
            id: 2,
            name: "Retraso en el envío".into(),
            body: "Hola {name}, sentimos el retraso. Hoy {today} lo revisamos.".into(),
        },
    ]
}

fn vars() -> Variables {
    Variables {
        name: "Lucía".into(),
        channel: "Instagram".into(),
        today: "23/11/2026".into(),
    }
}

#[test]
fn placeholders_are_filled_with_the_messages_values() {
    assert_eq!(
        fill("Hola {name} ({channel}, {today})", &vars()),
        "Hola Lucía (Instagram, 23/11/2026)"
    );
}

#[test]
fn searching_the_saved_replies_ignores_accents_and_inserts_the_filled_text() {
    let mut reply = ReplyEditor::new(9, "@lucia".into(), library(), vars(), None);
    ctrl(&mut reply, 't');
    for c in "envio".chars() {
        key(&mut reply, KeyCode::Char(c));
    }
    assert_eq!(
        reply.picker.as_ref().map(|p| p.matches.clone()),
        Some(vec![1])
    );
    key(&mut reply, KeyCode::Enter);
    assert_eq!(
        reply.text(),
        "Hola Lucía, sentimos el retraso. Hoy 23/11/2026 lo revisamos."
    );
    assert_eq!(ctrl(&mut reply, 's'), ReplyOutcome::Send(reply.text()));
}

#[test]
fn a_rules_suggestion_comes_first_in_the_picker() {
    let reply = ReplyEditor::new(
        9,
        "@lucia".into(),
        library(),
        vars(),
        Some("Retraso en el envío".into()),
    );
    assert_eq!(reply.picker.map(|p| p.matches[0]), Some(1));
}

#[test]
fn an_empty_reply_is_not_sent() {
    let mut reply = ReplyEditor::new(9, "@lucia".into(), library(), vars(), None);
    assert_eq!(ctrl(&mut reply, 's'), ReplyOutcome::Open);
    assert!(reply.error.is_some());
    assert_eq!(key(&mut reply, KeyCode::Esc), ReplyOutcome::Cancel);
}

fn statement(level: i64, title: &str, in_force: bool) -> HoldingStatement {
    HoldingStatement {
        level,
        title: title.into(),
        body: format!("Texto de nivel {level}."),
        in_force,
    }
}

fn message() -> MessageRow {
    use crate::domain::{MessageKind, MessageStatus, Network, Priority};
    MessageRow {
        id: 9,
        network: Network::Instagram,
        channel: "@nora".into(),
        kind: MessageKind::Comment,
        author: "@lucia".into(),
        person: None,
        on_watchlist: false,
        body: "¿Qué ha pasado?".into(),
        received_at: chrono::DateTime::default(),
        status: MessageStatus::New,
        sentiment: None,
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

#[test]
fn a_loose_fuzzy_match_is_not_offered_and_enter_then_inserts_nothing() {
    let mut reply = ReplyEditor::new(9, "@lucia".into(), library(), vars(), None);
    ctrl(&mut reply, 't');
    for c in "grcs".chars() {
        key(&mut reply, KeyCode::Char(c));
    }
    assert_eq!(reply.picker().map(|p| p.matches().len()), Some(0));
    key(&mut reply, KeyCode::Enter);
    assert_eq!(reply.text(), "");
    assert!(reply.picker().is_some());
    assert_eq!(
        reply.error.as_deref(),
        Some("No saved reply matches “grcs”; nothing was inserted.")
    );
}

#[test]
fn every_typed_word_must_be_found_and_a_name_hit_ranks_above_a_text_hit() {
    let replies = vec![
        SavedReply {
            id: 1,
            name: "Horario".into(),
            body: "Abrimos el domingo por la mañana.".into(),
        },
        SavedReply {
            id: 2,
            name: "Domingo".into(),
            body: "Los domingos abrimos tarde.".into(),
        },
    ];
    let mut reply = ReplyEditor::new(9, "@lucia".into(), replies, vars(), None);
    ctrl(&mut reply, 't');
    for c in "domingo manana".chars() {
        key(&mut reply, KeyCode::Char(c));
    }
    assert_eq!(reply.picker().map(|p| p.matches().to_vec()), Some(vec![0]));
    for _ in 0.."manana".len() + 1 {
        key(&mut reply, KeyCode::Backspace);
    }
    assert_eq!(
        reply.picker().map(|p| p.matches().to_vec()),
        Some(vec![1, 0])
    );
}

#[test]
fn holding_statements_follow_the_saved_replies_and_lead_while_a_crisis_is_open() {
    let calm = ReplyEditor::answering(
        &message(),
        library(),
        vec![statement(1, "Incidencia", false)],
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
    );
    let mut calm = calm;
    ctrl(&mut calm, 't');
    assert_eq!(
        calm.picker().map(|p| p.matches().to_vec()),
        Some(vec![0, 1, 2])
    );
    assert_eq!(calm.group(2), Group::Holding);
    assert_eq!(calm.library()[2].name, "Incidencia");
    let mut crisis = ReplyEditor::answering(
        &message(),
        library(),
        vec![
            statement(1, "Incidencia", true),
            statement(2, "Muchos", false),
        ],
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
    );
    ctrl(&mut crisis, 't');
    assert_eq!(
        crisis.picker().map(|p| p.matches().to_vec()),
        Some(vec![2, 3, 0, 1])
    );
    assert_eq!(crisis.library()[2].name, "Crisis: Incidencia");
}
