-- cmdeck schema, version 4: the crisis checklist (which step was ticked when) and whether a
-- crisis pauses the scheduled posts.

ALTER TABLE crises ADD COLUMN pause_posts INTEGER NOT NULL DEFAULT 0 CHECK (pause_posts IN (0, 1));

CREATE TABLE crisis_checks (
    crisis_id  INTEGER NOT NULL REFERENCES crises(id) ON DELETE CASCADE,
    step_id    INTEGER NOT NULL REFERENCES crisis_steps(id) ON DELETE CASCADE,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (crisis_id, step_id)
);
