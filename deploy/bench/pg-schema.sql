-- The bare PostgreSQL bound: tables shaped like activation-service's activation and outbox_event rows, and a
-- keyed table to read from. Recreated on every run.
DROP TABLE IF EXISTS bench_activation, bench_outbox, bench_keyed;
CREATE TABLE bench_activation (
    id               uuid PRIMARY KEY,
    license_id       integer     NOT NULL,
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
CREATE UNIQUE INDEX bench_activation_live ON bench_activation (license_id, fingerprint_hash) WHERE status = 'ACTIVE';
CREATE INDEX bench_activation_license ON bench_activation (license_id);
CREATE TABLE bench_outbox (
    id          uuid PRIMARY KEY,
    seq         bigserial   NOT NULL UNIQUE,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    event_type  text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE TABLE bench_keyed (
    id      integer PRIMARY KEY,
    payload text NOT NULL
);
INSERT INTO bench_keyed SELECT i, md5(i::text) FROM generate_series(1, 100000) i;
VACUUM ANALYZE bench_keyed;
