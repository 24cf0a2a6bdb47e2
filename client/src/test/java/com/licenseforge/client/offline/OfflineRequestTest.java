package com.licenseforge.client.offline;

import com.licenseforge.client.CdKey;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.format.OfflineKey;
import com.licenseforge.format.OfflineProof;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineRequestTest {

    private static final String CD_KEY = "4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA";
    private static final UUID ORGANIZATION = UUID.fromString("0b7c8d0e-3f55-4d3e-9a8e-1c2b4a6f7d90");
    private static final MachineFingerprint MACHINE = MachineFingerprint.of(Map.of(
            "board", "X12STH-F / 0123456789", "CPU", "Intel Xeon E-2388G / BFEBFBFF000A0671"));

    @Test
    void theFileCarriesASignatureTheServerVerifiesAndNeverTheKey() {
        OfflineRequest request = OfflineRequest.builder("nfr2-r7nd-ww2g-sfd5", CdKey.of(CD_KEY), ORGANIZATION, "erp", "2.1.0", MACHINE)
                .hostname("erp-prod-01")
                .clock(Clock.fixed(Instant.parse("2026-11-24T10:00:00.123Z"), ZoneOffset.UTC))
                .build();
        String file = request.toFile();

        Map<String, String> lines = lines(file);
        assertEquals("NFR2-R7ND-WW2G-SFD5", lines.get("Serial"), "the serial as printed");
        assertEquals(MACHINE.fingerprint(), lines.get("Fingerprint"));
        assertEquals("2026-11-24T10:00:00Z", lines.get("Issued-At"));
        assertEquals("Intel Xeon E-2388G / BFEBFBFF000A0671", lines.get("Component-cpu"));
        assertTrue(lines.get("Nonce").matches("[A-Za-z0-9_-]{22,128}"));
        assertTrue(OfflineKey.verifies(OfflineKey.publicKey("NFR2-R7ND-WW2G-SFD5", CD_KEY),
                OfflineProof.canonicalRequest(lines), lines.get("Signature")));
        assertFalse(lines.containsKey("Proof"), "the previous format is no longer made");
        assertFalse(file.toUpperCase().contains("4F7QK") || file.toUpperCase().contains("CD-KEY"));
        assertTrue(file.startsWith("-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----\n"));
        assertTrue(file.endsWith("-----END LICENSEFORGE ACTIVATION REQUEST-----\n"));
    }

    @Test
    void everyRequestHasItsOwnNonce() {
        OfflineRequest.Builder builder = OfflineRequest.builder("NFR2-R7ND-WW2G-SFD5", CdKey.of(CD_KEY), ORGANIZATION,
                "erp", "2.1.0", MACHINE);
        assertNotEquals(builder.build().nonce(), builder.build().nonce());
    }

    @Test
    void aMistypedSerialIsCaughtOnTheMachine() {
        assertThrows(IllegalArgumentException.class, () -> OfflineRequest.builder("NFR2-R7ND-WW2G-SFD6",
                CdKey.of(CD_KEY), ORGANIZATION, "erp", "2.1.0", MACHINE));
    }

    private static Map<String, String> lines(String file) {
        Map<String, String> lines = new LinkedHashMap<>();
        file.lines().filter(line -> !line.startsWith("-----")).forEach(line -> {
            int colon = line.indexOf(": ");
            lines.put(line.substring(0, colon), line.substring(colon + 2));
        });
        return lines;
    }
}
