//! The sentiment lessons: the corrected mentions and messages that teach the guess, the
//! brand's own terms from the plan, and forgetting what was learned.

use super::{Db, DbError};
use crate::analytics::sentiment::{Adjustments, Example, Lexicon, parse_brand_terms};
use crate::domain::enums::Sentiment;

/// The corrected texts that teach: corrected mentions, then corrected messages no triage rule
/// labelled (the rule decides those already), leaving out those forgotten with the label they
/// still have.
const EXAMPLES: &str = "
    SELECT me.text, me.sentiment_corrected FROM mentions me
     WHERE me.sentiment_corrected IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM sentiment_forgotten f
                        WHERE f.kind = 'mention' AND f.item_id = me.id AND f.label = me.sentiment_corrected)
    UNION ALL
    SELECT m.body, m.sentiment FROM messages m
     WHERE m.sentiment IS NOT NULL AND m.rule IS NULL
       AND NOT EXISTS (SELECT 1 FROM sentiment_forgotten f
                        WHERE f.kind = 'message' AND f.item_id = m.id AND f.label = m.sentiment)";

/// A corrected mention or message that no longer teaches, with the label it had when the
/// person asked the desk to forget (a row of `sentiment_forgotten`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForgottenLesson {
    /// `mention` or `message`.
    pub kind: String,
    /// The mention's or message's id.
    pub item_id: i64,
    /// The label it had then.
    pub label: Sentiment,
}

impl Db {
    /// The corrected texts that teach the guess.
    pub fn sentiment_examples(&self) -> Result<Vec<Example>, DbError> {
        let mut stmt = self.conn().prepare_cached(EXAMPLES)?;
        let rows = stmt.query_map([], |row| {
            Ok(Example {
                text: row.get(0)?,
                label: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The brand's terms as the plan sets them (`sentiment_terms`); terms that cannot be read
    /// are left out (the plan refuses them when it is loaded).
    pub fn brand_sentiment_terms(&self) -> Result<Vec<(String, f64)>, DbError> {
        let text = self.setting("sentiment_terms")?.unwrap_or_default();
        Ok(parse_brand_terms(&text).unwrap_or_default())
    }

    /// What changes the guess for this brand: its terms and what its corrections teach,
    /// leaving out the words of its listening rules (the names every text is about).
    pub fn sentiment_adjustments(&self) -> Result<Adjustments, DbError> {
        let terms = self.brand_sentiment_terms()?;
        let examples = self.sentiment_examples()?;
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT terms FROM listening_rules")?;
        let topic = stmt
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Adjustments::new(
            &terms,
            &examples,
            &topic,
            Lexicon::builtin(),
        ))
    }

    /// Every forgotten lesson, in key order: what undo puts back after a forget.
    pub fn forgotten_lessons(&self) -> Result<Vec<ForgottenLesson>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT kind, item_id, label FROM sentiment_forgotten ORDER BY kind, item_id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(ForgottenLesson {
                kind: row.get(0)?,
                item_id: row.get(1)?,
                label: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Makes the forgotten lessons exactly `lessons`, in one transaction (undo and redo of a
    /// forget).
    pub fn restore_forgotten_lessons(
        &mut self,
        lessons: &[ForgottenLesson],
    ) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute("DELETE FROM sentiment_forgotten", [])?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO sentiment_forgotten (kind, item_id, label) VALUES (?1, ?2, ?3)",
            )?;
            for lesson in lessons {
                insert.execute(rusqlite::params![lesson.kind, lesson.item_id, lesson.label])?;
            }
            Ok(())
        })
    }

    /// Forgets what every corrected text taught so far, in one transaction; the corrections
    /// stay. Returns how many texts stopped teaching.
    pub fn forget_sentiment_lessons(&mut self) -> Result<usize, DbError> {
        let teaching = self.sentiment_examples()?.len();
        self.write(|tx| {
            tx.execute_batch(
                "INSERT OR REPLACE INTO sentiment_forgotten (kind, item_id, label)
                   SELECT 'mention', id, sentiment_corrected FROM mentions WHERE sentiment_corrected IS NOT NULL;
                 INSERT OR REPLACE INTO sentiment_forgotten (kind, item_id, label)
                   SELECT 'message', id, sentiment FROM messages WHERE sentiment IS NOT NULL;",
            )
        })?;
        Ok(teaching)
    }
}
