-- cmdeck schema, version 6 (continued): the triggers that keep mentions_fts in step with
-- mentions when they change or go (the insert trigger is in 0006_search_insert_trigger.sql).

CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, text, author, source)
    VALUES ('delete', old.id, old.text, old.author, old.source);
END;

CREATE TRIGGER mentions_fts_update AFTER UPDATE OF text, author, source ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, text, author, source)
    VALUES ('delete', old.id, old.text, old.author, old.source);
    INSERT INTO mentions_fts (rowid, text, author, source) VALUES (new.id, new.text, new.author, new.source);
END;
