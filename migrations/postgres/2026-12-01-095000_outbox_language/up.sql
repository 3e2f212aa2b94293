-- The language a queued mail is written in, sent as its Content-Language header.
ALTER TABLE outbox ADD COLUMN language TEXT;
