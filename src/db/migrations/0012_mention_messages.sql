-- cmdeck schema, version 12: an inbox item made from a mention keeps where it came from (issue 16).

-- The mention an inbox item was made from, so that the item shows its source and the author's
-- scores count the mention and the item once. Items made before this version are linked
-- through the `mention-<id>` external id they were given.
ALTER TABLE messages ADD COLUMN mention_id INTEGER REFERENCES mentions(id) ON DELETE SET NULL;
UPDATE messages
   SET mention_id = (SELECT me.id FROM mentions me WHERE 'mention-' || me.id = messages.external_id)
 WHERE external_id LIKE 'mention-%';

-- A new kind, `mention`: something said about the brand on the web, a forum or a network, heard
-- by listening and answered where it was said. Widening a CHECK list changes no stored row, so
-- the table's definition is edited in place as SQLite documents for such changes (section 7 of
-- https://www.sqlite.org/lang_altertable.html) instead of being copied; RESET reloads it. The
-- ALTER TABLE above has already bumped the schema version other connections watch.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''review'',''email'')', '''review'',''email'',''mention'')')
 WHERE type = 'table' AND name = 'messages';
PRAGMA writable_schema = RESET;
