-- Reads under the license row lock that cost the same whether a license holds ten machines or ten thousand.

-- Seats by license: the seat check counts users per module without visiting the license's activations (every
-- path that ends an activation deletes its seats, so these are the seats of live activations). Nullable for the
-- previous release, which does not write it (V5_3 derives it then).
ALTER TABLE seat_assignment ADD COLUMN license_id uuid;
UPDATE seat_assignment s SET license_id = a.license_id FROM activation a WHERE a.id = s.activation_id;
CREATE INDEX seat_assignment_license ON seat_assignment (license_id, module, user_name);

-- The distinct versions live machines run, read by a loose index scan (the upgrade check wants the newest major).
CREATE INDEX activation_live_version ON activation (license_id, product_version) WHERE status = 'ACTIVE';

-- A machine recognised by its components: its recorded components as canonical "name=value" pairs, so the
-- candidates are found by index (the pairs a request reports overlap them) and only those are compared in full.
ALTER TABLE activation ADD COLUMN component_pairs text[];
UPDATE activation SET component_pairs = ARRAY(
    SELECT lower(btrim(key, E' \t\r\n')) || '=' || lower(btrim(value, E' \t\r\n')) FROM jsonb_each_text(components))
WHERE components IS NOT NULL AND jsonb_typeof(components) = 'object';
CREATE INDEX activation_live_components ON activation USING gin (component_pairs) WHERE status = 'ACTIVE';
