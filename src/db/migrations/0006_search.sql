-- cmdeck schema, version 6: full-text search over mentions (text, author, source), accents
-- removed, kept in step with the table by triggers; the filter of the large mention views asks it
-- for candidates and ranks only those.

CREATE VIRTUAL TABLE mentions_fts USING fts5(
    text, author, source,
    content = 'mentions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO mentions_fts (rowid, text, author, source) VALUES (new.id, new.text, new.author, new.source);
END;

CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, text, author, source)
    VALUES ('delete', old.id, old.text, old.author, old.source);
END;

CREATE TRIGGER mentions_fts_update AFTER UPDATE OF text, author, source ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, text, author, source)
    VALUES ('delete', old.id, old.text, old.author, old.source);
    INSERT INTO mentions_fts (rowid, text, author, source) VALUES (new.id, new.text, new.author, new.source);
END;

INSERT INTO mentions_fts (mentions_fts) VALUES ('rebuild');
