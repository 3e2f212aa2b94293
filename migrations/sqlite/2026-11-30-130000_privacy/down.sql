-- Hashed feed tokens cannot be turned back into tokens: feeds must be created again.
DROP INDEX audit_log_subject_user;
ALTER TABLE audit_log DROP COLUMN actor_label;
ALTER TABLE audit_log DROP COLUMN subject_user_id;
ALTER TABLE registrations DROP COLUMN feed_created_at;
ALTER TABLE registrations RENAME COLUMN feed_token_hash TO feed_token;
