-- Contacts per account as the issuer last announced them (the whole list, ordered by its version).
CREATE TABLE account_contacts (
    account_id  uuid PRIMARY KEY,
    version     bigint NOT NULL,
    contacts    jsonb  NOT NULL
);

-- The licenses as mail needs them, from the issuer's snapshots; next_reminder_at is the next threshold date at
-- which a reminder falls due (null: none), so the scan reads only the licenses that need something.
CREATE TABLE license_fact (
    license_id         uuid PRIMARY KEY,
    version            bigint      NOT NULL,
    serial             text        NOT NULL,
    account_id         uuid        NOT NULL,
    product_code       text        NOT NULL,
    status             text        NOT NULL,
    expires_at         timestamptz,
    maintenance_until  timestamptz,
    next_reminder_at   timestamptz
);
CREATE INDEX license_fact_reminder_due ON license_fact (next_reminder_at) WHERE next_reminder_at IS NOT NULL;

-- One row per mail: a license, a kind, the threshold (or cause) it is sent for and a recipient, at most once.
-- Written in the transaction of the event or scan that caused it; sent by the sender, which claims rows with
-- FOR UPDATE SKIP LOCKED. sealed_delivery is the issuer's sealed CD key and file, erased once SENT or FAILED.
CREATE TABLE mail (
    id               uuid PRIMARY KEY,
    license_id       uuid        NOT NULL,
    kind             text        NOT NULL,
    threshold        text        NOT NULL,
    recipient        text        NOT NULL,
    language         text        NOT NULL CHECK (language IN ('en', 'de', 'zh')),
    subject          text        NOT NULL,
    data             jsonb       NOT NULL,
    sealed_delivery  text,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    CONSTRAINT mail_once UNIQUE (license_id, kind, threshold, recipient),
    CONSTRAINT mail_sealed_only_pending CHECK (sealed_delivery IS NULL OR status = 'PENDING')
);
CREATE INDEX mail_pending_due ON mail (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_by_license ON mail (license_id, created_at);
