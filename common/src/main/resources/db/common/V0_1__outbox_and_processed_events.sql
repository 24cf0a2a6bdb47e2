-- Shared messaging tables: every service's Flyway reads db/common next to its own db/migration.

-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
CREATE TABLE outbox_event (
    id          uuid PRIMARY KEY,
    seq         bigserial   NOT NULL UNIQUE,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    event_type  text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Idempotent consumer: an event id recorded here has had its effect.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL
);
