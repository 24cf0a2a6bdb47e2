-- Offline requests are now signed with a key pair derived from serial and CD key; the license keeps only the
-- public key, which proves a request but cannot make one.
ALTER TABLE license ADD COLUMN offline_public_key text;

-- The previous format's verifiers build requests for whoever reads them: until their transition ends they are
-- kept sealed under a key from the service's secret (which this database never holds). The service seals the
-- verifiers held in clear when it starts (OfflineVerifierSealing); from here on, a verifier a replica of the
-- previous release still writes during the rolling update is erased on the way in. The next release drops
-- the column.
ALTER TABLE license ADD COLUMN offline_verifier_sealed text;

CREATE FUNCTION license_offline_verifier_erased() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.offline_verifier IS DISTINCT FROM OLD.offline_verifier THEN
        NEW.offline_verifier := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER license_offline_verifier_erased BEFORE INSERT OR UPDATE ON license
    FOR EACH ROW EXECUTE FUNCTION license_offline_verifier_erased();
