-- The statements a validation and an activation run on activation-service's database, as the service runs them
-- (the activation's read is machines/ActivationRead.QUERY, the heartbeat's validation/HeartbeatRead.QUERY without
-- its throttle part), explained with the rows and pages they touch. psql variables: serial, license, organization,
-- fingerprint (a machine of the license), pairs (components as the service qualifies them, e.g. '{cpu=x}').
\echo '-- the license row lock an activation takes'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM license WHERE serial = :'serial' FOR UPDATE;
\echo '-- what an activation is checked on'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select b.standing,
       (select live_activations from license where id = l.id) active,
       (with recursive version(v) as (
            select (select product_version from activation where license_id = l.id and status = 'ACTIVE'
                     order by product_version limit 1)
            union all
            select (select product_version from activation
                     where license_id = l.id and status = 'ACTIVE' and product_version > version.v
                     order by product_version limit 1)
              from version where version.v is not null)
        select coalesce(json_agg(v), '[]')::text from version where v is not null) versions,
       (select coalesce(json_object_agg(module, users), '{}')::text
          from module_seat_use where license_id = l.id and users > 0) seats,
       (select string_agg(id::text, ' ') from activation
         where license_id = l.id and fingerprint_hash = :'fingerprint' and status = 'ACTIVE') on_fingerprint,
       (select string_agg(id::text, ' ' order by created_at) from activation
         where license_component_pairs(license_id, component_pairs)
               && license_component_pairs(l.id, cast(:'pairs' as text[]))
           and organization_id = :'organization' and status = 'ACTIVE') sharing_components
  from (select cast(:'license' as uuid) id) l
  left join billing_standing b on b.license_id = l.id;
\echo '-- a heartbeat: the license by serial and the machine'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select l.id, a.id, a.lease_expires_at
  from (select 1) request
  left join license l on l.serial = :'serial'
  left join billing_standing b on b.license_id = l.id
  left join activation a on a.license_id = l.id and a.fingerprint_hash = :'fingerprint' and a.status = 'ACTIVE'
  left join product_version v on v.product_code = l.product_code and v.version = '1.0.0';
\echo '-- the culler: the due leases by their cull time'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select license_id from activation where status = 'ACTIVE' and cull_after < now() order by cull_after limit 500;
