//! Triage of mentions: review, ignore, correct the sentiment, link or create the author as a
//! person, turn a mention into an inbox item or a post idea that keeps its source link, and put
//! mentions back as they were for undo. One transaction each.

use super::time::format_time;
use super::{Db, DbError};
use crate::domain::mentions::{Created, MentionChange, MentionRecord};
use crate::domain::{Network, Role};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

impl Db {
    /// Whether a mention with this address is stored.
    pub fn mention_url_exists(&self, url: &str) -> Result<bool, DbError> {
        Ok(self.conn().query_row(
            "SELECT COUNT(*) > 0 FROM mentions WHERE url = ?1",
            [url],
            |row| row.get(0),
        )?)
    }

    /// Stores one mention (typed by hand); its id.
    pub fn add_mention(
        &mut self,
        mention: &crate::domain::mentions::NewMention,
    ) -> Result<i64, DbError> {
        self.write(|tx| super::seed::insert_mention(tx, mention))
    }

    /// The changeable fields of mentions, for undo.
    pub fn mention_records(&self, ids: &[i64]) -> Result<Vec<MentionRecord>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, status, sentiment_corrected, person_id FROM mentions WHERE id = ?1",
        )?;
        let mut records = Vec::new();
        for id in ids {
            let record = stmt
                .query_row([id], |row| {
                    Ok(MentionRecord {
                        id: row.get(0)?,
                        status: row.get(1)?,
                        sentiment_corrected: row.get(2)?,
                        person_id: row.get(3)?,
                    })
                })
                .optional()?;
            records.extend(record);
        }
        Ok(records)
    }

    /// Applies one change to every mention in `ids`, all or none.
    pub fn change_mentions(&mut self, ids: &[i64], change: MentionChange) -> Result<(), DbError> {
        self.write(|tx| {
            for id in ids {
                let count = match change {
                    MentionChange::Status(status) => tx.execute(
                        "UPDATE mentions SET status = ?2 WHERE id = ?1",
                        params![id, status],
                    )?,
                    MentionChange::Sentiment(s) => tx.execute(
                        "UPDATE mentions SET sentiment_corrected = ?2 WHERE id = ?1",
                        params![id, s],
                    )?,
                    MentionChange::Person(p) => tx.execute(
                        "UPDATE mentions SET person_id = ?2 WHERE id = ?1",
                        params![id, p],
                    )?,
                };
                if count == 0 {
                    return Err(rusqlite::Error::QueryReturnedNoRows);
                }
            }
            Ok(())
        })
    }

    /// Turns a mention into an inbox item on `channel_id` (to answer it) and marks it actioned.
    /// The item keeps where it came from: it is of kind `mention`, linked to the mention, says
    /// its source and address, and arrived when the mention was said.
    pub fn mention_to_inbox(&mut self, id: i64, channel_id: i64) -> Result<Created, DbError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO messages (channel_id, kind, external_id, author, person_id, body, received_at, status, sentiment_auto, sentiment, priority, rule, mention_id)
                 SELECT ?2, 'mention', 'mention-' || me.id, me.author, me.person_id, me.text, me.published_at, 'new',
                        me.sentiment_auto, me.sentiment_corrected, 'normal', 'from a mention on ' || me.source || COALESCE(': ' || me.url, ''), me.id
                 FROM mentions me WHERE me.id = ?1",
                params![id, channel_id],
            )?;
            let message = tx.last_insert_rowid();
            tx.execute("UPDATE mentions SET status = 'actioned' WHERE id = ?1", [id])?;
            Ok(Created::Message(message))
        })
    }

    /// Turns a mention into a post idea on `channel_id` that keeps the source link, and marks it actioned.
    pub fn mention_to_post_idea(
        &mut self,
        id: i64,
        channel_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Created, DbError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO posts (channel_id, body, status, notes, created_at, updated_at)
                 SELECT ?2, me.text || CASE WHEN me.url IS NULL THEN '' ELSE char(10) || char(10) || me.url END, 'idea',
                        'Curated from ' || me.source || COALESCE(': ' || me.url, ''), ?3, ?3
                 FROM mentions me WHERE me.id = ?1",
                params![id, channel_id, format_time(now)],
            )?;
            let post = tx.last_insert_rowid();
            tx.execute("UPDATE mentions SET status = 'actioned' WHERE id = ?1", [id])?;
            Ok(Created::Post(post))
        })
    }

    /// Creates a person for a mention's author (with the handle on `network`), links the mention
    /// and marks it actioned.
    pub fn mention_author_as_person(
        &mut self,
        id: i64,
        name: &str,
        role: Role,
        network: Option<Network>,
        now: DateTime<Utc>,
    ) -> Result<Created, DbError> {
        self.write(|tx| {
            tx.execute("INSERT INTO people (name, role, created_at) VALUES (?1, ?2, ?3)", params![name, role, format_time(now)])?;
            let person = tx.last_insert_rowid();
            if let Some(network) = network {
                tx.execute(
                    "INSERT OR IGNORE INTO handles (person_id, network, handle) SELECT ?1, ?2, author FROM mentions WHERE id = ?3 AND author != ''",
                    params![person, network, id],
                )?;
            }
            tx.execute("UPDATE mentions SET person_id = ?2, status = 'actioned' WHERE id = ?1", params![id, person])?;
            Ok(Created::Person(person))
        })
    }

    /// Takes back a triage change in one transaction: restores the records and removes what it created.
    pub fn restore_mentions(
        &mut self,
        records: &[MentionRecord],
        created: &[Created],
    ) -> Result<(), DbError> {
        self.write(|tx| {
            for record in records {
                tx.execute(
                    "UPDATE mentions SET status = ?2, sentiment_corrected = ?3, person_id = ?4 WHERE id = ?1",
                    params![record.id, record.status, record.sentiment_corrected, record.person_id],
                )?;
            }
            for item in created {
                match item {
                    Created::Message(id) => tx.execute("DELETE FROM messages WHERE id = ?1", [id])?,
                    Created::Post(id) => tx.execute("DELETE FROM posts WHERE id = ?1", [id])?,
                    Created::Person(id) => tx.execute("DELETE FROM people WHERE id = ?1", [id])?,
                    Created::Mention(id) => tx.execute("DELETE FROM mentions WHERE id = ?1", [id])?,
                };
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::seed::*;
    use crate::domain::mentions::NewMention;
    use crate::domain::{MentionStatus, RuleKind, Sentiment};
    use chrono::TimeZone;

    fn db_with_mention() -> (Db, i64, i64) {
        let mut db = Db::open_in_memory().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let ids = db
            .write(|tx| {
                let channel = insert_channel(
                    tx,
                    &NewChannel {
                        network: Network::X,
                        handle: "@nora".into(),
                        name: String::new(),
                        char_limit: 280,
                    },
                )?;
                let rule = insert_listening_rule(
                    tx,
                    &NewListeningRule {
                        name: "Marca".into(),
                        kind: RuleKind::Brand,
                        competitor_id: None,
                        terms: "ñora".into(),
                        exclusions: String::new(),
                        source: String::new(),
                        language: String::new(),
                    },
                )?;
                let mention = insert_mention(
                    tx,
                    &NewMention {
                        source: "news".into(),
                        external_id: Some("n-1".into()),
                        url: Some("https://example.org/cafe".into()),
                        author: "@periodista".into(),
                        person_id: None,
                        text: "Los mejores tostadores de Valencia, con La Ñora".into(),
                        published_at: now,
                        reach: 5000,
                        sentiment_auto: Sentiment::Positive,
                        sentiment_corrected: None,
                        rule_id: Some(rule),
                        status: MentionStatus::New,
                        is_defence: false,
                    },
                )?;
                Ok((channel, mention))
            })
            .unwrap();
        (db, ids.0, ids.1)
    }

    fn count(db: &Db, sql: &str) -> i64 {
        db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_mention_turned_into_a_post_idea_keeps_its_source_link_and_undo_removes_it() {
        let (mut db, channel, mention) = db_with_mention();
        let before = db.mention_records(&[mention]).unwrap();
        let created = db
            .mention_to_post_idea(mention, channel, Utc::now())
            .unwrap();
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM posts WHERE status = 'idea' AND body LIKE '%https://example.org/cafe' AND notes LIKE 'Curated from news%'"
            ),
            1
        );
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM mentions WHERE status = 'actioned'"
            ),
            1
        );
        db.restore_mentions(&before, &[created]).unwrap();
        assert_eq!(count(&db, "SELECT COUNT(*) FROM posts"), 0);
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM mentions WHERE status = 'new'"),
            1
        );
    }

    #[test]
    fn a_mention_turned_into_an_inbox_item_can_be_answered_there() {
        let (mut db, channel, mention) = db_with_mention();
        db.mention_to_inbox(mention, channel).unwrap();
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM messages WHERE status = 'new' AND author = '@periodista' AND sentiment_auto = 'positive'"
            ),
            1
        );
        assert_eq!(
            count(
                &db,
                &format!(
                    "SELECT COUNT(*) FROM messages WHERE kind = 'mention' AND mention_id = {mention}
                       AND received_at = '2026-11-23T10:00:00Z' AND rule = 'from a mention on news: https://example.org/cafe'"
                )
            ),
            1
        );
    }

    #[test]
    fn the_author_becomes_a_person_with_the_handle_and_the_link() {
        let (mut db, _, mention) = db_with_mention();
        db.mention_author_as_person(
            mention,
            "Periodista",
            Role::Journalist,
            Some(Network::X),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM people p JOIN handles h ON h.person_id = p.id JOIN mentions m ON m.person_id = p.id WHERE h.handle = '@periodista'"
            ),
            1
        );
    }

    #[test]
    fn a_correction_is_stored_apart_from_the_guess() {
        let (mut db, _, mention) = db_with_mention();
        db.change_mentions(&[mention], MentionChange::Sentiment(Sentiment::Negative))
            .unwrap();
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM mentions WHERE sentiment_auto = 'positive' AND sentiment_corrected = 'negative'"
            ),
            1
        );
    }
}
