-- Read model, built only from Kafka. No foreign keys between these tables: facts arrive on different keys,
-- so a license may be known before its product or account.

CREATE TABLE product (
    code    text PRIMARY KEY,
    name    text  NOT NULL,
    modules jsonb NOT NULL
);

CREATE TABLE product_version (
    product_code text        NOT NULL,
    version      text        NOT NULL,
    released_at  timestamptz NOT NULL,
    PRIMARY KEY (product_code, version)
);

CREATE TABLE account (
    id   uuid PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE organization (
    id         uuid PRIMARY KEY,
    account_id uuid NOT NULL,
    name       text NOT NULL
);

-- The entitlement as the issuer last published it (snapshot_version guards against stale snapshots), plus the
-- organization this service bound it to at its first activation.
CREATE TABLE license (
    id                      uuid PRIMARY KEY,
    snapshot_version        bigint      NOT NULL,
    serial                  text        NOT NULL UNIQUE,
    cd_key_hash             text        NOT NULL,
    product_code            text        NOT NULL,
    account_id              uuid        NOT NULL,
    edition                 text,
    modules                 jsonb       NOT NULL,
    max_activations         integer     NOT NULL,
    starts_at               timestamptz,
    expires_at              timestamptz,
    maintenance_until       timestamptz,
    status                  text        NOT NULL,
    bound_organization_id   uuid,
    bound_at                timestamptz,
    updated_at              timestamptz NOT NULL
);

-- Payment standing per license as billing-sync reports it; absent means CURRENT.
CREATE TABLE billing_standing (
    license_id     uuid PRIMARY KEY,
    standing       text        NOT NULL,
    past_due_since timestamptz,
    grace_ends_at  timestamptz,
    updated_at     timestamptz NOT NULL
);

-- What this service owns.

CREATE TABLE activation (
    id               uuid PRIMARY KEY,
    license_id       uuid        NOT NULL REFERENCES license (id),
    organization_id  uuid        NOT NULL,
    fingerprint_hash text        NOT NULL,
    product_version  text        NOT NULL,
    hostname         text,
    components       jsonb,
    status           text        NOT NULL,
    created_at       timestamptz NOT NULL,
    last_seen_at     timestamptz NOT NULL,
    ended_at         timestamptz
);
-- One live activation per machine and license: the second line of defence behind the license row lock.
CREATE UNIQUE INDEX activation_live_machine ON activation (license_id, fingerprint_hash) WHERE status = 'ACTIVE';
CREATE INDEX activation_license ON activation (license_id);

CREATE TABLE seat_assignment (
    id            uuid PRIMARY KEY,
    activation_id uuid NOT NULL REFERENCES activation (id),
    module        text NOT NULL,
    user_name     text NOT NULL,
    UNIQUE (activation_id, module, user_name)
);

CREATE TABLE reregistration (
    id                    uuid PRIMARY KEY,
    activation_id         uuid        NOT NULL REFERENCES activation (id),
    license_id            uuid        NOT NULL,
    from_fingerprint_hash text        NOT NULL,
    to_fingerprint_hash   text        NOT NULL,
    at                    timestamptz NOT NULL
);
CREATE INDEX reregistration_license_at ON reregistration (license_id, at);

-- Wrong CD keys, shared by all replicas: enough of them in the window lock the serial or the client address.
CREATE TABLE credential_failure (
    id             bigserial PRIMARY KEY,
    serial         text        NOT NULL,
    client_address text        NOT NULL,
    failed_at      timestamptz NOT NULL
);
CREATE INDEX credential_failure_serial ON credential_failure (serial, failed_at);
CREATE INDEX credential_failure_address ON credential_failure (client_address, failed_at);
