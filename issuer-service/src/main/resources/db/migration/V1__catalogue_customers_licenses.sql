CREATE TABLE product (
    code       text PRIMARY KEY,
    name       text        NOT NULL,
    modules    jsonb       NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE product_version (
    id           uuid PRIMARY KEY,
    product_code text        NOT NULL REFERENCES product (code),
    version      text        NOT NULL,
    released_at  timestamptz NOT NULL,
    UNIQUE (product_code, version)
);

CREATE TABLE account (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL,
    external_ref text UNIQUE,
    created_at   timestamptz NOT NULL
);

CREATE TABLE organization (
    id         uuid PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES account (id),
    name       text        NOT NULL,
    tax_id     text,
    created_at timestamptz NOT NULL
);
CREATE INDEX organization_account ON organization (account_id);

CREATE TABLE license (
    id                uuid PRIMARY KEY,
    serial            text        NOT NULL UNIQUE,
    cd_key_hash       text        NOT NULL,
    product_code      text        NOT NULL REFERENCES product (code),
    account_id        uuid        NOT NULL REFERENCES account (id),
    edition           text,
    modules           jsonb       NOT NULL,
    max_activations   integer     NOT NULL CHECK (max_activations > 0),
    starts_at         timestamptz NOT NULL,
    expires_at        timestamptz,
    maintenance_until timestamptz,
    status            text        NOT NULL,
    billing_ref       text UNIQUE,
    billing_standing  text        NOT NULL DEFAULT 'CURRENT',
    version           bigint      NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX license_account ON license (account_id);
CREATE INDEX license_status ON license (status);
