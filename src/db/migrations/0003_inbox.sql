-- cmdeck schema, version 3: the saved reply a triage rule suggests for a message, and an index
-- for the inbox filtered by channel.

ALTER TABLE messages ADD COLUMN suggested_reply TEXT;

CREATE INDEX messages_by_channel ON messages(channel_id, received_at);
