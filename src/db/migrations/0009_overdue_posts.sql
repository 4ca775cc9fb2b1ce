-- cmdeck schema, version 9: overdue posts (scheduled, dated before today) are found from an index
-- instead of reading every post ever planned, so the agenda's first page costs the same with
-- fifty posts or fifty thousand. The index holds scheduled posts only: a full (status, time)
-- index would tempt SQLite to read every published post for the report's published-in-a-period
-- counts instead of the range of posts_by_published.

CREATE INDEX posts_scheduled_by_time ON posts(scheduled_at) WHERE status = 'scheduled';
