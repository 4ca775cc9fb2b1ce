//! Inbox pane state: bulk marks, the requests its keys make, views and the library.

use super::*;
use crate::domain::inbox::SavedReply;
use crate::domain::{MessageKind, Network, Priority};
use chrono::TimeZone;

fn message(id: i64, status: MessageStatus, priority: Priority) -> MessageRow {
    MessageRow {
        id,
        network: Network::Instagram,
        channel: "@nora".into(),
        kind: MessageKind::Dm,
        author: format!("@persona{id}").into(),
        person: None,
        on_watchlist: false,
        body: "¿Abrís el domingo?".into(),
        received_at: Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        status,
        sentiment: Some(Sentiment::Neutral),
        sentiment_corrected: false,
        priority,
        first_response_at: None,
        snoozed_until: None,
        rule: None,
        channel_id: 1,
        person_id: None,
        suggested_reply: None,
        heard_on: None,
    }
}

fn pane_with(rows: Vec<MessageRow>) -> InboxPane {
    let mut pane = InboxPane {
        page_height: 10,
        ..Default::default()
    };
    pane.queue.set_height(10);
    let total = rows.len();
    pane.queue.receive(total, 0, rows);
    pane
}

#[test]
fn one_key_acts_on_the_selected_message() {
    let mut pane = pane_with(vec![
        message(1, MessageStatus::New, Priority::Normal),
        message(2, MessageStatus::Open, Priority::High),
    ]);
    assert_eq!(
        pane.handle(Command::MarkDone),
        Outcome::Request(InboxRequest::ChangeMessages {
            ids: vec![1],
            change: MessageChange::Status(MessageStatus::Done),
            label: "mark done".into()
        })
    );
    assert_eq!(
        pane.handle(Command::Reply),
        Outcome::Request(InboxRequest::OpenReply(1))
    );
    pane.handle(Command::Down);
    assert_eq!(
        pane.handle(Command::CyclePriority),
        Outcome::Request(InboxRequest::ChangeMessages {
            ids: vec![2],
            change: MessageChange::Priority(Priority::Urgent),
            label: "priority".into()
        })
    );
    assert_eq!(
        pane.handle(Command::CorrectSentiment),
        Outcome::Request(InboxRequest::ChangeMessages {
            ids: vec![2],
            change: MessageChange::Sentiment(Sentiment::Negative),
            label: "sentiment correction".into()
        })
    );
}

#[test]
fn marked_messages_take_a_bulk_action_and_escape_clears_the_marks() {
    let mut pane = pane_with(vec![
        message(1, MessageStatus::New, Priority::Normal),
        message(2, MessageStatus::New, Priority::Normal),
        message(3, MessageStatus::New, Priority::Normal),
    ]);
    pane.handle(Command::ToggleMark);
    pane.handle(Command::Down);
    pane.handle(Command::ToggleMark);
    assert_eq!(pane.targets(), vec![1, 3]);
    assert_eq!(
        pane.handle(Command::Escalate),
        Outcome::Request(InboxRequest::ChangeMessages {
            ids: vec![1, 3],
            change: MessageChange::Status(MessageStatus::Escalated),
            label: "escalate".into()
        })
    );
    pane.handle(Command::Back);
    assert!(pane.marked.is_empty());
    assert_eq!(pane.targets(), vec![3]);
}

#[test]
fn snoozing_opens_a_form_for_every_target() {
    let mut pane = pane_with(vec![message(1, MessageStatus::New, Priority::Normal)]);
    assert_eq!(pane.handle(Command::Snooze), Outcome::Handled);
    assert!(
        matches!(pane.form.as_ref().map(|f| &f.purpose), Some(InboxFormPurpose::Snooze(ids)) if ids == &vec![1])
    );
    assert_eq!(pane.layer(), crate::keymap::Layer::Form);
}

#[test]
fn views_cycle_and_the_order_flips_and_both_start_the_list_again() {
    let mut pane = pane_with(vec![message(1, MessageStatus::New, Priority::Normal)]);
    pane.handle(Command::CycleView);
    assert_eq!(pane.view, InboxView::All);
    assert!(pane.queue.wanted().is_some());
    pane.handle(Command::ToggleOrder);
    assert!(pane.newest_first);
    for _ in 0..4 {
        pane.handle(Command::CycleView);
    }
    assert_eq!(pane.view, InboxView::NeedsAnswer);
}

#[test]
fn opening_a_new_message_marks_it_open() {
    let mut pane = pane_with(vec![message(1, MessageStatus::New, Priority::Normal)]);
    assert_eq!(
        pane.handle(Command::Open),
        Outcome::Request(InboxRequest::MarkOpened(1))
    );
    assert!(pane.queue.detail);
}

#[test]
fn the_library_takes_movement_and_asks_before_deleting() {
    let mut pane = pane_with(vec![]);
    pane.library = Some(Library {
        replies: vec![
            SavedReply {
                id: 4,
                name: "Gracias".into(),
                body: "¡Gracias!".into(),
            },
            SavedReply {
                id: 5,
                name: "Horario".into(),
                body: "Abrimos a las 8".into(),
            },
        ],
        selected: 0,
    });
    pane.handle(Command::Down);
    assert!(matches!(
        pane.handle(Command::Delete),
        Outcome::Confirm(_, InboxRequest::DeleteSavedReply(5))
    ));
    pane.handle(Command::Edit);
    assert!(matches!(
        pane.form.as_ref().map(|f| &f.purpose),
        Some(InboxFormPurpose::SavedReply(Some(5)))
    ));
    pane.form = None;
    pane.handle(Command::Back);
    assert!(pane.library.is_none());
}

#[test]
fn actions_without_a_message_say_so() {
    let mut pane = pane_with(vec![]);
    assert_eq!(
        pane.handle(Command::MarkDone),
        Outcome::Message("Select a message first.".into())
    );
    assert_eq!(
        pane.handle(Command::Reply),
        Outcome::Message("Select a message first.".into())
    );
}
