-- What offline activation requests are proven against: SHA-256 over serial and CD key, computed at issuance
-- (the only moment the key is known). Licenses issued before it existed have none.
ALTER TABLE license ADD COLUMN offline_verifier text;
