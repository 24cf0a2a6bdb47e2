-- The hot statements of a license that grows faster than autovacuum analyzes the table: the statistics still tell
-- the license as small, and every plan must stay narrow anyway.

-- With an index on license_id alone, a plan made on such statistics (the generic one a prepared statement caches
-- above all) read the live-version and live-machine lookups through it, every activation of the license under its
-- lock. The license's machine history (latest activation on a machine, all activations of a license) is served by
-- license, machine and time instead: a plan that picks it for a machine stays on that machine's rows, and for the
-- live versions it loses to the smaller, covering live-version index.
CREATE INDEX activation_license_machine ON activation (license_id, fingerprint_hash, created_at);
DROP INDEX activation_license;

-- The machines sharing a component with an activation request are found by the GIN index of license-qualified
-- pairs. With GIN's fast update, new machines' pairs wait in a pending list that every search reads whole until
-- autovacuum (not a manual ANALYZE) merges it: a license grown by 12,000 machines made each activation reporting
-- components read some 470 pending pages under the license lock. Without it a search reads the index pages of its
-- pairs alone; an insert writes its pairs into the index at once instead.
ALTER INDEX activation_live_license_components SET (fastupdate = off);
SELECT gin_clean_pending_list('activation_live_license_components');

-- A license the statistics do not know is estimated at the table's rows per distinct license_id: with many small
-- licenses about one row, so a scan of "all its machines" looked as cheap as the lookup of one. Told that a license
-- holds a thousandth of the table, the planner prices such a scan as what it becomes when the license grows and
-- keeps to the narrow indexes, whatever the last ANALYZE saw.
ALTER TABLE activation ALTER COLUMN license_id SET (n_distinct = -0.001);
ANALYZE activation;
