-- Floating licenses: the model and lease terms as the issuer publishes them, and each machine's lease. A node-locked
-- license (the default, as every license before) has no lease terms and its activations no lease.
ALTER TABLE license ADD COLUMN model text NOT NULL DEFAULT 'NODE_LOCKED';
ALTER TABLE license ADD COLUMN heartbeat_interval_seconds integer;
ALTER TABLE license ADD COLUMN max_borrow_seconds integer;

-- lease_expires_at: until when the machine holds its slot without validating again; borrowed_until: the end of a
-- borrow for offline use, before which the machine is never culled; cull_after: when the culler may end it (the
-- lease end plus the grace, or the borrow's end), so the culler's one range scan needs no per-license arithmetic.
ALTER TABLE activation ADD COLUMN lease_expires_at timestamptz;
ALTER TABLE activation ADD COLUMN borrowed_until timestamptz;
ALTER TABLE activation ADD COLUMN cull_after timestamptz;
-- What the culler reads: only live leases, by their end. Its cost follows the leases due, never the licenses or
-- the node-locked machines (which have no cull_after and are not in the index).
CREATE INDEX activation_cull_due ON activation (cull_after) WHERE status = 'ACTIVE' AND cull_after IS NOT NULL;
