-- Trials: a product's trial policy (off by default), a license's kind, and the trials the issuer adopted.
ALTER TABLE product
    ADD COLUMN trial_enabled         boolean NOT NULL DEFAULT false,
    ADD COLUMN trial_duration_days   integer,
    ADD COLUMN trial_modules         jsonb,
    ADD COLUMN trial_max_activations integer;

ALTER TABLE license ADD COLUMN kind text NOT NULL DEFAULT 'PAID';

-- One row per trial license, never deleted: who asked for it, until when it runs, and how it ended.
CREATE TABLE trial (
    license_id        uuid PRIMARY KEY REFERENCES license (id),
    product_code      text        NOT NULL,
    contact_email     text        NOT NULL,
    organization_name text        NOT NULL,
    started_at        timestamptz NOT NULL,
    ends_at           timestamptz NOT NULL,
    status            text        NOT NULL,
    converted_to      uuid REFERENCES license (id),
    ended_at          timestamptz
);
CREATE INDEX trial_running_end ON trial (ends_at) WHERE status = 'RUNNING';
CREATE INDEX trial_product_started ON trial (product_code, started_at);
