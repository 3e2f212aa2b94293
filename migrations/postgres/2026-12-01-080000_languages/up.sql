-- Languages: each person's preferred language (asked at sign-up; mail to them is
-- written in it), and each conference's default language (used when a reader's
-- browser asks for none of the six, and for mail to people who never chose one).
ALTER TABLE users ADD COLUMN language TEXT
    CHECK (language IS NULL OR language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
ALTER TABLE conferences ADD COLUMN default_language TEXT NOT NULL DEFAULT 'en'
    CHECK (default_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
