-- Idempotency keys are kept for a configured retention (MELDEPORT_IDEMPOTENCY_RETENTION_DAYS, at least 7 days) and
-- then forgotten by setting them to NULL. The submission and its deliveries stay for the status API and the audit.
-- Both PostgreSQL and H2 allow any number of NULLs under the unique constraint on (client_id, idempotency_key).
ALTER TABLE submission ALTER COLUMN idempotency_key DROP NOT NULL;

-- The retention job looks for old submissions with a key.
CREATE INDEX ix_submission_accepted ON submission (accepted_at);
