//! The people list's two-part paging (follow-ups due first, then the rest, each by name) gives
//! the same order as one sort of everyone, page after page.

use super::Db;
use crate::domain::people::{PeopleFilter, PeopleSort};
use chrono::NaiveDate;

#[test]
fn paging_due_people_then_the_rest_matches_one_sort_of_everyone() {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        for i in 0..53 {
            let due = match i % 4 {
                0 => Some("2026-11-20"),
                1 => Some("2026-12-20"),
                _ => None,
            };
            tx.execute(
                "INSERT INTO people (name, role, next_follow_up, created_at) VALUES (?1, 'customer', ?2, '2026-01-01T00:00:00Z')",
                rusqlite::params![format!("{} {i}", ["ana", "Bea", "álvaro", "Zoe"][i % 4]), due],
            )?;
        }
        Ok(())
    })
    .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let filter = PeopleFilter {
        sort: PeopleSort::FollowUpsFirst,
        ..Default::default()
    };
    let mut paged = Vec::new();
    let mut offset = 0;
    loop {
        let page = db.people_filtered(today, &filter, offset, 7).unwrap();
        assert_eq!(page.total, 53);
        if page.rows.is_empty() {
            break;
        }
        offset += page.rows.len();
        paged.extend(page.rows.into_iter().map(|r| r.id));
    }
    let mut stmt = db
        .conn()
        .prepare(
            "SELECT id FROM people ORDER BY (next_follow_up IS NOT NULL AND next_follow_up <= '2026-11-23') DESC,
             name COLLATE NOCASE, id",
        )
        .unwrap();
    let sorted: Vec<i64> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(paged, sorted);
}
