-- Dead letters, replays and the history of every delivery attempt. Written so that H2 in PostgreSQL mode and
-- PostgreSQL run the same script.

-- The attempt that currently holds the lease; only its holder may record an outcome.
ALTER TABLE delivery ADD COLUMN current_attempt_id VARCHAR(36);
-- How often an operator has replayed the delivery.
ALTER TABLE delivery ADD COLUMN replays INTEGER NOT NULL DEFAULT 0;
-- Acceptance time, or the time of the last replay: the maximum age of a delivery counts from here.
ALTER TABLE delivery ADD COLUMN window_started_at TIMESTAMP WITH TIME ZONE;
UPDATE delivery SET window_started_at = created_at;
ALTER TABLE delivery ALTER COLUMN window_started_at SET NOT NULL;

CREATE INDEX ix_delivery_ordering ON delivery (registry, ordering_key, seq);

CREATE TABLE delivery_attempt (
    id           VARCHAR(36)              PRIMARY KEY,
    delivery_id  VARCHAR(36)              NOT NULL REFERENCES delivery (id),
    -- 0 for the attempts after acceptance, n for those after the n-th replay.
    replay_round INTEGER                  NOT NULL,
    -- Counts from 1 within the round, like delivery.attempts.
    attempt_no   INTEGER                  NOT NULL,
    node_id      VARCHAR(64)              NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    -- in_flight, delivered, rejected, unreadable, mapping_failed, retry_scheduled, dead or interrupted.
    outcome      VARCHAR(20)              NOT NULL,
    http_status  INTEGER,
    error        VARCHAR(2000)
);

CREATE INDEX ix_delivery_attempt_delivery ON delivery_attempt (delivery_id, started_at);

-- Replays are audited in the request audit table, one row per replayed delivery.
ALTER TABLE audit_event ADD COLUMN delivery_id VARCHAR(36);

CREATE INDEX ix_audit_delivery ON audit_event (delivery_id);
