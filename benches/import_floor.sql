-- What SQLite alone needs to store 1,000,000 mentions in cmdeck's schema, for the README's import
-- row: no CSV, no checks, no rules, no sentiment, one INSERT ... SELECT. Run it on a file the
-- bench's CSV was imported into:
--   cmdeck --db floor.sqlite3 demo
--   cmdeck --db floor.sqlite3 import mentions target/cmdeck-bench/mentions-1m.csv
--   sqlite3 floor.sqlite3 < benches/import_floor.sql
-- Everything it changes is rolled back, and its staging copy is dropped at the end.
PRAGMA cache_size = -65536;
PRAGMA temp_store = MEMORY;
-- The imported rows, in the order they were imported (the CSV's order).
CREATE TABLE floor_staging AS
  SELECT * FROM mentions WHERE url LIKE 'https://import.example/%' ORDER BY id;
BEGIN;
DROP TRIGGER mentions_fts_insert;
DROP TRIGGER mentions_fts_delete;
DELETE FROM mentions WHERE url LIKE 'https://import.example/%';
CREATE VIRTUAL TABLE floor_fts USING fts5(
    text, author, source,
    content = 'mentions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
.timer on
-- 1. The rows into the table and its six indexes (two of them unique).
INSERT INTO mentions SELECT * FROM floor_staging;
-- 2. The same rows into a search index like cmdeck's, in one pass.
INSERT INTO floor_fts (rowid, text, author, source) SELECT id, text, author, source FROM floor_staging;
.timer off
ROLLBACK;
DROP TABLE floor_staging;
