DROP TABLE announcement_unsubscribes;
ALTER TABLE outbox DROP COLUMN list_unsubscribe;
ALTER TABLE outbox DROP COLUMN reply_to;
ALTER TABLE outbox DROP COLUMN sender_name;
ALTER TABLE conferences DROP COLUMN short_name;
