-- Trials: a license's kind, the products' trial policies (from the issuer), the trials started here (never
-- deleted) and the trial starts per client address (the throttle).
ALTER TABLE license ADD COLUMN kind text NOT NULL DEFAULT 'PAID';

CREATE TABLE trial_policy (
    product_code    text PRIMARY KEY,
    enabled         boolean     NOT NULL,
    duration_days   integer     NOT NULL,
    modules         jsonb       NOT NULL,
    max_activations integer     NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- One trial per product and machine, per product and person: the unique indexes hold even where the product's
-- trial lock were bypassed. component_keys are the machine's "name=value" pairs qualified by the product, so one
-- index finds the earlier trials of machines sharing a component.
CREATE TABLE trial (
    id               uuid PRIMARY KEY,
    product_code     text        NOT NULL,
    license_id       uuid        NOT NULL UNIQUE,
    fingerprint_hash text        NOT NULL,
    email_key        text        NOT NULL,
    components       jsonb,
    component_keys   text[],
    client_address   text        NOT NULL,
    started_at       timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    UNIQUE (product_code, fingerprint_hash),
    UNIQUE (product_code, email_key)
);
CREATE INDEX trial_component_keys ON trial USING gin (component_keys);

CREATE TABLE trial_attempt (
    id             bigserial PRIMARY KEY,
    client_address text        NOT NULL,
    attempted_at   timestamptz NOT NULL
);
CREATE INDEX trial_attempt_address ON trial_attempt (client_address, attempted_at);
