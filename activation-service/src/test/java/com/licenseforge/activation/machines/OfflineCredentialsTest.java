package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.credentials.OfflineVerifierSeal;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.common.format.Serial;
import com.licenseforge.format.OfflineKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Which offline credential proves a license, and until when the previous format's does. */
class OfflineCredentialsTest {

    private static final Instant V1_UNTIL = Instant.parse("2027-06-05T00:00:00Z");
    private static final OfflineVerifierSeal SEAL = new OfflineVerifierSeal("unit-test-cd-key-hash-secret");

    private final String cdKey = CdKey.generate();
    private final License license = license();
    private final String canonical = OfflineProof.canonicalRequest(Map.of("Serial", license.serial,
            "Organization", UUID.randomUUID().toString(), "Product", "erp", "Version", "1.0.0",
            "Fingerprint", "machine-1", "Nonce", OfflineProof.nonce(), "Issued-At", "2027-01-01T00:00:00Z"));

    @Test
    void aSignatureIsVerifiedWithThePublicKey() {
        Credential.Signature signed = new Credential.Signature(canonical, OfflineKey.sign(license.serial, cdKey, canonical));
        assertEquals(Optional.empty(), at(V1_UNTIL.plus(Duration.ofDays(999))).check(signed, license));
        Credential.Signature wrongKey = new Credential.Signature(canonical,
                OfflineKey.sign(license.serial, CdKey.generate(), canonical));
        assertEquals(401, at(V1_UNTIL).check(wrongKey, license).orElseThrow().status());
        assertEquals(401, at(V1_UNTIL).check(signed, null).orElseThrow().status(), "an unknown serial alike");

        license.offlinePublicKey = null;
        assertEquals(Codes.OFFLINE_ACTIVATION_UNAVAILABLE, at(V1_UNTIL).check(signed, license).orElseThrow().code());
    }

    @Test
    void aProofOfThePreviousFormatCountsUntilItsTransitionEnds() {
        String verifier = OfflineProof.verifier(license.serial, cdKey);
        license.sealedOfflineVerifier = SEAL.seal(license.id, verifier);
        Credential.Proof proof = new Credential.Proof(canonical, OfflineProof.proof(verifier, canonical));

        assertEquals(Optional.empty(), at(V1_UNTIL.minusSeconds(1)).check(proof, license));
        Credential.Proof wrong = new Credential.Proof(canonical,
                OfflineProof.proof(OfflineProof.verifier(license.serial, CdKey.generate()), canonical));
        assertEquals(401, at(V1_UNTIL.minusSeconds(1)).check(wrong, license).orElseThrow().status());
        assertEquals(Codes.OFFLINE_ACTIVATION_UNAVAILABLE, at(V1_UNTIL).check(proof, license).orElseThrow().code(),
                "refused from the stated date on");

        License other = license();
        other.sealedOfflineVerifier = license.sealedOfflineVerifier;
        assertEquals(401, at(V1_UNTIL.minusSeconds(1)).check(proof, other).orElseThrow().status(),
                "a sealed verifier opens for its own license only");
        assertFalse(license.sealedOfflineVerifier.contains(verifier));
    }

    @Test
    void aLicenseWithoutSealedVerifierTakesNoProof() {
        Credential.Proof proof = new Credential.Proof(canonical,
                OfflineProof.proof(OfflineProof.verifier(license.serial, cdKey), canonical));
        assertEquals(Codes.OFFLINE_ACTIVATION_UNAVAILABLE,
                at(V1_UNTIL.minusSeconds(1)).check(proof, license).orElseThrow().code());
    }

    private License license() {
        License license = new License();
        license.id = UUID.randomUUID();
        license.serial = Serial.generate();
        license.offlinePublicKey = OfflineKey.publicKey(license.serial, cdKey);
        return license;
    }

    private static OfflineCredentials at(Instant now) {
        return new OfflineCredentials(SEAL, new TransitionConfig(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static final class TransitionConfig implements ActivationConfig {

        @Override
        public Duration lease() {
            return Duration.ofDays(30);
        }

        @Override
        public int reregistrationsPerYear() {
            return 3;
        }

        @Override
        public Instant offlineV1Until() {
            return V1_UNTIL;
        }

        @Override
        public Throttle throttle() {
            throw new UnsupportedOperationException("not an offline credential's concern");
        }

        @Override
        public Trials trials() {
            throw new UnsupportedOperationException("not an offline credential's concern");
        }
    }
}
