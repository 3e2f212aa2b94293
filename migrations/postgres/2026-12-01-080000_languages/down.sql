ALTER TABLE conferences DROP COLUMN default_language;
ALTER TABLE users DROP COLUMN language;
