//! What a person did, counted for the advocacy and risk scores, and the people those scores
//! suggest as prescriptor candidates or for the watchlist.

use super::time::parse_time;
use super::{Db, DbError};
use crate::analytics::{Activity, advocacy, risk};
use crate::config::ScoresConfig;
use crate::domain::people::{Suggestion, SuggestionKind};
use chrono::{DateTime, Utc};

/// Every person's counts; `?1` is a person id, or NULL for everyone. An inbox item made from a
/// mention of the same person is not counted: the mention already is.
const ACTIVITY_SQL: &str = "
SELECT p.id, p.name, p.role,
  (SELECT COUNT(*) FROM mentions m WHERE m.person_id = p.id
     AND COALESCE(m.sentiment_corrected, m.sentiment_auto) = 'positive'),
  (SELECT COUNT(*) FROM messages g WHERE g.person_id = p.id
     AND COALESCE(g.sentiment, g.sentiment_auto) = 'positive'
     AND NOT EXISTS (SELECT 1 FROM mentions c WHERE c.id = g.mention_id AND c.person_id = p.id)),
  (SELECT COUNT(*) FROM mentions m WHERE m.person_id = p.id AND m.is_defence = 1),
  (SELECT COUNT(*) FROM interactions i WHERE i.person_id = p.id AND lower(i.kind) IN ('share', 'repost')),
  (SELECT COUNT(*) FROM mentions m WHERE m.person_id = p.id
     AND COALESCE(m.sentiment_corrected, m.sentiment_auto) = 'negative'),
  (SELECT COUNT(*) FROM messages g WHERE g.person_id = p.id
     AND COALESCE(g.sentiment, g.sentiment_auto) = 'negative'
     AND NOT EXISTS (SELECT 1 FROM mentions c WHERE c.id = g.mention_id AND c.person_id = p.id)),
  p.reach + COALESCE((SELECT MAX(m.reach) FROM mentions m WHERE m.person_id = p.id), 0),
  (SELECT MAX(at) FROM (
     SELECT MAX(published_at) AS at FROM mentions WHERE person_id = p.id
     UNION ALL SELECT MAX(received_at) FROM messages WHERE person_id = p.id
     UNION ALL SELECT MAX(happened_at) FROM interactions WHERE person_id = p.id))
FROM people p
WHERE ?1 IS NULL OR p.id = ?1";

/// One row of [`ACTIVITY_SQL`]: id, name, role and the activity.
type Row = (i64, String, String, Activity);

/// Reads a row of [`ACTIVITY_SQL`], with the age of the latest activity measured from `now`.
fn activity_row(row: &rusqlite::Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<Row> {
    let latest: Option<String> = row.get(10)?;
    let activity = Activity {
        positive_mentions: row.get(3)?,
        positive_messages: row.get(4)?,
        defences: row.get(5)?,
        shares: row.get(6)?,
        negative_mentions: row.get(7)?,
        hostile_messages: row.get(8)?,
        reach: row.get(9)?,
        days_since_last: latest
            .as_deref()
            .and_then(parse_time)
            .map(|at| (now - at).num_days()),
    };
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, activity))
}

impl Db {
    /// What `person_id` did, for the scores; all zeros for an unknown person.
    pub fn activity(&self, person_id: i64, now: DateTime<Utc>) -> Result<Activity, DbError> {
        Ok(self
            .activity_rows(Some(person_id), now)?
            .into_iter()
            .next()
            .map(|(_, _, _, activity)| activity)
            .unwrap_or_default())
    }

    /// Everyone's advocacy and risk scores, by person id.
    pub fn all_scores(
        &self,
        now: DateTime<Utc>,
        weights: &crate::analytics::scores::Weights,
    ) -> Result<Vec<(i64, f64, f64)>, DbError> {
        Ok(self
            .activity_rows(None, now)?
            .into_iter()
            .map(|(id, _, _, a)| (id, advocacy(&a, weights).value, risk(&a, weights).value))
            .collect())
    }

    /// Prescriptor candidates and watchlist suggestions, highest score first (then by name).
    pub fn score_suggestions(
        &self,
        now: DateTime<Utc>,
        cfg: &ScoresConfig,
    ) -> Result<Vec<Suggestion>, DbError> {
        let mut suggestions = Vec::new();
        for (person_id, name, role, activity) in self.activity_rows(None, now)? {
            let prescriptor = ["advocate", "influencer"].contains(&role.as_str());
            let watched = ["detractor", "troll"].contains(&role.as_str());
            let good = advocacy(&activity, &cfg.weights).value;
            if !prescriptor && !watched && good > 0.0 && good >= cfg.candidate_threshold {
                suggestions.push(Suggestion {
                    person_id,
                    name: name.clone(),
                    kind: SuggestionKind::Candidate,
                    score: good,
                    evidence: activity,
                });
            }
            let bad = risk(&activity, &cfg.weights).value;
            if !watched && bad > 0.0 && bad >= cfg.watchlist_threshold {
                suggestions.push(Suggestion {
                    person_id,
                    name,
                    kind: SuggestionKind::Watchlist,
                    score: bad,
                    evidence: activity,
                });
            }
        }
        suggestions.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                .then(a.person_id.cmp(&b.person_id))
        });
        Ok(suggestions)
    }

    /// The rows of [`ACTIVITY_SQL`] for one person or everyone.
    fn activity_rows(
        &self,
        person_id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Row>, DbError> {
        let mut stmt = self.conn().prepare_cached(ACTIVITY_SQL)?;
        let rows = stmt
            .query_map([person_id], |row| activity_row(row, now))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
