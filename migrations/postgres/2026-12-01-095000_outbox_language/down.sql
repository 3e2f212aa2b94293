ALTER TABLE outbox DROP COLUMN language;
