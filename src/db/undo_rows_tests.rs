//! Row images for undo: a person removed and put back whole, the inverse a capture answers, the
//! column-by-column check, and the statements against the schema.

use super::Db;
use super::undo_rows::{Rows, Table};

fn person_with_handle(db: &mut Db) -> i64 {
    db.write(|tx| {
        tx.execute(
            "INSERT INTO people (name, role, created_at) VALUES ('Ana Ruiz', 'advocate', '2026-11-01T10:00:00Z')",
            [],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO handles (person_id, network, handle) VALUES (?1, 'x', '@ana')",
            [id],
        )?;
        Ok(id)
    })
    .unwrap()
}

fn one(db: &Db, sql: &str) -> String {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_removed_person_comes_back_with_the_same_id_handles_and_fields() {
    let mut db = Db::open_in_memory().unwrap();
    let person = person_with_handle(&mut db);
    let before = one(
        &db,
        "SELECT json_array(p.id, p.name, p.role, h.handle) FROM people p JOIN handles h ON h.person_id = p.id",
    );
    let kept = db.row_images(&[(Table::People, person)]).unwrap();
    db.apply_rows(&Rows::removing(vec![(Table::People, person)]))
        .unwrap();
    assert_eq!(one(&db, "SELECT COUNT(*) || '' FROM handles"), "0");
    db.apply_rows(&Rows {
        put: kept,
        remove: Vec::new(),
    })
    .unwrap();
    assert_eq!(
        one(
            &db,
            "SELECT json_array(p.id, p.name, p.role, h.handle) FROM people p JOIN handles h ON h.person_id = p.id",
        ),
        before
    );
}

#[test]
fn capturing_a_set_answers_the_set_that_takes_it_back() {
    let mut db = Db::open_in_memory().unwrap();
    let person = person_with_handle(&mut db);
    let removal = Rows::removing(vec![(Table::People, person)]);
    let back = db.capture_rows(&removal).unwrap();
    assert_eq!(back.put.len(), 1, "the person is kept whole to come back");
    assert!(back.remove.is_empty());
    db.apply_rows(&removal).unwrap();
    let again = db.capture_rows(&back).unwrap();
    assert_eq!(
        again,
        Rows::removing(vec![(Table::People, person)]),
        "putting the person back is taken back by removing them"
    );
}

#[test]
fn a_checked_write_keeps_what_else_changed_and_refuses_what_the_change_touched() {
    let mut db = Db::open_in_memory().unwrap();
    let person = person_with_handle(&mut db);
    let key = [(Table::People, person)];
    let before = db.row_images(&key).unwrap();
    db.write(|tx| {
        tx.execute(
            "UPDATE people SET notes = 'met at the fair' WHERE id = ?1",
            [person],
        )
    })
    .unwrap();
    let undo = Rows {
        put: before,
        remove: Vec::new(),
    };
    let left = db.capture_rows(&undo).unwrap();
    db.write(|tx| tx.execute("UPDATE people SET reach = 900 WHERE id = ?1", [person]))
        .unwrap();
    let inverse = db.apply_rows_checked(&undo, Some(&left)).unwrap();
    assert!(
        inverse.is_some(),
        "a column the change did not touch is no conflict"
    );
    assert_eq!(
        one(&db, "SELECT notes || '/' || reach FROM people"),
        "/900",
        "the notes go back, the reach written since stays"
    );
    let redo = inverse.unwrap();
    let left = db.capture_rows(&redo).unwrap();
    db.write(|tx| tx.execute("UPDATE people SET notes = 'other' WHERE id = ?1", [person]))
        .unwrap();
    assert_eq!(db.apply_rows_checked(&redo, Some(&left)).unwrap(), None);
    assert_eq!(
        one(&db, "SELECT notes FROM people"),
        "other",
        "nothing is written over a change since"
    );
}

/// How many values the `json_array(…)` of a statement reads (top-level commas plus one).
fn values_read(sql: &str) -> usize {
    let start = sql.find("json_array(").unwrap() + "json_array(".len();
    let end = start + sql[start..].find(')').unwrap();
    sql[start..end].split(',').count()
}

fn columns(db: &Db, table: &str) -> usize {
    let n: i64 = db
        .conn()
        .query_row("SELECT COUNT(*) FROM pragma_table_info(?1)", [table], |r| {
            r.get(0)
        })
        .unwrap();
    n as usize
}

#[test]
fn every_column_of_every_kept_table_is_read_and_written_back() {
    let db = Db::open_in_memory().unwrap();
    for table in Table::ALL {
        let n = columns(&db, table.name());
        assert_eq!(
            values_read(table.select()),
            n,
            "{}: a column added by a migration must be kept by undo too",
            table.name()
        );
        assert!(
            table.upsert().contains(&format!("j->>{}", n - 1))
                && !table.upsert().contains(&format!("j->>{n},")),
            "{}: the upsert writes every column read",
            table.name()
        );
        if let Some((select, _, insert)) = table.children() {
            let child = select
                .split(" FROM ")
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .unwrap();
            let m = columns(&db, child);
            assert_eq!(values_read(select), m, "{child}: every column is kept");
            assert!(insert.contains(&format!("j->>{}", m - 1)), "{child}");
        }
    }
}
