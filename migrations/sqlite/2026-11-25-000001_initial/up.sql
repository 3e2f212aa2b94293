-- Plenary schema. Identical on SQLite and PostgreSQL except where noted in the
-- per-backend file: ids are UUID strings (TEXT), times are UTC TIMESTAMPs.

CREATE TABLE users (
    id                TEXT PRIMARY KEY NOT NULL,
    email             TEXT NOT NULL,
    name              TEXT NOT NULL,
    country           TEXT NOT NULL CHECK (length(country) = 2),
    organization      TEXT,
    time_zone         TEXT NOT NULL,
    password_hash     TEXT,
    is_admin          BOOLEAN NOT NULL DEFAULT FALSE,
    email_verified_at TIMESTAMP,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));

CREATE TABLE conferences (
    id                     TEXT PRIMARY KEY NOT NULL,
    slug                   TEXT NOT NULL UNIQUE,
    title                  TEXT NOT NULL,
    description            TEXT NOT NULL DEFAULT '',
    time_zone              TEXT NOT NULL,
    starts_on              DATE NOT NULL,
    ends_on                DATE NOT NULL,
    registration_opens_at  TIMESTAMP,
    registration_closes_at TIMESTAMP,
    capacity               INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    country_quota          INTEGER CHECK (country_quota IS NULL OR country_quota > 0),
    join_lead_minutes      INTEGER NOT NULL DEFAULT 15 CHECK (join_lead_minutes >= 0),
    privacy_notice         TEXT NOT NULL DEFAULT '',
    sender_email           TEXT,
    published              BOOLEAN NOT NULL DEFAULT FALSE,
    speakers_see_roster    BOOLEAN NOT NULL DEFAULT FALSE,
    reminders_enabled      BOOLEAN NOT NULL DEFAULT FALSE,
    reminder_minutes       INTEGER NOT NULL DEFAULT 30 CHECK (reminder_minutes > 0),
    agenda_version         BIGINT NOT NULL DEFAULT 1,
    created_at             TIMESTAMP NOT NULL,
    updated_at             TIMESTAMP NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE conference_roles (
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('organizer')),
    created_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (conference_id, user_id, role)
);
CREATE INDEX conference_roles_user ON conference_roles (user_id);

CREATE TABLE sessions (
    id            TEXT PRIMARY KEY NOT NULL,
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL CHECK (kind IN ('opening', 'keynote', 'panel', 'talk', 'workshop', 'break', 'closing', 'other')),
    starts_at     TIMESTAMP NOT NULL,
    ends_at       TIMESTAMP NOT NULL,
    track         TEXT NOT NULL DEFAULT '',
    capacity      INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    join_url      TEXT,
    status        TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    sequence      INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX sessions_conference_start ON sessions (conference_id, starts_at);

CREATE TABLE session_people (
    session_id   TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('moderator', 'speaker')),
    position     INTEGER NOT NULL DEFAULT 0,
    slot_minutes INTEGER CHECK (slot_minutes IS NULL OR slot_minutes > 0),
    created_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, user_id, role)
);
CREATE INDEX session_people_user ON session_people (user_id);

CREATE TABLE registrations (
    id            TEXT PRIMARY KEY NOT NULL,
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    user_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'waitlisted', 'cancelled')),
    country       TEXT NOT NULL CHECK (length(country) = 2),
    feed_token    TEXT UNIQUE,
    created_at    TIMESTAMP NOT NULL,
    confirmed_at  TIMESTAMP,
    cancelled_at  TIMESTAMP,
    updated_at    TIMESTAMP NOT NULL,
    UNIQUE (conference_id, user_id)
);
CREATE INDEX registrations_user ON registrations (user_id);
CREATE INDEX registrations_conference_status ON registrations (conference_id, status, created_at);
CREATE INDEX registrations_conference_country ON registrations (conference_id, country);

CREATE TABLE enrollments (
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    status          TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'waitlisted')),
    created_at      TIMESTAMP NOT NULL,
    attended_at     TIMESTAMP,
    checked_in_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (registration_id, session_id)
);
CREATE INDEX enrollments_session ON enrollments (session_id, status, created_at);
CREATE INDEX enrollments_checked_in_by ON enrollments (checked_in_by);

CREATE TABLE email_tokens (
    token_hash      TEXT PRIMARY KEY NOT NULL,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('confirm', 'reset', 'invite', 'change_email')),
    registration_id TEXT REFERENCES registrations (id) ON DELETE CASCADE,
    payload         TEXT,
    expires_at      TIMESTAMP NOT NULL,
    used_at         TIMESTAMP,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX email_tokens_user ON email_tokens (user_id);
CREATE INDEX email_tokens_registration ON email_tokens (registration_id);

CREATE TABLE outbox (
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
    status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_until     TIMESTAMP,
    last_error      TEXT,
    sent_at         TIMESTAMP,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_conference ON outbox (conference_id, batch_id);

CREATE TABLE audit_log (
    id            TEXT PRIMARY KEY NOT NULL,
    conference_id TEXT REFERENCES conferences (id) ON DELETE CASCADE,
    actor_id      TEXT REFERENCES users (id) ON DELETE SET NULL,
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    before_state  TEXT,
    after_state   TEXT,
    created_at    TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_conference ON audit_log (conference_id, created_at);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
