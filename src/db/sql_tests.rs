//! Every static statement of the windowed lists prepares on a fresh database, so a typo in a
//! rarely used variant (a view, an order, a filtered count) fails here rather than on screen.

use super::Db;
use super::inbox_statements as inbox;
use super::plan_tables::NamedTable;
use super::{calendar, mention_list, people_list};
use crate::domain::inbox::InboxView;
use crate::domain::mentions::MentionView;
use crate::domain::people::PeopleSort;

fn prepares(db: &Db, sql: &str) {
    if let Err(error) = db.conn().prepare(sql) {
        panic!("{error}\n{sql}");
    }
}

#[test]
fn every_inbox_statement_prepares_in_every_view_and_order() {
    let db = Db::open_in_memory().unwrap();
    for view in InboxView::ALL {
        prepares(&db, inbox::count_statement(view));
        for newest_first in [false, true] {
            prepares(&db, inbox::page_statement(view, newest_first));
            prepares(&db, inbox::texts_statement(view, newest_first));
        }
    }
}

#[test]
fn every_mentions_statement_prepares_in_every_view() {
    let db = Db::open_in_memory().unwrap();
    for view in MentionView::ALL {
        prepares(&db, mention_list::unfiltered_count(view));
        prepares(&db, mention_list::count_statement(view));
        prepares(&db, mention_list::page_statement(view));
        if let Some(sql) = mention_list::page_from_the_end_statement(view) {
            prepares(&db, sql);
        }
        prepares(&db, mention_list::texts_statement(view));
        prepares(&db, mention_list::candidates_statement(view));
    }
}

#[test]
fn only_the_new_mentions_view_has_no_statement_from_its_far_end() {
    for view in MentionView::ALL {
        assert_eq!(
            mention_list::page_from_the_end_statement(view).is_none(),
            view == MentionView::New,
            "{view:?}"
        );
    }
}

#[test]
fn every_people_statement_prepares_in_every_order() {
    let db = Db::open_in_memory().unwrap();
    for sql in [
        people_list::PAGE_DUE,
        people_list::PAGE_NOT_DUE,
        people_list::PAGE_BY_NAME,
        people_list::PAGE_BY_REACH,
    ] {
        prepares(&db, sql);
    }
    for sort in PeopleSort::ALL {
        prepares(&db, people_list::texts_statement(sort));
    }
}

#[test]
fn the_agenda_statements_prepare() {
    let db = Db::open_in_memory().unwrap();
    prepares(&db, calendar::AGENDA_COUNT);
    prepares(&db, calendar::AGENDA_PAGE);
}

#[test]
fn every_plan_table_statement_prepares_and_an_update_binds_the_id_after_the_insert_values() {
    let db = Db::open_in_memory().unwrap();
    for table in NamedTable::ALL {
        for sql in [table.rename(), table.names(), table.ids(), table.delete()] {
            prepares(&db, sql);
        }
        prepares(&db, table.insert());
        prepares(&db, table.update());
        let insert = db.conn().prepare(table.insert()).unwrap().parameter_count();
        let update = db.conn().prepare(table.update()).unwrap().parameter_count();
        assert_eq!(update, insert + 1, "{table:?}");
    }
}

#[test]
fn a_rename_is_only_carried_out_on_a_table_matched_by_name() {
    for name in [
        "objectives",
        "personas",
        "pillars",
        "campaigns",
        "competitors",
        "listening_rules",
    ] {
        assert!(NamedTable::named(name).is_some(), "{name}");
    }
    assert_eq!(NamedTable::named("posts"), None);
}
