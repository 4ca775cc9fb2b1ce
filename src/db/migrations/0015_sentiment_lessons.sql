-- cmdeck schema: what the person's sentiment corrections teach. A corrected mention or message
-- teaches its words to later guesses unless it is listed here with the label it had when the
-- person asked the desk to forget what it learned (a new correction to another label teaches
-- again). The partial indexes find the corrected items without reading every row.

CREATE TABLE sentiment_forgotten (
    kind    TEXT NOT NULL CHECK (kind IN ('mention','message')),
    item_id INTEGER NOT NULL,
    label   TEXT NOT NULL CHECK (label IN ('positive','neutral','negative')),
    PRIMARY KEY (kind, item_id)
) WITHOUT ROWID;
CREATE INDEX mentions_corrected ON mentions(id) WHERE sentiment_corrected IS NOT NULL;
CREATE INDEX messages_corrected ON messages(id) WHERE sentiment IS NOT NULL;
