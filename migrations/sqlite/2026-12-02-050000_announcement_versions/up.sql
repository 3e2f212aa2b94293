-- An announcement written in several languages (issue 15, point 6): one row per
-- language it was written in, keyed by its outbox batch (the announcement's id) and
-- the language. The conference's default language always has a row; each recipient
-- gets the version in their own language, else that one.
CREATE TABLE announcement_versions (
    batch_id TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    is_default BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (batch_id, lang)
);
CREATE INDEX announcement_versions_conference ON announcement_versions (conference_id);
