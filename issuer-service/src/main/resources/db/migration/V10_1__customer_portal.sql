-- Sign-in links of the customer portal: the code is stored as its SHA-256 only, with the SHA-256 of the secret the
-- asking browser keeps (the binding); a link is redeemed once, within 15 minutes.
CREATE TABLE signin_link (
    id          uuid        PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES account (id),
    email       text        NOT NULL,
    code_hash   text        NOT NULL UNIQUE,
    binding     text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    redeemed_at timestamptz
);
CREATE INDEX signin_link_expiry ON signin_link (expires_at);

-- What the sign-in throttle counts: link requests per client address and per e-mail, wrong serial + CD key pairs
-- per client address and per serial. Rows older than the longest window are deleted as new ones arrive.
CREATE TABLE signin_attempt (
    id             bigserial   PRIMARY KEY,
    kind           text        NOT NULL,
    client_address text        NOT NULL,
    subject        text        NOT NULL,
    at             timestamptz NOT NULL
);
CREATE INDEX signin_attempt_address ON signin_attempt (kind, client_address, at);
CREATE INDEX signin_attempt_subject ON signin_attempt (kind, subject, at);

-- How often a customer may free a machine of a license in the portal within 30 days (activation enforces it).
ALTER TABLE product ADD COLUMN self_service_deactivations integer NOT NULL DEFAULT 3;
