-- Video platforms (issue 17). Every conference keeps today's behaviour (`link`: the
-- static join URL of each session) until an organizer connects a platform.
ALTER TABLE conferences ADD COLUMN video_platform TEXT NOT NULL DEFAULT 'link'
    CHECK (video_platform IN ('none', 'link', 'bbb', 'jitsi'));
-- The platform's address and secrets, kept to sign each join URL per click; no page
-- shows a secret again once saved.
CREATE TABLE video_settings (
    conference_id TEXT PRIMARY KEY NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    bbb_url       TEXT,
    bbb_secret    TEXT,
    bbb_checksum  TEXT NOT NULL DEFAULT 'sha256' CHECK (bbb_checksum IN ('sha1', 'sha256')),
    jitsi_domain  TEXT,
    jitsi_app_id  TEXT,
    jitsi_secret  TEXT,
    updated_at    TIMESTAMP NOT NULL
);
-- Per session: record in BigBlueButton, the stream for large audiences, and the
-- audience cap of the meeting (BigBlueButton's advice: about 100).
CREATE TABLE session_video (
    session_id   TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    record       BOOLEAN NOT NULL DEFAULT FALSE,
    stream_url   TEXT,
    audience_cap INTEGER NOT NULL DEFAULT 100 CHECK (audience_cap > 0),
    updated_at   TIMESTAMP NOT NULL
);
-- Presence reported by the platform: one row per stay in the meeting (a join and,
-- once known, its leave). The key makes a callback delivered twice change nothing.
CREATE TABLE video_presence (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at  TIMESTAMP NOT NULL,
    left_at    TIMESTAMP,
    PRIMARY KEY (session_id, user_id, joined_at)
);
CREATE INDEX video_presence_user ON video_presence (user_id);
