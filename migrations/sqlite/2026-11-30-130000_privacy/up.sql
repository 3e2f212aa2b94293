-- Feed tokens are stored as their SHA-256 (hex), like email tokens: a database read
-- no longer yields a working feed address. Existing plain tokens are hashed in place
-- by `db::migrate` right after the migrations run (SQLite has no SHA-256 in SQL).
ALTER TABLE registrations RENAME COLUMN feed_token TO feed_token_hash;
ALTER TABLE registrations ADD COLUMN feed_created_at TIMESTAMP;

-- Who an audit entry is about (a person, when there is one), so that deleting the
-- account can pseudonymise the entry (cleared by the deletion itself, so no foreign
-- key: SQLite cannot drop a column that has one); and the pseudonym shown for a
-- deleted actor.
ALTER TABLE audit_log ADD COLUMN subject_user_id TEXT;
ALTER TABLE audit_log ADD COLUMN actor_label TEXT;
CREATE INDEX audit_log_subject_user ON audit_log (subject_user_id);
