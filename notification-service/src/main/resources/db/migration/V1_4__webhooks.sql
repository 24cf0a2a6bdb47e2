-- Endpoints of the vendor's own systems; the signing secret is kept sealed (it must be used to sign, so it
-- cannot be a hash), under a key from the service's environment.
CREATE TABLE webhook_endpoint (
    id             uuid PRIMARY KEY,
    url            text        NOT NULL,
    events         jsonb       NOT NULL,
    description    text,
    sealed_secret  text        NOT NULL,
    enabled        boolean     NOT NULL,
    failing_since  timestamptz,
    disabled_at    timestamptz,
    created_at     timestamptz NOT NULL
);

-- One delivery per endpoint and event, at least once; the receiver de-duplicates on the envelope's eventId.
CREATE TABLE webhook_delivery (
    id                uuid PRIMARY KEY,
    endpoint_id       uuid        NOT NULL REFERENCES webhook_endpoint (id),
    event_id          uuid        NOT NULL,
    type              text        NOT NULL,
    body              text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          integer     NOT NULL DEFAULT 0,
    last_status_code  integer,
    last_error        text,
    next_attempt_at   timestamptz,
    retry_until       timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    delivered_at      timestamptz,
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, event_id)
);
-- each endpoint's own queue: its oldest due delivery, found without looking at other endpoints' rows
CREATE INDEX webhook_delivery_due ON webhook_delivery (endpoint_id, next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_by_endpoint ON webhook_delivery (endpoint_id, created_at);
