-- A paid activation ends a trial of its product running on the same machine, so each one looks for live
-- activations by the machine's fingerprint alone: without an index on it that look-up read the whole activation
-- table under the license lock. Live activations only, as only live ones are looked for.
CREATE INDEX activation_live_fingerprint ON activation (fingerprint_hash) WHERE status = 'ACTIVE';
