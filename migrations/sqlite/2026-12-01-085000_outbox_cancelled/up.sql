-- An organizer may cancel a scheduled announcement: its unsent messages become 'cancelled' (kept, so the announcement's page still says what happened).
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with the
-- same columns in the same order, and its indexes recreated. Nothing references it.
CREATE TABLE outbox_new (
    id              TEXT PRIMARY KEY NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    conference_id   TEXT REFERENCES conferences (id) ON DELETE SET NULL,
    kind            TEXT NOT NULL,
    batch_id        TEXT,
    to_address      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    body_html       TEXT NOT NULL,
    attachment_name TEXT,
    attachment_type TEXT,
    attachment_body TEXT,
    status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_until     TIMESTAMP,
    last_error      TEXT,
    sent_at         TIMESTAMP,
    created_at      TIMESTAMP NOT NULL,
    sender_name     TEXT,
    reply_to        TEXT,
    list_unsubscribe TEXT
);
INSERT INTO outbox_new SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_conference ON outbox (conference_id, batch_id);
