-- Custom registration questions of a conference (issue 18, point 2): what is asked,
-- of whom (all categories, or those in `question_categories`), in which order, and
-- whether moderators see the answers in their roster. A question with answers is
-- archived, never deleted.
CREATE TABLE questions (
    id                   TEXT PRIMARY KEY NOT NULL,
    conference_id        TEXT NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    kind                 TEXT NOT NULL CHECK (kind IN ('short_text', 'long_text', 'single_choice', 'multiple_choice', 'checkbox', 'country', 'date', 'organisation')),
    label                TEXT NOT NULL,
    help                 TEXT NOT NULL,
    required             BOOLEAN NOT NULL,
    visible_to_moderators BOOLEAN NOT NULL,
    position             INTEGER NOT NULL,
    archived_at          TIMESTAMP,
    created_at           TIMESTAMP NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);
CREATE INDEX questions_conference ON questions (conference_id, position);

-- The choices of a choice question, with stable ids: renaming or archiving a
-- choice leaves the answers given as they were.
CREATE TABLE question_choices (
    id          TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    label       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    archived_at TIMESTAMP,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE INDEX question_choices_question ON question_choices (question_id, position);

-- The categories a question is limited to (none: asked of everyone).
CREATE TABLE question_categories (
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    category_id TEXT NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, category_id)
);
CREATE INDEX question_categories_category ON question_categories (category_id);

-- Answers, one row per value (a multiple-choice answer has one row per ticked
-- choice). `value` is what was answered, as text at the time (a choice's label,
-- 'yes', a country code, an ISO date): it outlives later edits of the choice.
-- The question's foreign key has no cascade: a question with answers cannot be
-- deleted, only archived.
CREATE TABLE registration_answers (
    id              TEXT PRIMARY KEY NOT NULL,
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    question_id     TEXT NOT NULL REFERENCES questions (id),
    choice_id       TEXT REFERENCES question_choices (id) ON DELETE SET NULL,
    value           TEXT NOT NULL,
    position        INTEGER NOT NULL,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX registration_answers_registration ON registration_answers (registration_id, question_id);
CREATE INDEX registration_answers_question ON registration_answers (question_id, value);
CREATE INDEX registration_answers_choice ON registration_answers (choice_id);
