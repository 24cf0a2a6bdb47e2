-- What offline activation requests are proven against, as the issuer publishes it; licenses issued before
-- it existed have none and cannot be activated offline.
ALTER TABLE license ADD COLUMN offline_verifier text;

-- Nonces of accepted offline requests: one is spent per license, and only the identical request (same digest
-- of its signed lines) may come again.
CREATE TABLE offline_nonce (
    license_id     uuid        NOT NULL REFERENCES license (id),
    nonce          text        NOT NULL,
    request_digest text        NOT NULL,
    used_at        timestamptz NOT NULL,
    PRIMARY KEY (license_id, nonce)
);
