-- cmdeck schema, version 7: the mentions' time index also carries what the weekly figures count
-- (rule, sentiment, person), so a week's or a quarter's mention figures are read from the index
-- alone instead of one table lookup per mention. `id` right after the time keeps the index in the
-- order the mention lists page through (newest first, then by id).

DROP INDEX mentions_by_published;
CREATE INDEX mentions_by_published ON mentions(published_at, id, rule_id, sentiment_auto, sentiment_corrected, person_id);
