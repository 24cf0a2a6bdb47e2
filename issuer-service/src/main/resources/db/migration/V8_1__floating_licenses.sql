-- Floating licenses: a license is held node-locked (as every license before) or floating, where machines hold
-- its slots on leases they renew by validating. A product sets the default heartbeat interval and the longest
-- borrow of its floating licenses; a license may override both. Durations are kept in seconds; null on a
-- product means the platform default (PT10M, P7D), and on a node-locked license nothing applies.
ALTER TABLE product ADD COLUMN heartbeat_interval_seconds integer;
ALTER TABLE product ADD COLUMN max_borrow_seconds integer;

ALTER TABLE license ADD COLUMN model text NOT NULL DEFAULT 'NODE_LOCKED';
ALTER TABLE license ADD COLUMN heartbeat_interval_seconds integer;
ALTER TABLE license ADD COLUMN max_borrow_seconds integer;
ALTER TABLE license ADD CONSTRAINT license_floating_terms
    CHECK ((model = 'FLOATING') = (heartbeat_interval_seconds IS NOT NULL AND max_borrow_seconds IS NOT NULL));
