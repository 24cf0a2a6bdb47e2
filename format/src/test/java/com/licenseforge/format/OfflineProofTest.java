package com.licenseforge.format;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineProofTest {

    // the example of activation-service/OFFLINE.md, computed there with sha256sum and openssl
    private static final String SERIAL = "NFR2-R7ND-WW2G-SFD5";
    private static final String CD_KEY = "4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA";
    private static final String VERIFIER = "b4d91118e4de66f66d87b2d259122da74128748e41750d4541a1bd0a7e46e8f1";
    private static final String PROOF = "pYBxa0WtKs9D416Tk0cHcQBHbf8C8SLjmFUDuh0P4cQ";
    private static final String CANONICAL = """
            Serial: NFR2-R7ND-WW2G-SFD5
            Organization: 0b7c8d0e-3f55-4d3e-9a8e-1c2b4a6f7d90
            Product: erp
            Version: 2.1.0
            Fingerprint: 7c1e0d4a9f3b52e8
            Nonce: 3q2-7wL9Xx0mXkJ1vN4pGA
            Issued-At: 2026-11-24T10:00:00Z
            Hostname: erp-prod-01
            Component-board: X12STH-F / 0123456789
            Component-cpu: Intel Xeon E-2388G / BFEBFBFF000A0671
            """;

    @Test
    void matchesTheDocumentedExample() {
        assertEquals(VERIFIER, OfflineProof.verifier(SERIAL, CD_KEY));
        assertEquals(VERIFIER, OfflineProof.verifier(SERIAL.toLowerCase(), CD_KEY.toLowerCase()), "typed by a person");
        assertEquals(CANONICAL, OfflineProof.canonicalRequest(lines()));
        assertEquals(PROOF, OfflineProof.proof(VERIFIER, CANONICAL));
        assertTrue(OfflineProof.matches(VERIFIER, CANONICAL, PROOF));
        assertTrue(OfflineProof.matches(VERIFIER, CANONICAL, PROOF + "="), "padding is tolerated");
    }

    @Test
    void theCanonicalRequestIgnoresLineOrderAndComponentCase() {
        Map<String, String> shuffled = new LinkedHashMap<>();
        shuffled.put("Component-CPU", "  Intel Xeon E-2388G / BFEBFBFF000A0671 ");
        shuffled.put("Hostname", "erp-prod-01");
        lines().forEach((name, value) -> {
            if (!name.equals("Component-cpu")) {
                shuffled.put(name, value);
            }
        });
        shuffled.put("Comment", "not signed");
        shuffled.put("Component-disk", " ");
        assertEquals(CANONICAL, OfflineProof.canonicalRequest(shuffled));
    }

    @Test
    void everyChangedLineBreaksTheProof() {
        for (String name : lines().keySet()) {
            Map<String, String> tampered = lines();
            tampered.put(name, tampered.get(name) + "x");
            assertFalse(OfflineProof.matches(VERIFIER, OfflineProof.canonicalRequest(tampered), PROOF), name);
        }
        Map<String, String> withoutHostname = lines();
        withoutHostname.remove("Hostname");
        assertFalse(OfflineProof.matches(VERIFIER, OfflineProof.canonicalRequest(withoutHostname), PROOF));
        Map<String, String> extraComponent = lines();
        extraComponent.put("Component-disk", "S4EVNX0R123456");
        assertFalse(OfflineProof.matches(VERIFIER, OfflineProof.canonicalRequest(extraComponent), PROOF));
    }

    @Test
    void onlyTheRightKeyAndSerialGiveTheVerifier() {
        assertNotEquals(VERIFIER, OfflineProof.verifier(SERIAL, CdKey.generate()));
        String otherSerial = Serial.generate();
        assertNotEquals(VERIFIER, OfflineProof.verifier(otherSerial, CD_KEY));
        assertFalse(OfflineProof.matches(OfflineProof.verifier(otherSerial, CD_KEY), CANONICAL, PROOF));
        assertFalse(OfflineProof.verifier(SERIAL, CD_KEY).contains(CdKey.canonical(CD_KEY).orElseThrow()));
        assertThrows(IllegalArgumentException.class, () -> OfflineProof.verifier(SERIAL, "not-a-key"));
        assertThrows(IllegalArgumentException.class, () -> OfflineProof.verifier("not-a-serial", CD_KEY));
    }

    @Test
    void malformedProofsAndMissingLinesAreRefused() {
        assertFalse(OfflineProof.matches(VERIFIER, CANONICAL, "not base64url!"));
        assertFalse(OfflineProof.matches(VERIFIER, CANONICAL, ""));
        assertFalse(OfflineProof.matches(VERIFIER, CANONICAL, null));
        assertFalse(OfflineProof.matches(null, CANONICAL, PROOF));
        assertFalse(OfflineProof.matches("", CANONICAL, PROOF));
        Map<String, String> withoutNonce = lines();
        withoutNonce.remove("Nonce");
        assertThrows(IllegalArgumentException.class, () -> OfflineProof.canonicalRequest(withoutNonce));
    }

    @Test
    void noncesCarry128RandomBits() {
        String nonce = OfflineProof.nonce();
        assertTrue(nonce.matches("[A-Za-z0-9_-]{22}"), nonce);
        assertNotEquals(nonce, OfflineProof.nonce());
    }

    private static Map<String, String> lines() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Serial", SERIAL);
        lines.put("Organization", "0b7c8d0e-3f55-4d3e-9a8e-1c2b4a6f7d90");
        lines.put("Product", "erp");
        lines.put("Version", "2.1.0");
        lines.put("Fingerprint", "7c1e0d4a9f3b52e8");
        lines.put("Nonce", "3q2-7wL9Xx0mXkJ1vN4pGA");
        lines.put("Issued-At", "2026-11-24T10:00:00Z");
        lines.put("Hostname", "erp-prod-01");
        lines.put("Component-board", "X12STH-F / 0123456789");
        lines.put("Component-cpu", "Intel Xeon E-2388G / BFEBFBFF000A0671");
        return lines;
    }
}
