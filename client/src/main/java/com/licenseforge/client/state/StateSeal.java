package com.licenseforge.client.state;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the kept files' text, with a key derived (HKDF-SHA256, RFC 5869) from the installation's
 * random secret. It makes an edit of the files evident to the library; it cannot stop an owner who reads the
 * secret from the disk of a machine he controls (INTEGRATION.md says what this does and does not buy).
 */
final class StateSeal {

    private static final String HMAC = "HmacSHA256";
    private static final byte[] INFO = "licenseforge-client state seal v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    private StateSeal(byte[] key) {
        this.key = new SecretKeySpec(key, HMAC);
    }

    /** The seal of the installation whose secret is {@code secret}. */
    static StateSeal of(byte[] secret) {
        byte[] pseudoRandomKey = hmac(new byte[32], secret);
        byte[] info = new byte[INFO.length + 1];
        System.arraycopy(INFO, 0, info, 0, INFO.length);
        info[INFO.length] = 1;
        return new StateSeal(hmac(pseudoRandomKey, info));
    }

    /** The seal of {@code text}. */
    String over(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key.getEncoded(), text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code seal} is the seal of {@code text} (compared in constant time). */
    boolean verifies(String text, String seal) {
        return seal != null && MessageDigest.isEqual(over(text).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
