-- cmdeck schema, version 6 (continued): the trigger that indexes each new mention for search.
-- Kept apart so an import or a bulk load can drop it and index its rows in one pass (see
-- Db::defer_mention_indexing).

CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO mentions_fts (rowid, text, author, source) VALUES (new.id, new.text, new.author, new.source);
END;
