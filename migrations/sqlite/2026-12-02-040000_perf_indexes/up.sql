-- Indexes for 100,000 registrants (issue 14).
-- The registrations list in name order walks this index (people by name, then id),
-- and a search scans it instead of the wider users table (it holds every searched
-- column).
CREATE INDEX users_name_search ON users (name, id, email, organization);
-- Statistics: confirmed registrants per country without reading the table.
CREATE INDEX registrations_conference_status_country ON registrations (conference_id, status, country);
-- Rosters: a session's enrolled people and whether they attended, without reading
-- the table row of each enrollment.
CREATE INDEX enrollments_session_roster ON enrollments (session_id, status, registration_id, attended_at, checked_in_by);
-- Statistics: who attended each session (a small part of the enrollments).
CREATE INDEX enrollments_attended ON enrollments (session_id) WHERE attended_at IS NOT NULL;
-- Sort by country (ties by id) without sorting the conference.
CREATE INDEX registrations_conference_country_id ON registrations (conference_id, country, id);
