DROP TABLE participant_settings;
ALTER TABLE registrations DROP COLUMN listed_consent_at;
ALTER TABLE registrations DROP COLUMN listed_consent;
