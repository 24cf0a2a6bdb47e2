package com.licenseforge.portal.signin;

import com.licenseforge.portal.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The portal's one secret ({@code PORTAL_SESSION_KEY}, 32 random bytes in base64), shared by every replica. Each use
 * gets a key of its own derived from it (HMAC-SHA256 of the use's name), so no key ever serves two purposes.
 */
@ApplicationScoped
class SessionKey {

    private static final int LENGTH = 32;

    private final byte[] secret;

    SessionKey(PortalConfig config) {
        this.secret = decoded(config.session().key());
    }

    /** The 256-bit key for {@code use}, for the JCA algorithm {@code algorithm}. */
    SecretKey derive(String use, String algorithm) {
        return new SecretKeySpec(hmac(secret, "licenseforge-portal\n" + use), algorithm);
    }

    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The message names the setting, never its value. */
    private static byte[] decoded(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.session.key (PORTAL_SESSION_KEY) is not base64");
        }
        if (key.length != LENGTH) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException("portal.session.key (PORTAL_SESSION_KEY) must be " + LENGTH + " bytes in base64");
        }
        return key;
    }
}
