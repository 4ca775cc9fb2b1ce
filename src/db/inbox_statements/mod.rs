//! The inbox list's statements: for each view and order, its count, its page and its search
//! texts, written out whole and chosen with a match.

mod all;
mod done;
mod escalated;
mod needs_answer;
mod snoozed;

use crate::domain::inbox::InboxView;
use all::*;
use done::*;
use escalated::*;
use needs_answer::*;
use snoozed::*;

// Each view × order is written out whole, so that every statement can be read and `EXPLAIN`ed
// as it runs and SQLite plans it on the view's own index. A page's ids come from the view's index
// alone; only those rows are then read and joined, so a page deep in the list does not read every
// row before it.

/// The count of a view: `?1` is now, `?2` channel, `?3` sentiment, `?4` person (each `NULL` for any).
pub(super) fn count_statement(view: InboxView) -> &'static str {
    match view {
        InboxView::NeedsAnswer => COUNT_NEEDS_ANSWER,
        InboxView::All => COUNT_ALL,
        InboxView::Snoozed => COUNT_SNOOZED,
        InboxView::Done => COUNT_DONE,
        InboxView::Escalated => COUNT_ESCALATED,
    }
}

/// A page of a view in an order: the filter as in [`count_statement`], `?5` rows from `?6`.
pub(super) fn page_statement(view: InboxView, newest_first: bool) -> &'static str {
    match (view, newest_first) {
        (InboxView::NeedsAnswer, false) => PAGE_NEEDS_ANSWER_OLDEST_FIRST,
        (InboxView::NeedsAnswer, true) => PAGE_NEEDS_ANSWER_NEWEST_FIRST,
        (InboxView::All, false) => PAGE_ALL_OLDEST_FIRST,
        (InboxView::All, true) => PAGE_ALL_NEWEST_FIRST,
        (InboxView::Snoozed, false) => PAGE_SNOOZED_OLDEST_FIRST,
        (InboxView::Snoozed, true) => PAGE_SNOOZED_NEWEST_FIRST,
        (InboxView::Done, false) => PAGE_DONE_OLDEST_FIRST,
        (InboxView::Done, true) => PAGE_DONE_NEWEST_FIRST,
        (InboxView::Escalated, false) => PAGE_ESCALATED_OLDEST_FIRST,
        (InboxView::Escalated, true) => PAGE_ESCALATED_NEWEST_FIRST,
    }
}

/// The search texts of a view in an order, with the filter as in [`count_statement`].
pub(super) fn texts_statement(view: InboxView, newest_first: bool) -> &'static str {
    match (view, newest_first) {
        (InboxView::NeedsAnswer, false) => TEXTS_NEEDS_ANSWER_OLDEST_FIRST,
        (InboxView::NeedsAnswer, true) => TEXTS_NEEDS_ANSWER_NEWEST_FIRST,
        (InboxView::All, false) => TEXTS_ALL_OLDEST_FIRST,
        (InboxView::All, true) => TEXTS_ALL_NEWEST_FIRST,
        (InboxView::Snoozed, false) => TEXTS_SNOOZED_OLDEST_FIRST,
        (InboxView::Snoozed, true) => TEXTS_SNOOZED_NEWEST_FIRST,
        (InboxView::Done, false) => TEXTS_DONE_OLDEST_FIRST,
        (InboxView::Done, true) => TEXTS_DONE_NEWEST_FIRST,
        (InboxView::Escalated, false) => TEXTS_ESCALATED_OLDEST_FIRST,
        (InboxView::Escalated, true) => TEXTS_ESCALATED_NEWEST_FIRST,
    }
}
