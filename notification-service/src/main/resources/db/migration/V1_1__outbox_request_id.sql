-- The request that caused an event travels with it as a Kafka header. Nullable, so a replica of the previous
-- release, which does not write it, keeps working during a rolling upgrade.
ALTER TABLE outbox_event ADD COLUMN request_id text;
