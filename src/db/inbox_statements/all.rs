//! The statements of the inbox view of every message: its count, and its page and search texts
//! in each order.

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
           m.channel_id, m.person_id, m.suggested_reply,
                   (SELECT me.source FROM mentions me WHERE me.id = m.mention_id)
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
           m.channel_id, m.person_id, m.suggested_reply,
                   (SELECT me.source FROM mentions me WHERE me.id = m.mention_id)
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
