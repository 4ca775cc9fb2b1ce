-- cmdeck schema: the triage rules typed in the Inbox's strategy face, applied to every arriving
-- message after the config file's [[inbox.rules]], in the order they were created (by id). The
-- fields hold the text the config file would hold: `contains` one word or phrase per line,
-- every other field a stored name or NULL when not given.

CREATE TABLE triage_rules (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) != ''),
    contains TEXT NOT NULL DEFAULT '',
    channel TEXT,
    kind TEXT,
    role TEXT,
    priority TEXT,
    sentiment TEXT,
    status TEXT,
    saved_reply TEXT
);
