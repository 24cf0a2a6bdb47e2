-- Staff requests sent with an Idempotency-Key: the first one's outcome is kept and replayed to repeats.
CREATE TABLE idempotency_key (
    actor         text        NOT NULL,
    key           text        NOT NULL,
    operation     text        NOT NULL,
    request_hash  text        NOT NULL,
    status        integer,
    response_body text,
    location      text,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (actor, key)
);
