package com.licenseforge.websession;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenCipherTest {

    private static TokenCipher cipher(byte fill) {
        byte[] secret = new byte[32];
        Arrays.fill(secret, fill);
        return new TokenCipher(new SessionKey(Base64.getEncoder().encodeToString(secret), "test.key", "licenseforge-test"));
    }

    @Test
    void aTokenOpensOnlyInItsOwnSessionsRowUnderTheSameKey() {
        byte[] mine = SessionRows.hash(SessionRows.randomId());
        byte[] other = SessionRows.hash(SessionRows.randomId());
        byte[] stored = cipher((byte) 1).encrypt("eyJ.token.sig", mine);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("token"), "stored in the clear");
        assertEquals("eyJ.token.sig", cipher((byte) 1).decrypt(stored, mine), "another replica with the key opens it");
        assertThrows(TokenCipher.UndecryptableToken.class, () -> cipher((byte) 1).decrypt(stored, other));
        assertThrows(TokenCipher.UndecryptableToken.class, () -> cipher((byte) 2).decrypt(stored, mine));
        stored[stored.length - 1] ^= 1;
        assertThrows(TokenCipher.UndecryptableToken.class, () -> cipher((byte) 1).decrypt(stored, mine));
    }

    @Test
    void noTokenStaysNone() {
        assertNull(cipher((byte) 1).encrypt(null, new byte[32]));
        assertNull(cipher((byte) 1).decrypt(null, new byte[32]));
    }
}
