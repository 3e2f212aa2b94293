-- Rosters at scale (issue 14): an enrollment carries its registration's country, so
-- a session's counts by country and its country filter read one index instead of
-- looking up 64,000 registrations. Triggers keep the copy true whoever writes.
ALTER TABLE enrollments ADD COLUMN country TEXT NOT NULL DEFAULT '';
UPDATE enrollments SET country = (SELECT r.country FROM registrations r WHERE r.id = enrollments.registration_id);
CREATE TRIGGER enrollments_country_on_insert AFTER INSERT ON enrollments
WHEN NEW.country = ''
BEGIN
  UPDATE enrollments SET country = (SELECT r.country FROM registrations r WHERE r.id = NEW.registration_id)
  WHERE registration_id = NEW.registration_id AND session_id = NEW.session_id;
END;
CREATE TRIGGER enrollments_country_on_change AFTER UPDATE OF country ON registrations
WHEN NEW.country IS NOT OLD.country
BEGIN
  UPDATE enrollments SET country = NEW.country WHERE registration_id = NEW.id;
END;
CREATE INDEX enrollments_session_country ON enrollments (session_id, status, country, attended_at);
-- The roster in name order walks the people by their lower-cased name.
CREATE INDEX users_lower_name ON users (lower(name), id);
