-- cmdeck schema: the network's own id of a post (a tweet's id, a toot's id, a Bluesky record's
-- at:// address), so that a post imported again from a network's export is found from an index
-- whatever the size of the history, as is a post by its address. Posts imported before this
-- version from X exports carry the id in their address, which fills the column.

ALTER TABLE posts ADD COLUMN network_id TEXT;
UPDATE posts SET network_id = substr(url, instr(url, '/status/') + 8)
 WHERE url LIKE '%/status/%' AND substr(url, instr(url, '/status/') + 8) GLOB '[0-9]*'
   AND substr(url, instr(url, '/status/') + 8) NOT GLOB '*[^0-9]*';
-- Whole indexes, not partial ones (`WHERE network_id IS NOT NULL`): a statement that uses a
-- partial index is prepared again each time its bound values change, which made the import of a
-- large archive spend more than half its time in SQLite's parser.
CREATE INDEX posts_by_network_id ON posts(channel_id, network_id);
CREATE INDEX posts_by_url ON posts(channel_id, url);
