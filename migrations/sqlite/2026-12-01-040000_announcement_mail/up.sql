-- Announcements (issue 16, point 9). A conference's short name prefixes the subject
-- of its announcements ("[IP&AI] …"); its title is the sender's display name.
ALTER TABLE conferences ADD COLUMN short_name TEXT;

-- Per-message headers the worker adds: the sender's display name, Reply-To, and the
-- one-click unsubscribe address (RFC 8058) — set on announcements only.
ALTER TABLE outbox ADD COLUMN sender_name TEXT;
ALTER TABLE outbox ADD COLUMN reply_to TEXT;
ALTER TABLE outbox ADD COLUMN list_unsubscribe TEXT;

-- One row per announcement mail sent: the link's token (its SHA-256, hex) names the
-- conference and the address. `unsubscribed_at` set: no more announcements from that
-- conference go to that address (transactional mail is unaffected).
CREATE TABLE announcement_unsubscribes (
    token_hash TEXT PRIMARY KEY NOT NULL,
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    unsubscribed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX announcement_unsubscribes_conference_email
    ON announcement_unsubscribes (conference_id, email);
