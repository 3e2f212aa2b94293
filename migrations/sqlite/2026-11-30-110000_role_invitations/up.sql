-- A role offered to an email address (issue 12): co-organizer of a conference
-- (session_id and session_role NULL) or moderator/speaker of one of its sessions.
-- The role is granted only when the owner of the mailbox opens the link and accepts;
-- until then nothing ties the address to an account. A row lives while the offer is
-- pending: accepting or withdrawing deletes it (the audit log keeps the history), and
-- resending replaces the token. Only the SHA-256 of the token is stored.
CREATE TABLE role_invitations (
    token_hash    TEXT PRIMARY KEY NOT NULL,
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    session_id    TEXT REFERENCES sessions (id) ON DELETE CASCADE,
    session_role  TEXT CHECK (session_role IN ('moderator', 'speaker')),
    email         TEXT NOT NULL,
    invited_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
    expires_at    TIMESTAMP NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    CHECK ((session_id IS NULL) = (session_role IS NULL))
);
-- One pending offer per role and address: organizer offers per conference, session
-- offers per session and role.
CREATE UNIQUE INDEX role_invitations_organizer ON role_invitations (conference_id, email)
    WHERE session_id IS NULL;
CREATE UNIQUE INDEX role_invitations_session ON role_invitations (session_id, session_role, email)
    WHERE session_id IS NOT NULL;
CREATE INDEX role_invitations_conference ON role_invitations (conference_id);
CREATE INDEX role_invitations_invited_by ON role_invitations (invited_by);
