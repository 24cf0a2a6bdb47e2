package com.licenseforge.client.verify;

import com.licenseforge.client.TestKeys;
import com.licenseforge.client.machine.MachineFingerprint;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LicenseVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final ProductRelease RELEASE = new ProductRelease("erp", "2.0.0", Instant.parse("2026-03-01T00:00:00Z"));
    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F / 0123", "cpu", "Xeon E-2388G", "mac", "00:25:90:aa:bb:cc"));
    private static final MachineFingerprint OTHER_MACHINE = MachineFingerprint.of(Map.of("board", "B550", "cpu", "Ryzen 7"));

    private final TestKeys issuer = TestKeys.generate("issuer-2026");
    private final TestKeys activation = TestKeys.generate("activation-2026");
    private final TrustedKeys keys = TrustedKeys.builder().licenseKeys(issuer.jwks()).activationKeys(activation.jwks()).build();
    private final LicenseVerifier verifier = verifier(keys, NOW);

    @Test
    void anActivationTokenOfThisMachineVerifiesWithItsEntitlement() {
        String token = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(30))).build());

        VerifiedLicense license = verifier.verifyActivation(token, MACHINE);

        assertEquals(TokenKind.ACTIVATION, license.kind());
        assertEquals("activation-2026", license.keyId());
        assertEquals(TestKeys.SERIAL, license.serial());
        assertEquals(TestKeys.ORGANIZATION_ID, license.organizationId());
        assertEquals(TestKeys.ACTIVATION_ID, license.activationId());
        assertEquals(Map.of("finance", 10, "hr", 3), license.modules());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), license.maintenanceUntil());
        assertEquals(Duration.ofDays(30), license.remaining(Clock.fixed(NOW, ZoneOffset.UTC)).orElseThrow());
        license.requireSeats("hr", 3);
        assertEquals(VerificationFailure.SEATS_EXCEEDED,
                assertThrows(VerificationException.class, () -> license.requireSeats("hr", 4)).failure());
        assertEquals(VerificationFailure.MODULE_NOT_LICENSED,
                assertThrows(VerificationException.class, () -> license.requireSeats("crm", 1)).failure());
    }

    @Test
    void afterARotationTokensOfTheOldAndTheNewKeyVerifyWhileBothArePinned() {
        TestKeys next = TestKeys.generate("activation-2027");
        LicenseVerifier both = verifier(TrustedKeys.builder().licenseKeys(issuer.jwks())
                .activationKeys(TestKeys.jwks(activation, next)).build(), NOW);
        String old = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plusSeconds(3600)).build());
        String fresh = next.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plusSeconds(3600)).build());

        assertEquals("activation-2026", both.verifyActivation(old, MACHINE).keyId());
        assertEquals("activation-2027", both.verifyActivation(fresh, MACHINE).keyId());
        assertFails(VerificationFailure.UNKNOWN_KEY, () -> verifier.verifyActivation(fresh, MACHINE));
    }

    @Test
    void aTokenSignedByAForgedKeyUnderAPinnedKeyIdIsRefused() {
        TestKeys forger = TestKeys.generate("activation-2026");
        String forged = forger.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plusSeconds(3600)).build());

        assertFails(VerificationFailure.BAD_SIGNATURE, () -> verifier.verifyActivation(forged, MACHINE));
    }

    @Test
    void eachKindOfTokenVerifiesOnlyUnderItsOwnKeys() {
        String licenseSignedByActivation = activation.sign("license+jwt", TestKeys.licenseClaims(null).build());
        String activationAsLicense = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plusSeconds(60)).build());

        assertFails(VerificationFailure.UNKNOWN_KEY, () -> verifier.verifyLicense(licenseSignedByActivation));
        assertFails(VerificationFailure.WRONG_TYPE, () -> verifier.verifyLicense(activationAsLicense));
    }

    @Test
    void onlyEdDsaIsAccepted() {
        JWSHeader hs256 = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("activation-2026")
                .type(new JOSEObjectType("activation+jwt")).build();
        String token = activation.sign(hs256, TestKeys.activationClaims(MACHINE, NOW.plusSeconds(60)).build());
        String unsigned = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"activation+jwt\"}") + "."
                + Base64URL.encode(TestKeys.activationClaims(MACHINE, NOW.plusSeconds(60)).build().toString()) + ".";

        assertFails(VerificationFailure.ALGORITHM_NOT_ALLOWED, () -> verifier.verifyActivation(token, MACHINE));
        assertFails(VerificationFailure.MALFORMED, () -> verifier.verifyActivation(unsigned, MACHINE));
    }

    @Test
    void anExpiredLeaseIsRefusedPastTheClockSkew() {
        String token = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.minusSeconds(60)).build());
        String longGone = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.minus(Duration.ofDays(1))).build());

        assertEquals(TestKeys.SERIAL, verifier.verifyActivation(token, MACHINE).serial(), "a minute is clock skew");
        assertFails(VerificationFailure.EXPIRED, () -> verifier.verifyActivation(longGone, MACHINE));
        assertFails(VerificationFailure.EXPIRED, () -> verifier(keys, NOW.plus(Duration.ofDays(31)))
                .verifyActivation(activation.sign("activation+jwt",
                        TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(30))).build()), MACHINE));
    }

    @Test
    void aLicenseThatHasNotStartedIsRefusedAndAPerpetualOneHasNoEnd() {
        String future = issuer.sign("license+jwt", TestKeys.licenseClaims(null)
                .notBeforeTime(java.util.Date.from(NOW.plus(Duration.ofDays(2)))).build());
        String perpetual = issuer.sign("license+jwt", TestKeys.licenseClaims(null).build());

        assertFails(VerificationFailure.NOT_YET_VALID, () -> verifier.verifyLicense(future));
        VerifiedLicense license = verifier.verifyLicense(perpetual);
        assertNull(license.expiresAt());
        assertEquals(java.util.Optional.empty(), license.remaining(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @Test
    void theProductTheMachineAndTheMaintenanceMustMatch() {
        String token = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plusSeconds(3600)).build());
        String crm = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plusSeconds(3600)).claim("prd", "crm").build());
        LicenseVerifier newerRelease = new LicenseVerifier(keys,
                new ProductRelease("erp", "3.0.0", Instant.parse("2030-06-01T00:00:00Z")), Clock.fixed(NOW, ZoneOffset.UTC));

        assertFails(VerificationFailure.FINGERPRINT_MISMATCH, () -> verifier.verifyActivation(token, OTHER_MACHINE));
        assertFails(VerificationFailure.PRODUCT_MISMATCH, () -> verifier.verifyActivation(crm, MACHINE));
        assertFails(VerificationFailure.VERSION_NOT_COVERED, () -> newerRelease.verifyActivation(token, MACHINE));
    }

    @Test
    void aTamperedLicenseFileIsRefusedWhileItsReadableHeaderLinesDoNotCount() {
        String token = issuer.sign("license+jwt", TestKeys.licenseClaims(Instant.parse("2031-01-01T00:00:00Z")).build());
        String file = TestKeys.licenseFile(token);
        String[] parts = token.split("\\.");
        String morePayload = new Base64URL(parts[1]).decodeToString().replace("\"hr\":3", "\"hr\":300");
        String tampered = TestKeys.licenseFile(parts[0] + "." + Base64URL.encode(morePayload) + "." + parts[2]);

        assertEquals(3, verifier.verifyLicenseFile(file, MACHINE).seats("hr"));
        assertEquals(3, verifier.verifyLicenseFile(file.replace("Product: erp", "Product: erp unlimited"), MACHINE).seats("hr"));
        assertFails(VerificationFailure.BAD_SIGNATURE, () -> verifier.verifyLicenseFile(tampered, MACHINE));
        assertFails(VerificationFailure.MALFORMED, () -> verifier.verifyLicenseFile("not a license file", MACHINE));
        assertFails(VerificationFailure.MALFORMED, () -> verifier.verifyLicenseFile("x".repeat(1_000_000), MACHINE));
    }

    @Test
    void aLicenseFileOfAnOfflineActivationIsBoundToItsMachine() {
        String file = TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(30))).build()));

        assertEquals(TokenKind.ACTIVATION, verifier.verifyLicenseFile(file, MACHINE).kind());
        assertFails(VerificationFailure.FINGERPRINT_MISMATCH, () -> verifier.verifyLicenseFile(file, OTHER_MACHINE));
    }

    @Test
    void keysAreOnlyTakenFromEd25519JwkSets() {
        assertThrows(IllegalArgumentException.class, () -> TrustedKeys.builder().licenseKeys("{\"keys\":[]}"));
        assertThrows(IllegalArgumentException.class, () -> TrustedKeys.builder().licenseKeys("not json"));
    }

    private static LicenseVerifier verifier(TrustedKeys keys, Instant now) {
        return new LicenseVerifier(keys, RELEASE, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void assertFails(VerificationFailure expected, org.junit.jupiter.api.function.Executable check) {
        assertEquals(expected, assertThrows(VerificationException.class, check).failure());
    }
}
