-- Rosters at scale (issue 14): an enrollment carries its registration's country, so
-- a session's counts by country and its country filter read one index instead of
-- looking up 64,000 registrations. Triggers keep the copy true whoever writes.
ALTER TABLE enrollments ADD COLUMN country TEXT NOT NULL DEFAULT '';
UPDATE enrollments e SET country = r.country FROM registrations r WHERE r.id = e.registration_id;
CREATE FUNCTION enrollments_country_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.country = '' THEN
    NEW.country := COALESCE((SELECT r.country FROM registrations r WHERE r.id = NEW.registration_id), '');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER enrollments_country_on_insert BEFORE INSERT ON enrollments
FOR EACH ROW EXECUTE FUNCTION enrollments_country_fill();
CREATE FUNCTION enrollments_country_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE enrollments SET country = NEW.country WHERE registration_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER enrollments_country_on_change AFTER UPDATE OF country ON registrations
FOR EACH ROW WHEN (NEW.country IS DISTINCT FROM OLD.country)
EXECUTE FUNCTION enrollments_country_follow();
CREATE INDEX enrollments_session_country ON enrollments (session_id, status, country, attended_at);
-- The roster in name order walks the people by their lower-cased name.
CREATE INDEX users_lower_name ON users (lower(name), id);
