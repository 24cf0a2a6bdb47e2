-- Offline requests are signed with a key pair derived from serial and CD key; the issuer keeps and publishes
-- only the public key, which proves a request but cannot make one. The previous offline verifier let whoever
-- read it build requests, so none is kept: the values are erased now, and a replica of the previous release
-- still writing one during the rolling update has it erased on the way in. The next release drops the column.
ALTER TABLE license ADD COLUMN offline_public_key text;
UPDATE license SET offline_verifier = NULL WHERE offline_verifier IS NOT NULL;

CREATE FUNCTION license_offline_verifier_erased() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.offline_verifier := NULL;
    RETURN NEW;
END $$;
CREATE TRIGGER license_offline_verifier_erased BEFORE INSERT OR UPDATE ON license
    FOR EACH ROW EXECUTE FUNCTION license_offline_verifier_erased();

-- Snapshots the previous release wrote to the outbox and has not yet published lose the verifier too.
UPDATE outbox_event SET payload = (payload::jsonb #- '{payload,offlineVerifier}')::text
 WHERE payload LIKE '%"offlineVerifier"%';
