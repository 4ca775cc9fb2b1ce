//! A windowed, filterable list: holds only the rows around the visible page, and says which page it needs.

use super::Outcome;
use crate::command::Command;
use crate::domain::rows::Row;
use crate::filter::Filter;

/// A page the list needs from the database: by position, or by the ids the filter kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetch {
    /// Index of the first wanted row.
    pub offset: usize,
    /// How many rows.
    pub limit: usize,
    /// With a filter, the ids of the wanted rows (in order); without, `None`.
    pub ids: Option<Vec<i64>>,
    /// The list's size as counted by an earlier page since it was last loaded afresh, so that
    /// paging need not count it again.
    pub counted: Option<usize>,
}

/// The filter typed by the user and what it kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterState {
    /// What was typed.
    pub typed: String,
    /// Whether the user is still typing.
    pub editing: bool,
    /// The searchable text of every row in scope, folded ([`crate::text::fold`]) once when it
    /// arrives, loaded once when the filter opens.
    pub candidates: Option<Vec<(i64, String)>>,
    /// The ids that match, best first.
    pub matches: Vec<i64>,
    /// Whether the rows in scope are being searched again for what was typed (a large list
    /// searches its index off the key path): the list filters what it has until they arrive.
    pub searching: bool,
}

/// A list whose rows live in the database and are fetched a window at a time.
#[derive(Debug, Clone)]
pub struct ListPane<R> {
    rows: Vec<R>,
    offset: usize,
    total: usize,
    selected: usize,
    top: usize,
    height: usize,
    loaded: bool,
    counted: Option<usize>,
    /// The filter, when one is open or applied.
    pub filter: Option<FilterState>,
    /// Whether the selected row is open in a detail view.
    pub detail: bool,
    /// An order computed outside the database (such as by score): the ids, in order.
    pub ordered: Option<Vec<i64>>,
    /// The row selected when the list was invalidated, which the selection follows to wherever
    /// the reload puts it.
    follow: Option<i64>,
}

impl<R: Row> Default for ListPane<R> {
    fn default() -> Self {
        ListPane {
            rows: Vec::new(),
            offset: 0,
            total: 0,
            selected: 0,
            top: 0,
            height: 10,
            loaded: false,
            counted: None,
            filter: None,
            detail: false,
            ordered: None,
            follow: None,
        }
    }
}

impl<R: Row> ListPane<R> {
    /// Handles the list commands: movement, open, back and the filter.
    pub fn handle<Q>(&mut self, command: Command) -> Outcome<Q> {
        let last = self.total.saturating_sub(1);
        let page = self.height.max(1);
        match command {
            Command::Down => self.select(self.selected.saturating_add(1).min(last)),
            Command::Up => self.select(self.selected.saturating_sub(1)),
            Command::Top => self.select(0),
            Command::Bottom => self.select(last),
            Command::PageDown => self.select(self.selected.saturating_add(page).min(last)),
            Command::PageUp => self.select(self.selected.saturating_sub(page)),
            Command::Open if self.selected_row().is_some() => {
                self.detail = true;
                return Outcome::Opened;
            }
            Command::Back if self.detail => self.detail = false,
            Command::Back if self.filter.is_some() => self.close_filter(),
            Command::Filter => {
                self.detail = false;
                let state = self.filter.get_or_insert_with(FilterState::default);
                state.editing = true;
                if state.candidates.is_none() {
                    return Outcome::NeedFilterTexts;
                }
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// Selects the row at `index` (clamped to the list) and scrolls to it.
    pub fn select(&mut self, index: usize) {
        self.selected = index;
        self.detail = false;
        self.scroll_to_selection();
    }

    fn scroll_to_selection(&mut self) {
        let height = self.height.max(1);
        if self.selected < self.top {
            self.top = self.selected;
        } else if self.selected >= self.top + height {
            self.top = self.selected + 1 - height;
        }
        let max_top = self.total.saturating_sub(height);
        self.top = self.top.min(max_top);
    }

    /// Tells the list how many rows fit on screen.
    pub fn set_height(&mut self, height: usize) {
        self.height = height.max(1);
        self.scroll_to_selection();
    }

    /// Forgets the loaded rows so that the next sync fetches them again (after data changed).
    /// The selection follows the selected row: when the reload still lists it (the change may
    /// have moved it), it stays selected; when it left the list, the row now at its place is.
    pub fn invalidate(&mut self) {
        if self.loaded
            && let Some(id) = self.selected_row().map(Row::id)
        {
            self.follow = Some(id);
        }
        self.loaded = false;
        self.counted = None;
    }

    /// The page the list needs to draw its visible rows, if the loaded window does not cover them.
    pub fn wanted(&self) -> Option<Fetch> {
        let visible_end = (self.top + self.height).min(self.total);
        let covered =
            self.loaded && self.top >= self.offset && visible_end <= self.offset + self.rows.len();
        if covered {
            return None;
        }
        let offset = self.top.saturating_sub(self.height);
        let limit = self.height * 3;
        let ids = self
            .applied_matches()
            .map(|ids| ids.iter().skip(offset).take(limit).copied().collect());
        Some(Fetch {
            offset,
            limit,
            ids,
            counted: self.counted,
        })
    }

    fn applied_matches(&self) -> Option<&[i64]> {
        self.filter
            .as_ref()
            .filter(|state| state.candidates.is_some() && !state.typed.trim().is_empty())
            .map(|state| state.matches.as_slice())
            .or(self.ordered.as_deref())
    }

    /// Takes a fetched page. `total` is the size of the unfiltered list; with a filter the
    /// number of matches counts instead.
    pub fn receive(&mut self, total: usize, offset: usize, rows: Vec<R>) {
        self.total = self.applied_matches().map_or(total, <[i64]>::len);
        self.offset = offset;
        self.rows = rows;
        self.loaded = true;
        if let Some(id) = self.follow.take() {
            self.follow_row(id);
        }
        if self.selected >= self.total {
            self.selected = self.total.saturating_sub(1);
        }
        self.scroll_to_selection();
    }

    /// Selects the row `id` where it is now: in the page just received, else at its place among
    /// the ids the filter or order keeps. Nothing changes when it is in neither (it left the
    /// list, or a change moved it beyond the page read).
    fn follow_row(&mut self, id: i64) {
        let index = self
            .rows
            .iter()
            .position(|row| row.id() == id)
            .map(|i| self.offset + i)
            .or_else(|| {
                self.applied_matches()
                    .and_then(|ids| ids.iter().position(|other| *other == id))
            });
        if let Some(index) = index
            && index != self.selected
        {
            self.selected = index;
            if !self.covers(index) {
                self.loaded = false;
            }
        }
    }

    /// Whether the loaded page holds the row at `index`.
    fn covers(&self, index: usize) -> bool {
        index >= self.offset && index < self.offset + self.rows.len()
    }

    /// Takes a page read by position, whose `total` counts the whole unfiltered list; later
    /// pages are told that count until the list is invalidated.
    pub fn receive_counted(&mut self, total: usize, offset: usize, rows: Vec<R>) {
        self.counted = Some(total);
        self.receive(total, offset, rows);
    }

    /// Gives the filter the searchable text of every row in scope (folded here, once, so that
    /// each key typed only compares words).
    pub fn receive_filter_texts(&mut self, texts: Vec<(i64, String)>) {
        if let Some(state) = self.filter.as_mut() {
            state.searching = false;
            state.candidates = Some(
                texts
                    .into_iter()
                    .map(|(id, text)| (id, crate::text::fold(&text)))
                    .collect(),
            );
        }
        self.refilter();
    }

    /// Notes that the rows in scope are being searched for what is typed now.
    pub fn filter_searching(&mut self) {
        if let Some(state) = self.filter.as_mut() {
            state.searching = true;
        }
    }

    /// Adds a typed character to the filter.
    pub fn filter_push(&mut self, c: char) {
        if let Some(state) = self.filter.as_mut() {
            state.typed.push(c);
        }
        self.refilter();
    }

    /// Removes the last typed character from the filter.
    pub fn filter_pop(&mut self) {
        if let Some(state) = self.filter.as_mut() {
            state.typed.pop();
        }
        self.refilter();
    }

    /// Stops typing and keeps the filter applied (an empty filter closes).
    pub fn filter_accept(&mut self) {
        match self.filter.as_mut() {
            Some(state) if state.typed.trim().is_empty() => self.close_filter(),
            Some(state) => state.editing = false,
            None => {}
        }
    }

    /// Removes the filter and shows the whole list again.
    pub fn close_filter(&mut self) {
        self.filter = None;
        self.reset_position();
    }

    /// Whether the user is typing a filter.
    pub fn is_typing(&self) -> bool {
        self.filter.as_ref().is_some_and(|state| state.editing)
    }

    fn refilter(&mut self) {
        if let Some(state) = self.filter.as_mut()
            && let Some(candidates) = state.candidates.as_ref()
        {
            state.matches = match Filter::new(&state.typed) {
                Some(filter) => filter.rank_folded(candidates),
                None => candidates.iter().map(|(id, _)| *id).collect(),
            };
        }
        self.reset_position();
    }

    fn reset_position(&mut self) {
        self.follow = None;
        self.selected = 0;
        self.top = 0;
        self.detail = false;
        self.loaded = false;
    }

    /// The selected row, when it is loaded.
    pub fn selected_row(&self) -> Option<&R> {
        self.selected
            .checked_sub(self.offset)
            .and_then(|i| self.rows.get(i))
    }

    /// The visible rows with their list index.
    pub fn visible(&self) -> impl Iterator<Item = (usize, &R)> {
        let end = (self.top + self.height).min(self.total);
        (self.top..end).filter_map(move |index| {
            index
                .checked_sub(self.offset)
                .and_then(|i| self.rows.get(i))
                .map(|row| (index, row))
        })
    }

    /// Index of the selected row.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// How many rows the list (or the filter) holds.
    pub fn total(&self) -> usize {
        self.total
    }

    /// How many rows are held in memory now.
    pub fn loaded_rows(&self) -> usize {
        self.rows.len()
    }
}

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
