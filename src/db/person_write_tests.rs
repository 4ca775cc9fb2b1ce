//! Adding, editing and deleting a person on an in-memory database: duplicates refused naming
//! their owner, and undo putting back everything — handles, interactions, linked messages and
//! mentions — with the same ids.

use super::Db;
use crate::domain::person::{Duplicate, PersonDraft};
use crate::domain::{Network, Role};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn ana() -> PersonDraft {
    PersonDraft {
        name: "Ana Vidal".into(),
        role: Role::Influencer,
        tier: "Embajador".into(),
        tags: "barista, valencia".into(),
        notes: "Viene los sábados.".into(),
        reach: 12_400,
        handles: vec![
            (Network::Instagram, "@ana".into()),
            (Network::X, "@ana_v".into()),
        ],
        next_follow_up: NaiveDate::from_ymd_opt(2026, 12, 1),
    }
}

fn number(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |row| row.get(0)).unwrap()
}

/// A person with a message, a mention and an interaction linked to them.
fn linked_person(db: &mut Db) -> i64 {
    let id = db.save_person(None, &ana(), now()).unwrap().unwrap();
    db.write(|tx| {
        tx.execute(
            "INSERT INTO channels (name, network, handle, char_limit) VALUES ('IG', 'instagram', '@marca', 2200)",
            [],
        )?;
        let channel = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO messages (channel_id, kind, author, person_id, body, received_at, status)
             VALUES (?1, 'dm', '@ana', ?2, 'Hola', '2026-11-22T09:00:00Z', 'new')",
            rusqlite::params![channel, id],
        )?;
        tx.execute(
            "INSERT INTO mentions (source, author, person_id, text, published_at) VALUES ('rss', '@ana', ?1, 'Qué café', '2026-11-22T09:00:00Z')",
            [id],
        )?;
        Ok(())
    })
    .unwrap();
    db.log_interaction(id, "call", now(), "Llamada", None)
        .unwrap();
    id
}

#[test]
fn a_new_person_is_stored_with_every_field_and_handle() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.save_person(None, &ana(), now()).unwrap().unwrap();
    let snap = db.person_snapshot(id).unwrap().unwrap();
    assert_eq!(snap.draft, ana());
    assert_eq!(snap.created_at, "2026-11-23T10:00:00Z");
}

#[test]
fn a_handle_someone_else_has_is_refused_naming_them_and_nothing_is_stored() {
    let mut db = Db::open_in_memory().unwrap();
    db.save_person(None, &ana(), now()).unwrap().unwrap();
    let other = PersonDraft {
        name: "Otra".into(),
        handles: vec![(Network::Instagram, "ANA".into())],
        ..PersonDraft::default()
    };
    assert_eq!(
        db.save_person(None, &other, now()).unwrap(),
        Err(Duplicate::Handle {
            handle: "instagram:@ana".into(),
            owner: "Ana Vidal".into()
        })
    );
    assert_eq!(number(&db, "SELECT COUNT(*) FROM people"), 1);
}

#[test]
fn a_name_someone_else_has_is_refused_but_a_person_keeps_their_own() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.save_person(None, &ana(), now()).unwrap().unwrap();
    let same = PersonDraft {
        name: "ana vidal".into(),
        ..PersonDraft::default()
    };
    assert_eq!(
        db.save_person(None, &same, now()).unwrap(),
        Err(Duplicate::Name {
            owner: "Ana Vidal".into()
        })
    );
    let edited = PersonDraft {
        reach: 13_000,
        ..ana()
    };
    assert_eq!(db.save_person(Some(id), &edited, now()).unwrap(), Ok(id));
}

#[test]
fn an_edit_changes_the_fields_and_handles_and_restoring_the_snapshot_puts_them_back() {
    let mut db = Db::open_in_memory().unwrap();
    let id = linked_person(&mut db);
    let before = db.person_snapshot(id).unwrap().unwrap();
    let edited = PersonDraft {
        name: "Ana V.".into(),
        role: Role::Partner,
        tags: "valencia".into(),
        reach: 20_000,
        handles: vec![
            (Network::X, "@ana_v".into()),
            (Network::Bluesky, "@ana.bsky.social".into()),
        ],
        next_follow_up: None,
        ..ana()
    };
    db.save_person(Some(id), &edited, now()).unwrap().unwrap();
    let after = db.person_snapshot(id).unwrap().unwrap();
    assert_eq!(after.draft, edited);
    assert_eq!(
        after.handles.first().map(|h| h.0),
        before.handles.get(1).map(|h| h.0),
        "a handle kept keeps its id"
    );
    db.restore_person(&before).unwrap();
    assert_eq!(db.person_snapshot(id).unwrap(), Some(before));
}

#[test]
fn deleting_a_person_removes_their_handles_and_unlinks_messages_and_undo_restores_all_exactly() {
    let mut db = Db::open_in_memory().unwrap();
    let id = linked_person(&mut db);
    let before = db.person_snapshot(id).unwrap().unwrap();
    assert_eq!(
        (
            before.messages.len(),
            before.mentions.len(),
            before.interactions.len()
        ),
        (1, 1, 1)
    );
    let snap = db.delete_person(id).unwrap().unwrap();
    assert_eq!(snap, before);
    assert_eq!(number(&db, "SELECT COUNT(*) FROM people"), 0);
    assert_eq!(number(&db, "SELECT COUNT(*) FROM handles"), 0);
    assert_eq!(number(&db, "SELECT COUNT(*) FROM interactions"), 0);
    assert_eq!(
        number(&db, "SELECT COUNT(*) FROM messages WHERE person_id IS NULL")
            + number(&db, "SELECT COUNT(*) FROM mentions WHERE person_id IS NULL"),
        2,
        "messages and mentions stay, unlinked"
    );
    db.restore_person(&snap).unwrap();
    assert_eq!(db.person_snapshot(id).unwrap(), Some(before));
}

#[test]
fn removing_a_person_just_added_takes_their_handles_too() {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.save_person(None, &ana(), now()).unwrap().unwrap();
    db.remove_person(id).unwrap();
    assert_eq!(number(&db, "SELECT COUNT(*) FROM people"), 0);
    assert_eq!(number(&db, "SELECT COUNT(*) FROM handles"), 0);
}
