DROP INDEX users_lower_name;
DROP INDEX enrollments_session_country;
DROP TRIGGER enrollments_country_on_change;
DROP TRIGGER enrollments_country_on_insert;
ALTER TABLE enrollments DROP COLUMN country;
