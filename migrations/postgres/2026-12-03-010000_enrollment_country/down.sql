DROP INDEX users_lower_name;
DROP INDEX enrollments_session_country;
DROP TRIGGER enrollments_country_on_change ON registrations;
DROP FUNCTION enrollments_country_follow();
DROP TRIGGER enrollments_country_on_insert ON enrollments;
DROP FUNCTION enrollments_country_fill();
ALTER TABLE enrollments DROP COLUMN country;
