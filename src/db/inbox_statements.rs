//! The inbox list's statements: for each view and order, its count, its page and its search
//! texts, written out whole and chosen with a match.

use crate::domain::inbox::InboxView;

// Each view × order is written out whole, so that every statement can be read and `EXPLAIN`ed
// as it runs and SQLite plans it on the view's own index. A page's ids come from the view's index
// alone; only those rows are then read and joined, so a page deep in the list does not read every
// row before it.

/// How many messages of the `NeedsAnswer` view pass the filter.
pub(super) const COUNT_NEEDS_ANSWER: &str = "SELECT COUNT(*)
    FROM messages m
    WHERE m.status IN ('new', 'open', 'escalated', 'snoozed')
      AND (m.status != 'snoozed' OR m.snoozed_until <= ?1)
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)";

/// A page of the `NeedsAnswer` view, oldest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_NEEDS_ANSWER_OLDEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status IN ('new', 'open', 'escalated', 'snoozed')
          AND (m.status != 'snoozed' OR m.snoozed_until <= ?1)
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY (m.status = 'snoozed') DESC, m.received_at, m.id
        LIMIT ?5 OFFSET ?6)
    ORDER BY (m.status = 'snoozed') DESC, m.received_at, m.id";

/// The search text of every message of the `NeedsAnswer` view, oldest first.
pub(super) const TEXTS_NEEDS_ANSWER_OLDEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status IN ('new', 'open', 'escalated', 'snoozed')
      AND (m.status != 'snoozed' OR m.snoozed_until <= ?1)
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY (m.status = 'snoozed') DESC, m.received_at, m.id";

/// A page of the `NeedsAnswer` view, newest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_NEEDS_ANSWER_NEWEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status IN ('new', 'open', 'escalated', 'snoozed')
          AND (m.status != 'snoozed' OR m.snoozed_until <= ?1)
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY (m.status = 'snoozed') DESC, m.received_at DESC, m.id DESC
        LIMIT ?5 OFFSET ?6)
    ORDER BY (m.status = 'snoozed') DESC, m.received_at DESC, m.id DESC";

/// The search text of every message of the `NeedsAnswer` view, newest first.
pub(super) const TEXTS_NEEDS_ANSWER_NEWEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status IN ('new', 'open', 'escalated', 'snoozed')
      AND (m.status != 'snoozed' OR m.snoozed_until <= ?1)
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY (m.status = 'snoozed') DESC, m.received_at DESC, m.id DESC";

/// How many messages of the `All` view pass the filter.
pub(super) const COUNT_ALL: &str = "SELECT COUNT(*)
    FROM messages m
    WHERE ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)";

/// A page of the `All` view, oldest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_ALL_OLDEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE ?1 IS NOT NULL
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at, m.id
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at, m.id";

/// The search text of every message of the `All` view, oldest first.
pub(super) const TEXTS_ALL_OLDEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at, m.id";

/// A page of the `All` view, newest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_ALL_NEWEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE ?1 IS NOT NULL
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at DESC, m.id DESC
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at DESC, m.id DESC";

/// The search text of every message of the `All` view, newest first.
pub(super) const TEXTS_ALL_NEWEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at DESC, m.id DESC";

/// How many messages of the `Snoozed` view pass the filter.
pub(super) const COUNT_SNOOZED: &str = "SELECT COUNT(*)
    FROM messages m
    WHERE m.status = 'snoozed'
      AND m.snoozed_until > ?1
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)";

/// A page of the `Snoozed` view, oldest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_SNOOZED_OLDEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status = 'snoozed'
          AND m.snoozed_until > ?1
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at, m.id
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at, m.id";

/// The search text of every message of the `Snoozed` view, oldest first.
pub(super) const TEXTS_SNOOZED_OLDEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status = 'snoozed'
      AND m.snoozed_until > ?1
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at, m.id";

/// A page of the `Snoozed` view, newest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_SNOOZED_NEWEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status = 'snoozed'
          AND m.snoozed_until > ?1
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at DESC, m.id DESC
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at DESC, m.id DESC";

/// The search text of every message of the `Snoozed` view, newest first.
pub(super) const TEXTS_SNOOZED_NEWEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status = 'snoozed'
      AND m.snoozed_until > ?1
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at DESC, m.id DESC";

/// How many messages of the `Done` view pass the filter.
pub(super) const COUNT_DONE: &str = "SELECT COUNT(*)
    FROM messages m
    WHERE m.status IN ('replied', 'done')
      AND ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)";

/// A page of the `Done` view, oldest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_DONE_OLDEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status IN ('replied', 'done')
          AND ?1 IS NOT NULL
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at, m.id
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at, m.id";

/// The search text of every message of the `Done` view, oldest first.
pub(super) const TEXTS_DONE_OLDEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status IN ('replied', 'done')
      AND ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at, m.id";

/// A page of the `Done` view, newest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_DONE_NEWEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status IN ('replied', 'done')
          AND ?1 IS NOT NULL
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at DESC, m.id DESC
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at DESC, m.id DESC";

/// The search text of every message of the `Done` view, newest first.
pub(super) const TEXTS_DONE_NEWEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status IN ('replied', 'done')
      AND ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at DESC, m.id DESC";

/// How many messages of the `Escalated` view pass the filter.
pub(super) const COUNT_ESCALATED: &str = "SELECT COUNT(*)
    FROM messages m
    WHERE m.status = 'escalated'
      AND ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)";

/// A page of the `Escalated` view, oldest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_ESCALATED_OLDEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status = 'escalated'
          AND ?1 IS NOT NULL
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at, m.id
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at, m.id";

/// The search text of every message of the `Escalated` view, oldest first.
pub(super) const TEXTS_ESCALATED_OLDEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status = 'escalated'
      AND ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at, m.id";

/// A page of the `Escalated` view, newest first: the ids from the index alone, then only those rows read.
pub(super) const PAGE_ESCALATED_NEWEST_FIRST: &str = "SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
           m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
           m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
           m.channel_id, m.person_id, m.suggested_reply
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.id IN (SELECT m.id
        FROM messages m
        WHERE m.status = 'escalated'
          AND ?1 IS NOT NULL
          AND (?2 IS NULL OR m.channel_id = ?2)
          AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
          AND (?4 IS NULL OR m.person_id = ?4)
        ORDER BY m.received_at DESC, m.id DESC
        LIMIT ?5 OFFSET ?6)
    ORDER BY m.received_at DESC, m.id DESC";

/// The search text of every message of the `Escalated` view, newest first.
pub(super) const TEXTS_ESCALATED_NEWEST_FIRST: &str = "SELECT m.id,
           m.author || ' ' || COALESCE(pe.name, '') || ' ' || c.network || ' ' || m.kind || ' ' || m.body
    FROM messages m
    JOIN channels c ON c.id = m.channel_id
    LEFT JOIN people pe ON pe.id = m.person_id
    WHERE m.status = 'escalated'
      AND ?1 IS NOT NULL
      AND (?2 IS NULL OR m.channel_id = ?2)
      AND (?3 IS NULL OR COALESCE(m.sentiment, m.sentiment_auto) = ?3)
      AND (?4 IS NULL OR m.person_id = ?4)
    ORDER BY m.received_at DESC, m.id DESC";

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
