-- Staff search: case-insensitive prefixes of account and organization names and external references
-- (lower(...) LIKE 'prefix%'), and license lists by product and expiry. Plain btree indexes, so no extension
-- is needed. Not CONCURRENTLY: Flyway holds a transaction-level advisory lock while it migrates, which a
-- concurrent build would wait for forever; these tables are small enough for a brief write lock.
CREATE INDEX account_name_prefix ON account (lower(name) text_pattern_ops);
CREATE INDEX account_external_ref_prefix ON account (lower(external_ref) text_pattern_ops);
CREATE INDEX organization_name_prefix ON organization (lower(name) text_pattern_ops);
CREATE INDEX license_product ON license (product_code);
CREATE INDEX license_expiry ON license (expires_at);
