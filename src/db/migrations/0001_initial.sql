-- cmdeck schema, version 1. Times are UTC text 'YYYY-MM-DDTHH:MM:SSZ'; dates are 'YYYY-MM-DD';
-- money is in cents. Append new migrations as new files; never edit a released one.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE channels (
    id         INTEGER PRIMARY KEY,
    network    TEXT NOT NULL,
    handle     TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    char_limit INTEGER NOT NULL CHECK (char_limit > 0),
    UNIQUE (network, handle)
);

CREATE TABLE audience_snapshots (
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    taken_on   TEXT NOT NULL,
    followers  INTEGER NOT NULL CHECK (followers >= 0),
    PRIMARY KEY (channel_id, taken_on)
);

-- Strategy: objectives, personas, pillars, channel plan, campaigns.
CREATE TABLE objectives (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    kpi          TEXT NOT NULL,
    channel_id   INTEGER REFERENCES channels(id) ON DELETE SET NULL,
    baseline     REAL NOT NULL DEFAULT 0,
    target       REAL NOT NULL,
    starts_on    TEXT NOT NULL,
    deadline     TEXT NOT NULL,
    owner_note   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE manual_kpi_values (
    objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
    iso_week     TEXT NOT NULL,
    value        REAL NOT NULL,
    PRIMARY KEY (objective_id, iso_week)
);

CREATE TABLE personas (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    goals       TEXT NOT NULL DEFAULT '',
    pains       TEXT NOT NULL DEFAULT '',
    channels    TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE pillars (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    target_share REAL NOT NULL DEFAULT 0 CHECK (target_share BETWEEN 0 AND 1),
    colour       TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE channel_plan (
    channel_id     INTEGER PRIMARY KEY REFERENCES channels(id) ON DELETE CASCADE,
    role           TEXT NOT NULL DEFAULT '',
    posts_per_week REAL NOT NULL DEFAULT 0,
    tone           TEXT NOT NULL DEFAULT '',
    slots          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    objective_id  INTEGER REFERENCES objectives(id) ON DELETE SET NULL,
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    budget_cents  INTEGER NOT NULL DEFAULT 0,
    conversions   INTEGER NOT NULL DEFAULT 0,
    revenue_cents INTEGER NOT NULL DEFAULT 0,
    utm_source    TEXT NOT NULL DEFAULT '',
    utm_medium    TEXT NOT NULL DEFAULT '',
    utm_campaign  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE campaign_spend (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    spent_on     TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);

-- Publishing.
CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    channel_id   INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    body         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('idea','draft','scheduled','published','cancelled')),
    scheduled_at TEXT,
    published_at TEXT,
    url          TEXT,
    campaign_id  INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    pillar_id    INTEGER REFERENCES pillars(id) ON DELETE SET NULL,
    persona_id   INTEGER REFERENCES personas(id) ON DELETE SET NULL,
    evergreen    INTEGER NOT NULL DEFAULT 0 CHECK (evergreen IN (0,1)),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX posts_by_time ON posts(scheduled_at);
CREATE INDEX posts_by_published ON posts(published_at);

CREATE TABLE post_metrics (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    captured_at TEXT NOT NULL,
    impressions INTEGER,
    reach       INTEGER,
    likes       INTEGER NOT NULL DEFAULT 0,
    comments    INTEGER NOT NULL DEFAULT 0,
    shares      INTEGER NOT NULL DEFAULT 0,
    saves       INTEGER NOT NULL DEFAULT 0,
    clicks      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX post_metrics_by_post ON post_metrics(post_id, captured_at);

-- People: prescriptors and the watchlist.
CREATE TABLE people (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('advocate','influencer','customer','journalist','partner','detractor','troll','other')),
    tier           TEXT NOT NULL DEFAULT '',
    persona_id     INTEGER REFERENCES personas(id) ON DELETE SET NULL,
    notes          TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '',
    reach          INTEGER NOT NULL DEFAULT 0,
    next_follow_up TEXT,
    created_at     TEXT NOT NULL
);
CREATE INDEX people_by_name ON people(name);
CREATE INDEX people_by_follow_up ON people(next_follow_up);

CREATE TABLE handles (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    network   TEXT NOT NULL,
    handle    TEXT NOT NULL,
    UNIQUE (network, handle)
);
CREATE INDEX handles_by_person ON handles(person_id);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    happened_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interactions_by_person ON interactions(person_id, happened_at);

CREATE TABLE advocacy_tiers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    position   INTEGER NOT NULL,
    receives   TEXT NOT NULL DEFAULT '',
    move_up    TEXT NOT NULL DEFAULT ''
);

-- Inbox.
CREATE TABLE messages (
    id                INTEGER PRIMARY KEY,
    channel_id        INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('dm','comment','reply','review','email')),
    external_id       TEXT,
    author            TEXT NOT NULL,
    person_id         INTEGER REFERENCES people(id) ON DELETE SET NULL,
    body              TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('new','open','replied','done','snoozed','escalated')),
    snoozed_until     TEXT,
    first_response_at TEXT,
    sentiment_auto    TEXT CHECK (sentiment_auto IN ('positive','neutral','negative')),
    sentiment         TEXT CHECK (sentiment IN ('positive','neutral','negative')),
    priority          TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
    rule              TEXT,
    UNIQUE (channel_id, external_id)
);
CREATE INDEX messages_by_status ON messages(status, received_at);
CREATE INDEX messages_by_received ON messages(received_at);
CREATE INDEX messages_by_person ON messages(person_id);

CREATE TABLE replies (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    sent_at    TEXT NOT NULL
);
CREATE INDEX replies_by_message ON replies(message_id);

CREATE TABLE saved_replies (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
);

-- Listening.
CREATE TABLE competitors (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE listening_rules (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('brand','competitor','sector')),
    competitor_id INTEGER REFERENCES competitors(id) ON DELETE CASCADE,
    terms         TEXT NOT NULL,
    exclusions    TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE mentions (
    id                  INTEGER PRIMARY KEY,
    source              TEXT NOT NULL,
    external_id         TEXT,
    url                 TEXT,
    author              TEXT NOT NULL DEFAULT '',
    person_id           INTEGER REFERENCES people(id) ON DELETE SET NULL,
    text                TEXT NOT NULL,
    published_at        TEXT NOT NULL,
    reach               INTEGER NOT NULL DEFAULT 0,
    sentiment_auto      TEXT NOT NULL DEFAULT 'neutral' CHECK (sentiment_auto IN ('positive','neutral','negative')),
    sentiment_corrected TEXT CHECK (sentiment_corrected IN ('positive','neutral','negative')),
    rule_id             INTEGER REFERENCES listening_rules(id) ON DELETE SET NULL,
    status              TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','reviewed','actioned','ignored')),
    is_defence          INTEGER NOT NULL DEFAULT 0 CHECK (is_defence IN (0,1)),
    UNIQUE (url),
    UNIQUE (source, external_id)
);
CREATE INDEX mentions_by_status ON mentions(status, published_at);
CREATE INDEX mentions_by_published ON mentions(published_at);
CREATE INDEX mentions_by_person ON mentions(person_id);
CREATE INDEX mentions_by_rule ON mentions(rule_id, published_at);

-- Crisis protocol.
CREATE TABLE crisis_thresholds (
    id             INTEGER PRIMARY KEY,
    rule_id        INTEGER REFERENCES listening_rules(id) ON DELETE CASCADE,
    sensitivity    TEXT NOT NULL DEFAULT 'balanced' CHECK (sensitivity IN ('sensitive','balanced','strict')),
    min_count      INTEGER NOT NULL DEFAULT 5,
    cooldown_hours INTEGER NOT NULL DEFAULT 12
);

CREATE TABLE crisis_steps (
    id       INTEGER PRIMARY KEY,
    level    INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    position INTEGER NOT NULL,
    step     TEXT NOT NULL
);

CREATE TABLE crisis_contacts (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    role    TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT '',
    email   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE holding_statements (
    id    INTEGER PRIMARY KEY,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    title TEXT NOT NULL,
    body  TEXT NOT NULL
);

CREATE TABLE crises (
    id        INTEGER PRIMARY KEY,
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    level     INTEGER NOT NULL DEFAULT 1,
    rule_id   INTEGER REFERENCES listening_rules(id) ON DELETE SET NULL,
    note      TEXT NOT NULL DEFAULT ''
);

-- Reports.
CREATE TABLE week_notes (
    iso_week  TEXT PRIMARY KEY,
    victories TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
);
