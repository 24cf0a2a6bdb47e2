package com.licenseforge.format;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineKeyTest {

    // the example of activation-service/OFFLINE.md, computed there with sha256sum and openssl
    private static final String SERIAL = "NFR2-R7ND-WW2G-SFD5";
    private static final String CD_KEY = "4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA";
    private static final String SEED = "a194538e5dba0b37dc4ac7bbb582fd41899b751ce0179b69a7dc77e038783252";
    private static final String PUBLIC_KEY = "8UXCSDuh401IT3N1l2b5hr_zd5OH_qaYD-qxo7koX2g";
    private static final String SIGNATURE =
            "rNzveOWGXempzIJyXjrPU1nI7k1Y4zPV5NGw2-nh615_3S_BlQxOgmM2a--2jRR7WOn5Q9IycSXI69muF_jOCg";
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
        assertEquals(SEED, HexFormat.of().formatHex(OfflineKey.seed(SERIAL, CD_KEY)));
        assertEquals(SEED, HexFormat.of().formatHex(OfflineKey.seed(SERIAL.toLowerCase(), CD_KEY.toLowerCase())),
                "typed by a person");
        assertEquals(PUBLIC_KEY, OfflineKey.publicKey(SERIAL, CD_KEY));
        assertEquals(SIGNATURE, OfflineKey.sign(SERIAL, CD_KEY, CANONICAL), "Ed25519 signatures are deterministic");
        assertTrue(OfflineKey.verifies(PUBLIC_KEY, CANONICAL, SIGNATURE));
    }

    @Test
    void aSignatureCoversEveryLineAndOnlyTheRightKeyMakesIt() {
        assertFalse(OfflineKey.verifies(PUBLIC_KEY, CANONICAL.replace("erp-prod-01", "erp-prod-02"), SIGNATURE));
        assertFalse(OfflineKey.verifies(PUBLIC_KEY, CANONICAL, OfflineKey.sign(SERIAL, CdKey.generate(), CANONICAL)));
        String otherSerial = Serial.generate();
        assertFalse(OfflineKey.verifies(PUBLIC_KEY, CANONICAL, OfflineKey.sign(otherSerial, CD_KEY, CANONICAL)));
        assertNotEquals(PUBLIC_KEY, OfflineKey.publicKey(otherSerial, CD_KEY));
    }

    @Test
    void thePublicKeyCannotSign() {
        byte[] publicKeyAsSeed = Base64.getUrlDecoder().decode(PUBLIC_KEY);
        assertFalse(OfflineKey.verifies(PUBLIC_KEY, CANONICAL, OfflineKey.signWithSeed(publicKeyAsSeed, CANONICAL)));
    }

    @Test
    void malformedInputFailsQuietly() {
        assertFalse(OfflineKey.verifies(PUBLIC_KEY, CANONICAL, "not base64url!"));
        assertFalse(OfflineKey.verifies(PUBLIC_KEY, CANONICAL, ""));
        assertFalse(OfflineKey.verifies(PUBLIC_KEY, CANONICAL, null));
        assertFalse(OfflineKey.verifies(null, CANONICAL, SIGNATURE));
        assertFalse(OfflineKey.verifies("", CANONICAL, SIGNATURE));
        assertFalse(OfflineKey.verifies(PUBLIC_KEY.substring(1), CANONICAL, SIGNATURE));
        assertThrows(IllegalArgumentException.class, () -> OfflineKey.seed(SERIAL, "not-a-key"));
        assertThrows(IllegalArgumentException.class, () -> OfflineKey.seed("not-a-serial", CD_KEY));
    }
}
