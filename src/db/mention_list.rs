//! The mentions list in its views (new, all, reviewed, actioned, ignored) and filters (rule,
//! kind of rule, sentiment), one index-friendly statement per view.

use super::mention_statements::{
    CANDIDATES_ACTIONED, CANDIDATES_ALL, CANDIDATES_IGNORED, CANDIDATES_NEW, CANDIDATES_REVIEWED,
    COUNT_ACTIONED, COUNT_ALL, COUNT_IGNORED, COUNT_NEW, COUNT_REVIEWED, PAGE_ACTIONED, PAGE_ALL,
    PAGE_FROM_THE_END_ACTIONED, PAGE_FROM_THE_END_ALL, PAGE_FROM_THE_END_IGNORED,
    PAGE_FROM_THE_END_REVIEWED, PAGE_IGNORED, PAGE_NEW, PAGE_REVIEWED, TEXTS_ACTIONED, TEXTS_ALL,
    TEXTS_IGNORED, TEXTS_NEW, TEXTS_REVIEWED,
};
use super::{Db, DbError};
use crate::domain::mentions::{MentionFilter, MentionView};
use crate::domain::rows::{MentionRow, Page};
use rusqlite::params;

/// How many mentions a view holds when no filter narrows it: a plain count that SQLite answers
/// from the smallest index (7 ms on 1,000,000 mentions, against 95 ms for the filtered form).
pub(super) fn unfiltered_count(view: MentionView) -> &'static str {
    match view {
        MentionView::New => "SELECT COUNT(*) FROM mentions WHERE status = 'new'",
        MentionView::All => "SELECT COUNT(*) FROM mentions",
        MentionView::Reviewed => "SELECT COUNT(*) FROM mentions WHERE status = 'reviewed'",
        MentionView::Actioned => "SELECT COUNT(*) FROM mentions WHERE status = 'actioned'",
        MentionView::Ignored => "SELECT COUNT(*) FROM mentions WHERE status = 'ignored'",
    }
}

/// The count of a view with a filter: `?1` rule, `?2` kind of rule, `?3` sentiment (each `NULL`
/// for any).
pub(super) fn count_statement(view: MentionView) -> &'static str {
    match view {
        MentionView::New => COUNT_NEW,
        MentionView::All => COUNT_ALL,
        MentionView::Reviewed => COUNT_REVIEWED,
        MentionView::Actioned => COUNT_ACTIONED,
        MentionView::Ignored => COUNT_IGNORED,
    }
}

/// A page of a view in its own order, with the filter as in [`count_statement`]: `?4` rows from
/// `?5`. The ids are chosen on the mentions table alone (an index scan even deep in the list),
/// then only those rows are joined and read.
pub(super) fn page_statement(view: MentionView) -> &'static str {
    match view {
        MentionView::New => PAGE_NEW,
        MentionView::All => PAGE_ALL,
        MentionView::Reviewed => PAGE_REVIEWED,
        MentionView::Actioned => PAGE_ACTIONED,
        MentionView::Ignored => PAGE_IGNORED,
    }
}

/// A page of a view counted from its far end (oldest first), for pages past the middle of the
/// dated views; the small "new" view is always read from its start.
pub(super) fn page_from_the_end_statement(view: MentionView) -> Option<&'static str> {
    match view {
        MentionView::New => None,
        MentionView::All => Some(PAGE_FROM_THE_END_ALL),
        MentionView::Reviewed => Some(PAGE_FROM_THE_END_REVIEWED),
        MentionView::Actioned => Some(PAGE_FROM_THE_END_ACTIONED),
        MentionView::Ignored => Some(PAGE_FROM_THE_END_IGNORED),
    }
}

/// The search texts of a view, with the filter as in [`count_statement`].
pub(super) fn texts_statement(view: MentionView) -> &'static str {
    match view {
        MentionView::New => TEXTS_NEW,
        MentionView::All => TEXTS_ALL,
        MentionView::Reviewed => TEXTS_REVIEWED,
        MentionView::Actioned => TEXTS_ACTIONED,
        MentionView::Ignored => TEXTS_IGNORED,
    }
}

/// The filter's candidates in a view: the filter as in [`count_statement`], `?4` the full-text
/// query, `?5` how many to answer, `?6` how many recent matches the index gives.
pub(super) fn candidates_statement(view: MentionView) -> &'static str {
    match view {
        MentionView::New => CANDIDATES_NEW,
        MentionView::All => CANDIDATES_ALL,
        MentionView::Reviewed => CANDIDATES_REVIEWED,
        MentionView::Actioned => CANDIDATES_ACTIONED,
        MentionView::Ignored => CANDIDATES_IGNORED,
    }
}

impl Db {
    /// A page of the mentions list. `counted` is the view's size when an earlier page counted
    /// it (and nothing changed since), so that paging does not count a million rows each time.
    /// Pages past the middle of a dated view are read from its far end, so the end of the list
    /// is as quick as its start.
    pub fn mentions_page(
        &self,
        view: MentionView,
        filter: &MentionFilter,
        offset: usize,
        limit: usize,
        counted: Option<usize>,
    ) -> Result<Page<MentionRow>, DbError> {
        let f = filter;
        let total = match counted {
            Some(total) => total,
            None if *f == MentionFilter::default() => {
                let total: i64 = self
                    .conn()
                    .prepare_cached(unfiltered_count(view))?
                    .query_row([], |row| row.get(0))?;
                usize::try_from(total).unwrap_or(0)
            }
            None => {
                let total: i64 = self
                    .conn()
                    .prepare_cached(count_statement(view))?
                    .query_row(params![f.rule_id, f.kind, f.sentiment], |row| row.get(0))?;
                usize::try_from(total).unwrap_or(0)
            }
        };
        let from_the_end = page_from_the_end_statement(view).filter(|_| offset > total / 2);
        let (sql, limit, skip) = match from_the_end {
            Some(sql) => (
                sql,
                limit.min(total.saturating_sub(offset)),
                total.saturating_sub(offset.saturating_add(limit)),
            ),
            None => (page_statement(view), limit, offset),
        };
        let mut rows = self
            .conn()
            .prepare_cached(sql)?
            .query_map(
                params![f.rule_id, f.kind, f.sentiment, limit as i64, skip as i64],
                super::listening::mention_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if from_the_end.is_some() {
            rows.reverse();
        }
        Ok(Page {
            total,
            offset,
            rows,
        })
    }

    /// The text the filter searches for each mention of the list, in list order.
    pub fn mentions_search_texts(
        &self,
        view: MentionView,
        filter: &MentionFilter,
    ) -> Result<Vec<(i64, String)>, DbError> {
        let f = filter;
        let mut stmt = self.conn().prepare_cached(texts_statement(view))?;
        let rows = stmt
            .query_map(params![f.rule_id, f.kind, f.sentiment], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Candidates for the filter of a large view: the most recent mentions of the view whose
    /// text, author or source hold every typed word as a prefix (accents ignored), found through
    /// the full-text index; at most [`SEARCH_CANDIDATES`], with the text the filter ranks.
    pub fn mentions_search_candidates(
        &self,
        view: MentionView,
        filter: &MentionFilter,
        typed: &str,
    ) -> Result<Vec<(i64, String)>, DbError> {
        let Some(query) = fts_query(typed) else {
            return Ok(Vec::new());
        };
        let f = filter;
        let mut stmt = self.conn().prepare_cached(candidates_statement(view))?;
        let rows = stmt
            .query_map(
                params![
                    f.rule_id,
                    f.kind,
                    f.sentiment,
                    query,
                    SEARCH_CANDIDATES as i64,
                    (SEARCH_CANDIDATES * 4) as i64
                ],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The listening rules (id, name), for the filter.
    pub fn rule_names(&self) -> Result<Vec<(i64, String)>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name FROM listening_rules ORDER BY kind = 'brand' DESC, kind, name",
        )?;
        let rows = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

/// How many candidates the full-text index gives the filter of a large view.
pub const SEARCH_CANDIDATES: usize = 2_000;

/// The FTS5 query for what was typed: every word of [`crate::filter::words`] (accents folded,
/// cut at punctuation) as a quoted prefix, all of them required — the question the in-memory
/// [`crate::filter::Filter`] asks; `None` when nothing searchable was typed.
pub fn fts_query(typed: &str) -> Option<String> {
    let words: Vec<String> = crate::filter::words(typed)
        .iter()
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}
