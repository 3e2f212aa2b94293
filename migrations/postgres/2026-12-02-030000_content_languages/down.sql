ALTER TABLE sessions DROP COLUMN floor_language;
DROP TABLE session_interpretation;
DROP TABLE session_texts;
DROP TABLE conference_texts;
DROP TABLE conference_languages;
