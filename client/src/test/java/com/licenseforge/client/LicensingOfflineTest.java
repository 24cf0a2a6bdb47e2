package com.licenseforge.client;

import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.licenseforge.client.verify.VerificationException;
import com.licenseforge.client.verify.VerificationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A machine that is never online: it lives on imported license files and the kept last good lease. */
class LicensingOfflineTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of("board", "X12STH-F", "cpu", "Xeon", "mac", "00:25:90:aa:bb:cc"));

    private final TestKeys activation = TestKeys.generate("activation-1");
    private final TrustedKeys keys = TrustedKeys.builder().activationKeys(activation.jwks()).build();

    @TempDir
    Path dir;

    @Test
    void anImportedLeaseIsKeptAndCountsDownUntilItEnds() {
        String file = TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(30))).build()));

        LicenseStatus imported = licensing(NOW).importLicenseFile(file);
        assertTrue(imported.licensed());
        assertEquals(30, imported.daysLeft());
        assertEquals(3, imported.seats("hr"));

        LicenseStatus later = licensing(NOW.plus(Duration.ofDays(20)).plusSeconds(1)).status();
        assertTrue(later.licensed(), "a new process reads the kept lease");
        assertEquals(9, later.daysLeft());

        LicenseStatus ended = licensing(NOW.plus(Duration.ofDays(31))).status();
        assertFalse(ended.licensed());
        assertEquals(VerificationFailure.EXPIRED, ended.failure());
        assertEquals(0, ended.seats("hr"));
    }

    @Test
    void anEditedStateFileIsRefused() throws IOException {
        licensing(NOW).importLicenseFile(TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(1))).build())));
        Path state = dir.resolve("license.json");
        String token = Files.readString(state).replaceAll("(?s).*\"token\" : \"([^\"]+)\".*", "$1");
        String[] parts = token.split("\\.");
        String longer = activation.sign("activation+jwt", TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(3650))).build());
        Files.writeString(state, Files.readString(state).replace(token, longer.split("\\.")[0] + "." + longer.split("\\.")[1] + "." + parts[2]));

        LicenseStatus status = licensing(NOW).status();

        assertFalse(status.licensed());
        assertEquals(VerificationFailure.STATE_TAMPERED, status.failure());
    }

    @Test
    void aLicenseFileForAnotherMachineOrFromAnUnpinnedKeyIsNotImported() {
        MachineFingerprint other = MachineFingerprint.of(Map.of("board", "B550", "cpu", "Ryzen"));
        String forOther = TestKeys.licenseFile(activation.sign("activation+jwt",
                TestKeys.activationClaims(other, NOW.plus(Duration.ofDays(30))).build()));
        String unpinned = TestKeys.licenseFile(TestKeys.generate("activation-1").sign("activation+jwt",
                TestKeys.activationClaims(MACHINE, NOW.plus(Duration.ofDays(30))).build()));

        assertEquals(VerificationFailure.FINGERPRINT_MISMATCH,
                assertThrows(VerificationException.class, () -> licensing(NOW).importLicenseFile(forOther)).failure());
        assertEquals(VerificationFailure.BAD_SIGNATURE,
                assertThrows(VerificationException.class, () -> licensing(NOW).importLicenseFile(unpinned)).failure());
        assertFalse(licensing(NOW).status().licensed());
        assertEquals("this machine is not activated", licensing(NOW).status().reason());
    }

    @Test
    void withoutAServiceTheOnlineCallsSaySo() {
        assertThrows(IllegalStateException.class, () -> licensing(NOW).heartbeat());
        assertThrows(IllegalStateException.class, () -> licensing(NOW).deactivate(CdKey.of("4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA")));
    }

    private Licensing licensing(Instant now) {
        return Licensing.builder()
                .release(new ProductRelease("erp", "2.0.0", Instant.parse("2026-03-01T00:00:00Z")))
                .trustedKeys(keys)
                .machine(MACHINE)
                .stateFile(dir.resolve("license.json"))
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build();
    }
}
