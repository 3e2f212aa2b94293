-- The back office's registrations table is sorted newest first by default. This
-- index makes that order an index walk (no sort of every registration), and covers
-- the page's id lookup, so even the last page of 100,000 registrations is cheap.
CREATE INDEX registrations_conference_created ON registrations (conference_id, created_at, id);
