-- Participant categories of a conference (delegates, observers, press, …): how one
-- gets in (open, approval, invitation), their own capacity and per-country quota on
-- top of the conference's, and whether members appear on the public list.
CREATE TABLE categories (
    id            TEXT PRIMARY KEY NOT NULL,
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    description   TEXT NOT NULL,
    admission     TEXT NOT NULL CHECK (admission IN ('open', 'approval', 'invitation')),
    capacity      INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    country_quota INTEGER CHECK (country_quota IS NULL OR country_quota > 0),
    listed        BOOLEAN NOT NULL,
    position      INTEGER NOT NULL,
    archived_at   TIMESTAMP,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);
CREATE INDEX categories_conference ON categories (conference_id, position);

-- The category of a registration and, in an approval category, where the decision
-- stands. A table of its own rather than columns of registrations: SQLite can
-- neither drop a column with a foreign key nor change the status CHECK without
-- rebuilding the table. A registration awaiting approval or declined holds no seat
-- (its status is 'cancelled' until it is approved).
CREATE TABLE registration_categories (
    registration_id  TEXT PRIMARY KEY NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    category_id      TEXT NOT NULL REFERENCES categories (id),
    approval         TEXT CHECK (approval IN ('awaiting', 'approved', 'declined')),
    decided_at       TIMESTAMP,
    decision_message TEXT,
    updated_at       TIMESTAMP NOT NULL
);
CREATE INDEX registration_categories_category ON registration_categories (category_id, approval);
