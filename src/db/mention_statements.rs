//! The mentions list's statements: for each view, its filtered count, its pages (from either
//! end), its search texts and its full-text candidates, written out whole; `mention_list`
//! chooses among them with a match on the view.

// Each view is written out whole, so that every statement can be read and `EXPLAIN`ed as it runs
// and SQLite plans it on the view's own index.

/// How many mentions of the `New` view pass the filter.
pub(super) const COUNT_NEW: &str = "SELECT COUNT(*)
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'new'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)";

/// How many mentions of the `All` view pass the filter.
pub(super) const COUNT_ALL: &str = "SELECT COUNT(*)
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE 1
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)";

/// How many mentions of the `Reviewed` view pass the filter.
pub(super) const COUNT_REVIEWED: &str = "SELECT COUNT(*)
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'reviewed'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)";

/// How many mentions of the `Actioned` view pass the filter.
pub(super) const COUNT_ACTIONED: &str = "SELECT COUNT(*)
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'actioned'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)";

/// How many mentions of the `Ignored` view pass the filter.
pub(super) const COUNT_IGNORED: &str = "SELECT COUNT(*)
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'ignored'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)";

/// A page of the `New` view in its own order.
pub(super) const PAGE_NEW: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE me.status = 'new'
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY COALESCE(me.sentiment_corrected, me.sentiment_auto) = 'negative' DESC, me.published_at DESC, me.id
        LIMIT ?4 OFFSET ?5)
    ORDER BY COALESCE(me.sentiment_corrected, me.sentiment_auto) = 'negative' DESC, me.published_at DESC, me.id";

/// A page of the `All` view in its own order.
pub(super) const PAGE_ALL: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE 1
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at DESC, me.id DESC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at DESC, me.id DESC";

/// A page of the `Reviewed` view in its own order.
pub(super) const PAGE_REVIEWED: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE me.status = 'reviewed'
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at DESC, me.id DESC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at DESC, me.id DESC";

/// A page of the `Actioned` view in its own order.
pub(super) const PAGE_ACTIONED: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE me.status = 'actioned'
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at DESC, me.id DESC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at DESC, me.id DESC";

/// A page of the `Ignored` view in its own order.
pub(super) const PAGE_IGNORED: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE me.status = 'ignored'
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at DESC, me.id DESC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at DESC, me.id DESC";

/// A page of the `All` view counted from its far end, oldest first.
pub(super) const PAGE_FROM_THE_END_ALL: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE 1
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at ASC, me.id ASC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at ASC, me.id ASC";

/// A page of the `Reviewed` view counted from its far end, oldest first.
pub(super) const PAGE_FROM_THE_END_REVIEWED: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE me.status = 'reviewed'
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at ASC, me.id ASC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at ASC, me.id ASC";

/// A page of the `Actioned` view counted from its far end, oldest first.
pub(super) const PAGE_FROM_THE_END_ACTIONED: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE me.status = 'actioned'
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at ASC, me.id ASC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at ASC, me.id ASC";

/// A page of the `Ignored` view counted from its far end, oldest first.
pub(super) const PAGE_FROM_THE_END_IGNORED: &str = "SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
       me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
       me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
    FROM mentions me
    LEFT JOIN people pe ON pe.id = me.person_id
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT me.id
        FROM mentions me
        WHERE me.status = 'ignored'
          AND (?1 IS NULL OR me.rule_id = ?1)
          AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
          AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
        ORDER BY me.published_at ASC, me.id ASC
        LIMIT ?4 OFFSET ?5)
    ORDER BY me.published_at ASC, me.id ASC";

/// The search text of every mention of the `New` view, in list order.
pub(super) const TEXTS_NEW: &str = "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'new'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY COALESCE(me.sentiment_corrected, me.sentiment_auto) = 'negative' DESC, me.published_at DESC, me.id";

/// The search text of every mention of the `All` view, in list order.
pub(super) const TEXTS_ALL: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE 1
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC";

/// The search text of every mention of the `Reviewed` view, in list order.
pub(super) const TEXTS_REVIEWED: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'reviewed'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC";

/// The search text of every mention of the `Actioned` view, in list order.
pub(super) const TEXTS_ACTIONED: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'actioned'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC";

/// The search text of every mention of the `Ignored` view, in list order.
pub(super) const TEXTS_IGNORED: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.status = 'ignored'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC";

/// The most recent mentions of the `New` view that the full-text index matches, in list order.
pub(super) const CANDIDATES_NEW: &str = "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT rowid
        FROM mentions_fts
        WHERE mentions_fts MATCH ?4
        ORDER BY rowid DESC
        LIMIT ?6)
      AND me.status = 'new'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY COALESCE(me.sentiment_corrected, me.sentiment_auto) = 'negative' DESC, me.published_at DESC, me.id
    LIMIT ?5";

/// The most recent mentions of the `All` view that the full-text index matches, in list order.
pub(super) const CANDIDATES_ALL: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT rowid
        FROM mentions_fts
        WHERE mentions_fts MATCH ?4
        ORDER BY rowid DESC
        LIMIT ?6)
      AND 1
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC
    LIMIT ?5";

/// The most recent mentions of the `Reviewed` view that the full-text index matches, in list order.
pub(super) const CANDIDATES_REVIEWED: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT rowid
        FROM mentions_fts
        WHERE mentions_fts MATCH ?4
        ORDER BY rowid DESC
        LIMIT ?6)
      AND me.status = 'reviewed'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC
    LIMIT ?5";

/// The most recent mentions of the `Actioned` view that the full-text index matches, in list order.
pub(super) const CANDIDATES_ACTIONED: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT rowid
        FROM mentions_fts
        WHERE mentions_fts MATCH ?4
        ORDER BY rowid DESC
        LIMIT ?6)
      AND me.status = 'actioned'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC
    LIMIT ?5";

/// The most recent mentions of the `Ignored` view that the full-text index matches, in list order.
pub(super) const CANDIDATES_IGNORED: &str =
    "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
    FROM mentions me
    LEFT JOIN listening_rules r ON r.id = me.rule_id
    WHERE me.id IN (SELECT rowid
        FROM mentions_fts
        WHERE mentions_fts MATCH ?4
        ORDER BY rowid DESC
        LIMIT ?6)
      AND me.status = 'ignored'
      AND (?1 IS NULL OR me.rule_id = ?1)
      AND (?2 IS NULL OR me.rule_id IN (SELECT id FROM listening_rules WHERE kind = ?2))
      AND (?3 IS NULL OR COALESCE(me.sentiment_corrected, me.sentiment_auto) = ?3)
    ORDER BY me.published_at DESC, me.id DESC
    LIMIT ?5";
