-- cmdeck schema, version 8: posts published per channel in a period are counted from an index
-- alone. Without it SQLite walks every post of each channel (and reads each from the table) to
-- count a week's or a quarter's published posts for the report's channel table.

CREATE INDEX posts_by_channel_published ON posts(channel_id, status, published_at);
