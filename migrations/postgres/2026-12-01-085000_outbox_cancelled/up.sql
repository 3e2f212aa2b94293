-- An organizer may cancel a scheduled announcement: its unsent messages become
-- 'cancelled' (kept, so the announcement's page still says what happened).
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('queued', 'sent', 'failed', 'cancelled'));
