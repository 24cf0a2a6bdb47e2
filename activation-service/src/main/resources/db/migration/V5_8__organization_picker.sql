-- The organizations a customer system may choose from when it activates: its license's account's, by name. The
-- tax id tells apart organizations whose names look alike; the issuer publishes it from this release on.
ALTER TABLE organization ADD COLUMN tax_id text;
CREATE INDEX organization_account_name ON organization (account_id, name, id);
