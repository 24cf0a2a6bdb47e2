package com.licenseforge.websession;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionKeyTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void everyUseAndEveryApplicationGetsAKeyOfItsOwn() {
        SessionKey console = new SessionKey(SECRET, "console.session.key", "licenseforge-console");
        SessionKey portal = new SessionKey(SECRET, "portal.session.key", "licenseforge-portal");
        assertArrayEquals(console.derive("csrf", "HmacSHA256").getEncoded(),
                new SessionKey(" " + SECRET + "\n", "other", "licenseforge-console").derive("csrf", "HmacSHA256").getEncoded());
        assertFalse(Arrays.equals(console.derive("csrf", "HmacSHA256").getEncoded(),
                console.derive("token encryption", "AES").getEncoded()));
        assertFalse(Arrays.equals(console.derive("csrf", "HmacSHA256").getEncoded(),
                portal.derive("csrf", "HmacSHA256").getEncoded()));
    }

    @Test
    void aBadSecretIsNamedByItsSettingNeverShown() {
        String wrongLength = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> new SessionKey(wrongLength, "portal.session.key (PORTAL_SESSION_KEY)", "licenseforge-portal"));
        assertEquals("portal.session.key (PORTAL_SESSION_KEY) must be 32 bytes in base64", shortKey.getMessage());
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class,
                () -> new SessionKey("not base64 at all!", "portal.session.key (PORTAL_SESSION_KEY)", "licenseforge-portal"));
        assertFalse(notBase64.getMessage().contains("not base64 at all"));
    }
}
