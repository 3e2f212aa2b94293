-- One row per sign-in: the cookie holds a random id, this table its SHA-256. A request
-- is signed in only while its row exists, is not revoked and was seen in the last 14
-- days, so signing out (here or everywhere) ends the session on the server.
CREATE TABLE login_sessions (
    id_hash      TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    revoked_at   TIMESTAMP
);
CREATE INDEX login_sessions_user ON login_sessions (user_id);

-- Rate limits shared by every instance on PostgreSQL (SQLite keeps them in the
-- process): the GCRA "theoretical arrival time" of each key, in milliseconds since
-- 1970. A row whose time has passed says nothing any more and is deleted.
CREATE TABLE rate_limits (
    key    TEXT PRIMARY KEY NOT NULL,
    tat_ms BIGINT NOT NULL
);
CREATE INDEX rate_limits_tat ON rate_limits (tat_ms);
