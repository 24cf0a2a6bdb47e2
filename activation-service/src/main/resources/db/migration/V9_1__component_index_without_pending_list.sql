-- The machines sharing a component with an activation request are found by the GIN index of license-qualified
-- pairs. With GIN's fast update, new machines' pairs wait in a pending list that every search reads whole until
-- autovacuum (not a manual ANALYZE) merges it: a license growing by thousands of machines between two autovacuum
-- runs made each of its activations read hundreds of pending pages under the license lock. Without it a search
-- reads the index pages of its pairs alone, however fresh the table's statistics and however fast it grows; an
-- insert writes its three pairs into the index at once instead.
ALTER INDEX activation_live_license_components SET (fastupdate = off);
SELECT gin_clean_pending_list('activation_live_license_components');
