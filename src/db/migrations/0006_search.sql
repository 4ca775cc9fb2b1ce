-- cmdeck schema, version 6: full-text search over mentions (text, author, source), accents
-- removed, kept in step with the table by triggers; the filter of the large mention views asks it
-- for candidates and ranks only those.

CREATE VIRTUAL TABLE mentions_fts USING fts5(
    text, author, source,
    content = 'mentions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The triggers that keep it in step are in 0006_search_triggers.sql (run right after this).

INSERT INTO mentions_fts (mentions_fts) VALUES ('rebuild');
