-- cmdeck schema, version 9: overdue posts (scheduled, dated before today) are found from an index
-- instead of reading every post ever planned, so the agenda's first page costs the same with
-- fifty posts or fifty thousand.

CREATE INDEX posts_by_status_time ON posts(status, scheduled_at);
