package com.licenseforge.websession;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * An application's one session secret (32 random bytes in base64), shared by every replica so that what one seals
 * opens on another. Each use gets a key of its own derived from it (HMAC-SHA256 of the application's label and the
 * use's name), so no key ever serves two purposes and no two applications share one.
 */
public class SessionKey {

    private static final int LENGTH = 32;

    private final byte[] secret;
    private final String label;

    /**
     * @param setting the setting the secret comes from, named in errors (its value never is)
     * @param label   the application's name in every derivation
     */
    public SessionKey(String base64, String setting, String label) {
        this.secret = decoded(base64, setting);
        this.label = label;
    }

    /** The 256-bit key for {@code use}, for the JCA algorithm {@code algorithm}. */
    public SecretKey derive(String use, String algorithm) {
        return new SecretKeySpec(hmac(secret, label + "\n" + use), algorithm);
    }

    public static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] decoded(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64");
        }
        if (key.length != LENGTH) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException(setting + " must be " + LENGTH + " bytes in base64");
        }
        return key;
    }
}
