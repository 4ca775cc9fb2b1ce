-- cmdeck schema, version 5: indexes chosen from query plans on the large demo (issue 9).

-- The inbox's "needs an answer" view, walked in its own order (snoozed ones due first, then the
-- oldest), covering every column its WHERE and filters read, so counting it and reaching a page
-- deep in it are walks of this small index.
CREATE INDEX messages_waiting ON messages((status = 'snoozed') DESC, received_at, id, status, snoozed_until,
                                          channel_id, sentiment, sentiment_auto, person_id)
    WHERE status IN ('new', 'open', 'escalated', 'snoozed');

-- People listed by name, and the follow-ups due first.
CREATE INDEX people_by_name_nocase ON people(name COLLATE NOCASE, id);
