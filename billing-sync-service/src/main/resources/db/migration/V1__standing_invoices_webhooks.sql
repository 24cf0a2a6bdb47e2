-- Billing standing of every license known from license-events; the dunning scan locks these rows.
CREATE TABLE license_standing (
    license_id       uuid PRIMARY KEY,
    billing_ref      text UNIQUE,
    license_version  bigint      NOT NULL,
    standing         text        NOT NULL CHECK (standing IN ('CURRENT', 'PAST_DUE', 'SUSPENDED')),
    past_due_since   timestamptz,
    grace_ends_at    timestamptz,
    canceled_at      timestamptz,
    updated_at       timestamptz NOT NULL
);

-- Invoices as the provider reported them; a paid invoice never reopens, whatever order events arrive in.
-- Scoped by license, so one license's events can never touch another's invoice.
CREATE TABLE invoice (
    license_id       uuid        NOT NULL REFERENCES license_standing (license_id),
    invoice_id       text        NOT NULL,
    amount_due       numeric,
    due_at           timestamptz,
    status           text        NOT NULL CHECK (status IN ('OPEN', 'PAID')),
    payment_failed_at timestamptz,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (license_id, invoice_id)
);
CREATE INDEX invoice_open_by_license ON invoice (license_id, due_at) WHERE status = 'OPEN';

-- Every signed webhook as received, stored before it is processed. Parked events wait for their license.
CREATE TABLE webhook_event (
    id            text PRIMARY KEY,
    type          text        NOT NULL,
    body          text        NOT NULL,
    received_at   timestamptz NOT NULL,
    processed_at  timestamptz,
    outcome       text CHECK (outcome IN ('APPLIED', 'PARKED', 'IGNORED')),
    license_id    uuid,
    billing_ref   text
);
CREATE INDEX webhook_event_parked_license ON webhook_event (license_id) WHERE outcome = 'PARKED';
CREATE INDEX webhook_event_parked_ref ON webhook_event (billing_ref) WHERE outcome = 'PARKED';
