-- The machines of one license that share a hardware component with a request, found by one index whatever plan
-- PostgreSQL caches for the statement. With the pairs indexed alone beside a btree on license_id, the generic plan
-- a prepared statement settles on after five runs filtered all of the license's machines by the btree (12,000 rows
-- under the license lock on a large license); pairs qualified by their license leave no such path.
CREATE FUNCTION license_component_pairs(license uuid, pairs text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ARRAY(SELECT license::text || ' ' || pair FROM unnest(pairs) pair) $$;
CREATE INDEX activation_live_license_components ON activation
    USING gin (license_component_pairs(license_id, component_pairs)) WHERE status = 'ACTIVE';
DROP INDEX activation_live_components;
