-- An activation-shaped write: the activation row and its outbox row in one transaction.
\set license random(1, 100)
BEGIN;
INSERT INTO bench_activation (id, license_id, organization_id, fingerprint_hash, product_version, hostname, status,
    created_at, last_seen_at)
VALUES (gen_random_uuid(), :license, '5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21', md5(random()::text), '1.0.0', 'bench',
    'ACTIVE', now(), now());
INSERT INTO bench_outbox (id, topic, message_key, event_type, payload, created_at)
VALUES (gen_random_uuid(), 'activation-events', :license, 'activation.created', repeat('x', 600), now());
COMMIT;
