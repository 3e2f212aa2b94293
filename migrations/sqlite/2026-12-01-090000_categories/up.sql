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

-- Personal invitations to register in a category (often an invitation-only one):
-- the link's token stored as its SHA-256 only, single-use and expiring, locked to
-- the invited address unless forwarding is allowed. Answered when used
-- (`registration_id`); revoked ones stay for the record.
CREATE TABLE registration_invitations (
    id               TEXT PRIMARY KEY NOT NULL,
    conference_id    TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    category_id      TEXT NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    email            TEXT NOT NULL,
    name             TEXT NOT NULL,
    country          TEXT NOT NULL CHECK (length(country) = 2),
    organization     TEXT,
    language         TEXT,
    token_hash       TEXT NOT NULL UNIQUE,
    allow_forwarding BOOLEAN NOT NULL,
    expires_at       TIMESTAMP NOT NULL,
    reminded_at      TIMESTAMP,
    used_at          TIMESTAMP,
    registration_id  TEXT REFERENCES registrations (id) ON DELETE SET NULL,
    revoked_at       TIMESTAMP,
    created_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at       TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP NOT NULL,
    UNIQUE (conference_id, email)
);
CREATE INDEX registration_invitations_category ON registration_invitations (category_id);
CREATE INDEX registration_invitations_registration ON registration_invitations (registration_id);
CREATE INDEX registration_invitations_created_by ON registration_invitations (created_by);
