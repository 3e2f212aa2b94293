-- Conference content in several languages (issue 15, points 7 and 8). The existing
-- columns (`conferences.title`, `.description`, `.privacy_notice`, `sessions.title`,
-- `.summary`) keep the text in the conference's default language; these tables hold
-- the other languages' texts. A reader gets their language's text where there is one,
-- else the default language's (`domain::content::pick`).

-- The languages a conference publishes its content in (its default language is
-- always among them, whether or not it has a row here).
CREATE TABLE conference_languages (
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    PRIMARY KEY (conference_id, lang)
);

-- A conference's title, description and privacy notice in one more language; an
-- empty text means "not translated".
CREATE TABLE conference_texts (
    conference_id TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    privacy_notice TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (conference_id, lang)
);

-- A session's title and abstract in one more language.
CREATE TABLE session_texts (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title TEXT NOT NULL DEFAULT '',
    abstract TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, lang)
);

-- The interpretation a session offers, one row per language.
CREATE TABLE session_interpretation (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    PRIMARY KEY (session_id, lang)
);

-- The language spoken on the floor of a session (none: not said).
ALTER TABLE sessions ADD COLUMN floor_language TEXT
    CHECK (floor_language IS NULL OR floor_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
