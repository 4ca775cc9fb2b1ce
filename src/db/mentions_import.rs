//! Storing imported mentions (feeds, files) in one transaction with duplicates skipped, and reading
//! the listening rules an import matches against.

use super::seed::{insert_mention, insert_mention_unless_stored};
use super::time::format_time;
use super::{Db, DbError};
use crate::domain::listening::RuleTerms;
use crate::domain::mentions::NewMention;
use rusqlite::{Connection, Transaction, params};

/// The trigger that indexes each new mention for search, as the schema defines it.
const INSERT_TRIGGER: &str = include_str!("migrations/0006_search_insert_trigger.sql");

impl Db {
    /// Every listening rule, in id order.
    pub fn rule_terms(&self) -> Result<Vec<RuleTerms>, DbError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, name, terms, exclusions, source, kind, language FROM listening_rules ORDER BY id",
        )?;
        let rules = stmt
            .query_map([], |row| {
                Ok(RuleTerms {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    terms: row.get(2)?,
                    exclusions: row.get(3)?,
                    source: row.get(4)?,
                    kind: row.get(5)?,
                    language: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rules)
    }

    /// Stores mentions in ONE transaction and returns the id of each, `None` for one skipped
    /// because it is already stored or earlier in the list: the same url, or the same (source,
    /// external id), or — with neither — the same source, author, time and text.
    pub fn insert_new_mentions(
        &mut self,
        mentions: &[NewMention],
    ) -> Result<Vec<Option<i64>>, DbError> {
        self.write(|tx| {
            let mut ids = Vec::with_capacity(mentions.len());
            for mention in mentions {
                ids.push(Db::insert_mention_if_new(tx, mention)?);
            }
            Ok(ids)
        })
    }

    /// Stores one mention inside an import's transaction unless it is already there; answers its
    /// id, or `None` for a duplicate.
    pub fn insert_mention_if_new(
        tx: &Transaction<'_>,
        mention: &NewMention,
    ) -> rusqlite::Result<Option<i64>> {
        if mention.url.is_some() || mention.external_id.is_some() {
            return insert_mention_unless_stored(tx, mention);
        }
        if is_stored_without_keys(tx, mention)? {
            Ok(None)
        } else {
            insert_mention(tx, mention).map(Some)
        }
    }

    /// Inside an import's transaction, stops indexing new mentions for search one by one (the
    /// insert trigger is dropped until [`Db::index_deferred_mentions`] puts it back, in the same
    /// transaction, so a rollback undoes both). Answers the highest mention id before the import.
    pub fn defer_mention_indexing(tx: &Transaction<'_>) -> rusqlite::Result<i64> {
        tx.execute_batch("DROP TRIGGER mentions_fts_insert")?;
        tx.query_row("SELECT COALESCE(MAX(id), 0) FROM mentions", [], |row| {
            row.get(0)
        })
    }

    /// Indexes for search, in one pass, every mention stored after `last_id_before`, and puts the
    /// insert trigger back (see [`Db::defer_mention_indexing`]).
    pub fn index_deferred_mentions(
        tx: &Transaction<'_>,
        last_id_before: i64,
    ) -> rusqlite::Result<()> {
        tx.execute(
            "INSERT INTO mentions_fts (rowid, text, author, source)
             SELECT id, text, author, source FROM mentions WHERE id > ?1 ORDER BY id",
            [last_id_before],
        )?;
        tx.execute_batch(INSERT_TRIGGER)
    }

    /// Runs `load` (which inserts many mentions, in its own transactions) with the search
    /// index's insert trigger off, then indexes every mention it stored in one pass and puts the
    /// trigger back (see [`Db::defer_mention_indexing`]) — much faster than indexing row by row.
    pub fn load_mentions_in_bulk(
        &mut self,
        load: impl FnOnce(&mut Db) -> Result<(), DbError>,
    ) -> Result<(), DbError> {
        let last_id_before = self.write(Db::defer_mention_indexing)?;
        let loaded = load(self);
        self.write(|tx| Db::index_deferred_mentions(tx, last_id_before))?;
        loaded
    }

    /// How many mentions are stored.
    pub fn mention_count(&self) -> Result<usize, DbError> {
        let count: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM mentions", [], |row| row.get(0))?;
        Ok(count as usize)
    }
}

/// Whether a mention with neither url nor external id is already stored: the same source, author,
/// time and text.
fn is_stored_without_keys(conn: &Connection, mention: &NewMention) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM mentions WHERE url IS NULL AND external_id IS NULL
                         AND source = ?1 AND author = ?2 AND published_at = ?3 AND text = ?4)",
    )?
    .query_row(
        params![
            mention.source,
            mention.author,
            format_time(mention.published_at),
            mention.text
        ],
        |row| row.get(0),
    )
}
