//! The static statements that read a kept table's row as a JSON array and write one back
//! (an upsert keyed by `id`), and those of the rows that belong to it: one set per table, chosen
//! with a `match`.

use super::undo_rows::Table;

impl Table {
    pub(super) fn select(self) -> &'static str {
        match self {
            Table::People => {
                "SELECT json_array(id, name, role, tier, persona_id, notes, tags, reach, next_follow_up, created_at) FROM people WHERE id = ?1"
            }
            Table::Crises => {
                "SELECT json_array(id, opened_at, closed_at, level, rule_id, note, pause_posts) FROM crises WHERE id = ?1"
            }
            Table::Posts => {
                "SELECT json_array(id, channel_id, body, status, scheduled_at, published_at, url, campaign_id, pillar_id, persona_id, evergreen, notes, created_at, updated_at, evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, repeat_of, network_id) FROM posts WHERE id = ?1"
            }
            Table::Messages => {
                "SELECT json_array(id, channel_id, kind, external_id, author, person_id, body, received_at, status, snoozed_until, first_response_at, sentiment_auto, sentiment, priority, rule, suggested_reply, mention_id) FROM messages WHERE id = ?1"
            }
            Table::Replies => {
                "SELECT json_array(id, message_id, body, sent_at) FROM replies WHERE id = ?1"
            }
            Table::Mentions => {
                "SELECT json_array(id, source, external_id, url, author, person_id, text, published_at, reach, sentiment_auto, sentiment_corrected, rule_id, status, is_defence) FROM mentions WHERE id = ?1"
            }
            Table::Interactions => {
                "SELECT json_array(id, person_id, happened_at, kind, note) FROM interactions WHERE id = ?1"
            }
        }
    }

    pub(super) fn upsert(self) -> &'static str {
        match self {
            Table::People => {
                "INSERT INTO people (id, name, role, tier, persona_id, notes, tags, reach, next_follow_up, created_at)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, tier = excluded.tier,
                   persona_id = excluded.persona_id, notes = excluded.notes, tags = excluded.tags, reach = excluded.reach,
                   next_follow_up = excluded.next_follow_up, created_at = excluded.created_at"
            }
            Table::Crises => {
                "INSERT INTO crises (id, opened_at, closed_at, level, rule_id, note, pause_posts)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET opened_at = excluded.opened_at, closed_at = excluded.closed_at,
                   level = excluded.level, rule_id = excluded.rule_id, note = excluded.note, pause_posts = excluded.pause_posts"
            }
            Table::Posts => {
                "INSERT INTO posts (id, channel_id, body, status, scheduled_at, published_at, url, campaign_id, pillar_id, persona_id, evergreen, notes, created_at, updated_at, evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, repeat_of, network_id)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9, j->>10, j->>11, j->>12, j->>13, j->>14, j->>15, j->>16, j->>17, j->>18 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET channel_id = excluded.channel_id, body = excluded.body, status = excluded.status,
                   scheduled_at = excluded.scheduled_at, published_at = excluded.published_at, url = excluded.url,
                   campaign_id = excluded.campaign_id, pillar_id = excluded.pillar_id, persona_id = excluded.persona_id,
                   evergreen = excluded.evergreen, notes = excluded.notes, created_at = excluded.created_at,
                   updated_at = excluded.updated_at, evergreen_cooldown_days = excluded.evergreen_cooldown_days,
                   evergreen_max_repeats = excluded.evergreen_max_repeats, evergreen_until = excluded.evergreen_until,
                   repeat_of = excluded.repeat_of, network_id = excluded.network_id"
            }
            Table::Messages => {
                "INSERT INTO messages (id, channel_id, kind, external_id, author, person_id, body, received_at, status, snoozed_until, first_response_at, sentiment_auto, sentiment, priority, rule, suggested_reply, mention_id)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9, j->>10, j->>11, j->>12, j->>13, j->>14, j->>15, j->>16 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET channel_id = excluded.channel_id, kind = excluded.kind,
                   external_id = excluded.external_id, author = excluded.author, person_id = excluded.person_id,
                   body = excluded.body, received_at = excluded.received_at, status = excluded.status,
                   snoozed_until = excluded.snoozed_until, first_response_at = excluded.first_response_at,
                   sentiment_auto = excluded.sentiment_auto, sentiment = excluded.sentiment, priority = excluded.priority,
                   rule = excluded.rule, suggested_reply = excluded.suggested_reply,
                   mention_id = excluded.mention_id"
            }
            Table::Replies => {
                "INSERT INTO replies (id, message_id, body, sent_at)
                 SELECT j->>0, j->>1, j->>2, j->>3 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET message_id = excluded.message_id, body = excluded.body, sent_at = excluded.sent_at"
            }
            Table::Mentions => {
                "INSERT INTO mentions (id, source, external_id, url, author, person_id, text, published_at, reach, sentiment_auto, sentiment_corrected, rule_id, status, is_defence)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9, j->>10, j->>11, j->>12, j->>13 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET source = excluded.source, external_id = excluded.external_id, url = excluded.url,
                   author = excluded.author, person_id = excluded.person_id, text = excluded.text,
                   published_at = excluded.published_at, reach = excluded.reach, sentiment_auto = excluded.sentiment_auto,
                   sentiment_corrected = excluded.sentiment_corrected, rule_id = excluded.rule_id, status = excluded.status,
                   is_defence = excluded.is_defence"
            }
            Table::Interactions => {
                "INSERT INTO interactions (id, person_id, happened_at, kind, note)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id, happened_at = excluded.happened_at,
                   kind = excluded.kind, note = excluded.note"
            }
        }
    }

    pub(super) fn delete(self) -> &'static str {
        match self {
            Table::People => "DELETE FROM people WHERE id = ?1",
            Table::Crises => "DELETE FROM crises WHERE id = ?1",
            Table::Posts => "DELETE FROM posts WHERE id = ?1",
            Table::Messages => "DELETE FROM messages WHERE id = ?1",
            Table::Replies => "DELETE FROM replies WHERE id = ?1",
            Table::Mentions => "DELETE FROM mentions WHERE id = ?1",
            Table::Interactions => "DELETE FROM interactions WHERE id = ?1",
        }
    }

    /// The statements that read, clear and write the rows that belong to a row of this table.
    pub(super) fn children(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Table::People => Some((
                "SELECT json_array(id, person_id, network, handle) FROM handles WHERE person_id = ?1 ORDER BY id",
                "DELETE FROM handles WHERE person_id = ?1",
                "INSERT INTO handles (id, person_id, network, handle) SELECT j->>0, j->>1, j->>2, j->>3 FROM (SELECT ?1 AS j)",
            )),
            Table::Crises => Some((
                "SELECT json_array(crisis_id, step_id, checked_at) FROM crisis_checks WHERE crisis_id = ?1 ORDER BY step_id",
                "DELETE FROM crisis_checks WHERE crisis_id = ?1",
                "INSERT INTO crisis_checks (crisis_id, step_id, checked_at) SELECT j->>0, j->>1, j->>2 FROM (SELECT ?1 AS j)",
            )),
            Table::Posts => Some((
                "SELECT json_array(id, post_id, captured_at, impressions, reach, likes, comments, shares, saves, clicks) FROM post_metrics WHERE post_id = ?1 ORDER BY id",
                "DELETE FROM post_metrics WHERE post_id = ?1",
                "INSERT INTO post_metrics (id, post_id, captured_at, impressions, reach, likes, comments, shares, saves, clicks) SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9 FROM (SELECT ?1 AS j)",
            )),
            Table::Messages | Table::Replies | Table::Mentions | Table::Interactions => None,
        }
    }
}
