-- Audit entries name their target (the license, or one activation of it) and the request that caused them,
-- in the same shape as issuer-service's trail.
ALTER TABLE audit_entry ADD COLUMN target_type text NOT NULL DEFAULT 'license';
ALTER TABLE audit_entry ADD COLUMN target_id text;
ALTER TABLE audit_entry ADD COLUMN request_id text;
UPDATE audit_entry SET target_id = serial;
ALTER TABLE audit_entry ALTER COLUMN target_id SET NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN target_type DROP DEFAULT;
CREATE INDEX audit_entry_at ON audit_entry (at);

-- The trail is append-only: the application has no update or delete path, and the database refuses both.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END $$;
CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- A move to another account's organization that support requested and the issuer has yet to confirm.
-- At most one is pending per license.
CREATE TABLE account_transfer (
    id                   uuid PRIMARY KEY,
    license_id           uuid        NOT NULL REFERENCES license (id),
    from_account_id      uuid        NOT NULL,
    to_account_id        uuid        NOT NULL,
    to_organization_id   uuid        NOT NULL,
    status               text        NOT NULL,
    reason               text        NOT NULL,
    requested_by         text        NOT NULL,
    requested_by_role    text        NOT NULL,
    request_id           text        NOT NULL,
    requested_at         timestamptz NOT NULL,
    decided_at           timestamptz,
    refusal              text
);
CREATE UNIQUE INDEX account_transfer_pending ON account_transfer (license_id) WHERE status = 'PENDING';
