-- The live machines of a license sharing a component with an activation request, found by the GIN index of
-- license-qualified pairs. A cached generic plan cannot price that index: without the request's pairs it takes the
-- index for a scan of unknown width, and on a table whose statistics still tell a small license it preferred reading
-- every live activation in the table (167 pages for a license grown to 4,000 machines, under the license lock).
-- Planned for each call with the request's pairs, the index is seen as the few pages it reads. The planning costs a
-- fraction of a millisecond, on the activation path only.
CREATE FUNCTION live_machines_sharing_components(license uuid, pairs text[], organization uuid) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE SET plan_cache_mode = force_custom_plan
    AS $$
BEGIN
    RETURN (SELECT string_agg(id::text, ' ' ORDER BY created_at) FROM activation
             WHERE license_component_pairs(license_id, component_pairs) && license_component_pairs(license, pairs)
               AND organization_id = organization AND status = 'ACTIVE');
END $$;
