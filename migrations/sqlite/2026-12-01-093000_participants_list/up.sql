-- The list of participants (issue 18, point 5): each registrant's consent to appear
-- on the conference's public list (asked at sign-up, changeable in My conference),
-- and when it was given. Off until given.
ALTER TABLE registrations ADD COLUMN listed_consent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE registrations ADD COLUMN listed_consent_at TIMESTAMP;

-- Per-conference settings of the list and of data retention (point 6), in a table of
-- their own: whether the public list is on; how many months after the conference's
-- last day its registrations are anonymised (NULL: kept); when the organizers were
-- warned of it (once) and when it was done.
CREATE TABLE participant_settings (
    conference_id             TEXT PRIMARY KEY NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    participants_list_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    retention_months          INTEGER CHECK (retention_months IS NULL OR (retention_months >= 1 AND retention_months <= 120)),
    retention_warned_at       TIMESTAMP,
    anonymised_at             TIMESTAMP,
    updated_at                TIMESTAMP NOT NULL
);
