-- The product setting that limits the machines a customer frees in the portal (null: the default, 3), and the
-- frees counted against it: per license in a rolling 30 days.
ALTER TABLE product ADD COLUMN self_service_deactivations integer;

CREATE TABLE self_service_deactivation (
    id            uuid        PRIMARY KEY,
    license_id    uuid        NOT NULL,
    activation_id uuid        NOT NULL,
    actor         text        NOT NULL,
    at            timestamptz NOT NULL
);
CREATE INDEX self_service_deactivation_license ON self_service_deactivation (license_id, at);
