package com.licenseforge.console.signin;

import com.licenseforge.console.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The console's one secret ({@code CONSOLE_SESSION_KEY}, 32 random bytes in base64), shared by every replica so
 * that a sign-in cookie sealed by one opens on another and tokens stored by one decrypt on another. Each use gets
 * a key of its own derived from it (HMAC-SHA256 of the use's name), so no key ever serves two purposes.
 */
@ApplicationScoped
class SessionKey {

    private static final int LENGTH = 32;

    private final byte[] secret;

    SessionKey(ConsoleConfig config) {
        this.secret = decoded(config.session().key());
    }

    /** The 256-bit key for {@code use}, for the JCA algorithm {@code algorithm}. */
    SecretKey derive(String use, String algorithm) {
        return new SecretKeySpec(hmac(secret, "licenseforge-console\n" + use), algorithm);
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
            throw new IllegalStateException("console.session.key (CONSOLE_SESSION_KEY) is not base64");
        }
        if (key.length != LENGTH) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException("console.session.key (CONSOLE_SESSION_KEY) must be " + LENGTH + " bytes in base64");
        }
        return key;
    }
}
