//! The triage rules typed in the Inbox: stored and read back whole, in creation order, replaced,
//! deleted and put back.

use super::Db;
use crate::analytics::triage::{Actions, Conditions, StoredRule, TriageRule};
use crate::domain::{MessageKind, MessageStatus, Network, Priority, Role, Sentiment};

fn refunds() -> TriageRule {
    TriageRule {
        name: "refunds".into(),
        when: Conditions {
            contains: vec!["reembolso".into(), "devolución del pedido".into()],
            channel: Some(Network::Instagram),
            kind: Some(MessageKind::Dm),
            role: Some(Role::Customer),
        },
        then: Actions {
            priority: Some(Priority::Urgent),
            sentiment: Some(Sentiment::Negative),
            status: Some(MessageStatus::Escalated),
            saved_reply: Some("Refund policy".into()),
        },
    }
}

fn reviews() -> TriageRule {
    TriageRule {
        name: "reviews".into(),
        when: Conditions {
            kind: Some(MessageKind::Review),
            ..Conditions::default()
        },
        then: Actions {
            priority: Some(Priority::High),
            ..Actions::default()
        },
    }
}

#[test]
fn a_saved_rule_reads_back_whole_and_rules_come_in_creation_order() {
    let mut db = Db::open_in_memory().unwrap();
    assert!(db.triage_rules().unwrap().is_empty());
    let first = db.save_triage_rule(None, &refunds()).unwrap();
    let second = db.save_triage_rule(None, &reviews()).unwrap();
    assert_eq!(
        db.triage_rules().unwrap(),
        vec![
            StoredRule {
                id: first,
                rule: refunds()
            },
            StoredRule {
                id: second,
                rule: reviews()
            },
        ]
    );
    assert_eq!(db.triage_rule(second).unwrap().unwrap().rule, reviews());
    assert_eq!(db.triage_rule(second + 1).unwrap(), None);
}

#[test]
fn editing_replaces_the_rule_in_place_and_deleting_then_restoring_puts_it_back() {
    let mut db = Db::open_in_memory().unwrap();
    let first = db.save_triage_rule(None, &refunds()).unwrap();
    let second = db.save_triage_rule(None, &reviews()).unwrap();
    let mut edited = refunds();
    edited.when.channel = None;
    edited.then.saved_reply = None;
    assert_eq!(db.save_triage_rule(Some(first), &edited).unwrap(), first);
    assert_eq!(db.triage_rule(first).unwrap().unwrap().rule, edited);
    let before = db.triage_rule(first).unwrap().unwrap();
    db.delete_triage_rule(first).unwrap();
    assert_eq!(db.triage_rules().unwrap().len(), 1);
    db.restore_triage_rule(&before).unwrap();
    let ids: Vec<i64> = db.triage_rules().unwrap().iter().map(|r| r.id).collect();
    assert_eq!(ids, vec![first, second], "it keeps its place in the order");
}

#[test]
fn two_rules_cannot_share_a_name_whatever_its_case() {
    let mut db = Db::open_in_memory().unwrap();
    db.save_triage_rule(None, &refunds()).unwrap();
    let mut clash = reviews();
    clash.name = "REFUNDS".into();
    assert!(db.save_triage_rule(None, &clash).is_err());
    assert_eq!(db.triage_rules().unwrap().len(), 1);
}
