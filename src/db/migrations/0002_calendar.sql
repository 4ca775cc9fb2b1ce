-- cmdeck schema, version 2: evergreen rules on posts, re-queued copies, and an index per channel timeline.

ALTER TABLE posts ADD COLUMN evergreen_cooldown_days INTEGER NOT NULL DEFAULT 30 CHECK (evergreen_cooldown_days >= 0);
ALTER TABLE posts ADD COLUMN evergreen_max_repeats INTEGER CHECK (evergreen_max_repeats IS NULL OR evergreen_max_repeats >= 0);
ALTER TABLE posts ADD COLUMN evergreen_until TEXT;
ALTER TABLE posts ADD COLUMN repeat_of INTEGER REFERENCES posts(id) ON DELETE SET NULL;

CREATE INDEX posts_by_channel_time ON posts(channel_id, scheduled_at);
CREATE INDEX posts_by_repeat ON posts(repeat_of);
