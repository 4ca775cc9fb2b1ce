//! The windowed list's state: which page it asks for, what it keeps, its filter and the size
//! it passes on to later pages.

use super::*;

#[derive(Debug, Clone, PartialEq)]
struct Item(i64);
impl Row for Item {
    fn id(&self) -> i64 {
        self.0
    }
}

fn list_of(total: usize, height: usize) -> ListPane<Item> {
    let mut list = ListPane::default();
    list.set_height(height);
    let fetch = list.wanted().unwrap();
    let rows = (fetch.offset..(fetch.offset + fetch.limit).min(total))
        .map(|i| Item(i as i64))
        .collect();
    list.receive(total, fetch.offset, rows);
    list
}

fn serve(list: &mut ListPane<Item>, total: usize) {
    if let Some(fetch) = list.wanted() {
        let rows = match fetch.ids {
            Some(ids) => ids.into_iter().map(Item).collect(),
            None => (fetch.offset..(fetch.offset + fetch.limit).min(total))
                .map(|i| Item(i as i64))
                .collect(),
        };
        list.receive(total, fetch.offset, rows);
    }
}

#[test]
fn a_fresh_list_asks_for_its_first_window_only() {
    let list: ListPane<Item> = ListPane::default();
    let fetch = list.wanted().unwrap();
    assert_eq!(fetch.offset, 0);
    assert_eq!(fetch.limit, 30);
}

#[test]
fn moving_inside_the_loaded_window_needs_no_query() {
    let mut list = list_of(1_000, 10);
    for _ in 0..9 {
        list.handle::<()>(Command::Down);
    }
    assert_eq!(list.selected(), 9);
    assert_eq!(list.wanted(), None);
    assert_eq!(list.selected_row(), Some(&Item(9)));
}

#[test]
fn going_to_the_bottom_of_a_million_rows_fetches_one_window_there() {
    let mut list = list_of(1_000_000, 10);
    list.handle::<()>(Command::Bottom);
    let fetch = list.wanted().unwrap();
    assert_eq!(fetch.offset, 999_980);
    serve(&mut list, 1_000_000);
    assert_eq!(list.selected_row(), Some(&Item(999_999)));
    assert!(list.loaded_rows() <= 30);
    assert_eq!(list.visible().count(), 10);
}

#[test]
fn paging_moves_by_the_visible_height_and_stops_at_the_ends() {
    let mut list = list_of(25, 10);
    list.handle::<()>(Command::PageDown);
    assert_eq!(list.selected(), 10);
    list.handle::<()>(Command::PageDown);
    list.handle::<()>(Command::PageDown);
    assert_eq!(list.selected(), 24);
    list.handle::<()>(Command::Up);
    list.handle::<()>(Command::Top);
    assert_eq!(list.selected(), 0);
    list.handle::<()>(Command::Up);
    assert_eq!(list.selected(), 0);
}

#[test]
fn open_shows_the_detail_and_back_closes_it() {
    let mut list = list_of(5, 10);
    assert_eq!(list.handle::<()>(Command::Open), Outcome::Opened);
    assert!(list.detail);
    assert_eq!(list.handle::<()>(Command::Back), Outcome::Handled);
    assert!(!list.detail);
    assert_eq!(list.handle::<()>(Command::Back), Outcome::Ignored);
}

#[test]
fn filtering_asks_for_texts_once_then_narrows_the_list_accent_insensitively() {
    let mut list = list_of(3, 10);
    assert_eq!(list.handle::<()>(Command::Filter), Outcome::NeedFilterTexts);
    list.receive_filter_texts(vec![
        (0, "Tostado".into()),
        (1, "La canción del café".into()),
        (2, "Otra cosa".into()),
    ]);
    for c in "cancion".chars() {
        list.filter_push(c);
    }
    serve(&mut list, 3);
    assert_eq!(list.total(), 1);
    assert_eq!(list.selected_row(), Some(&Item(1)));
    list.filter_accept();
    assert!(!list.is_typing());
    list.handle::<()>(Command::Back);
    assert!(list.filter.is_none());
    serve(&mut list, 3);
    assert_eq!(list.total(), 3);
    assert_eq!(list.handle::<()>(Command::Filter), Outcome::NeedFilterTexts);
}

#[test]
fn later_pages_are_told_the_size_counted_until_the_list_is_invalidated() {
    let mut list: ListPane<Item> = ListPane::default();
    list.set_height(10);
    let first = list.wanted().unwrap();
    assert_eq!(first.counted, None, "a fresh list is counted");
    list.receive_counted(1000, 0, (0..30).map(Item).collect());
    list.handle::<()>(Command::Bottom);
    let last = list.wanted().unwrap();
    assert_eq!(last.counted, Some(1000));
    list.receive_counted(1000, last.offset, Vec::new());
    list.invalidate();
    assert_eq!(
        list.wanted().unwrap().counted,
        None,
        "a change counts again"
    );
}

/// The page a reload of `ids` (in their new order) answers with, from the list's offset.
fn reload(list: &mut ListPane<Item>, ids: &[i64]) {
    let fetch = list.wanted().unwrap();
    let rows = ids
        .iter()
        .skip(fetch.offset)
        .take(fetch.limit)
        .map(|id| Item(*id))
        .collect();
    list.receive(ids.len(), fetch.offset, rows);
}

#[test]
fn after_a_change_the_selection_follows_its_row_to_where_the_reload_puts_it() {
    let mut list = list_of(20, 10);
    list.handle::<()>(Command::Down);
    assert_eq!(list.selected_row(), Some(&Item(1)));
    list.invalidate();
    let mut moved: Vec<i64> = (0..20).filter(|id| *id != 1).collect();
    moved.insert(6, 1);
    reload(&mut list, &moved);
    assert_eq!(list.selected_row(), Some(&Item(1)));
    assert_eq!(list.selected(), 6);
}

#[test]
fn when_the_selected_row_leaves_the_list_the_next_one_takes_its_place() {
    let mut list = list_of(20, 10);
    list.handle::<()>(Command::Down);
    list.invalidate();
    let left: Vec<i64> = (0..20).filter(|id| *id != 1).collect();
    reload(&mut list, &left);
    assert_eq!(list.selected(), 1);
    assert_eq!(list.selected_row(), Some(&Item(2)));
}

#[test]
fn a_filtered_row_moved_beyond_the_page_is_followed_through_the_kept_ids() {
    let mut list = list_of(100, 5);
    list.ordered = Some((0..100).collect());
    list.invalidate();
    serve(&mut list, 100);
    assert_eq!(list.selected_row(), Some(&Item(0)));
    list.invalidate();
    let mut moved: Vec<i64> = (1..100).collect();
    moved.insert(80, 0);
    list.ordered = Some(moved);
    serve(&mut list, 100);
    assert_eq!(list.selected(), 80);
    serve(&mut list, 100);
    assert_eq!(list.selected_row(), Some(&Item(0)));
}
