package com.licenseforge.common.format;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Keyed hash of a CD key: HMAC-SHA256 under a server-side secret shared by the issuer (which stores it) and
 * activation (which compares), bound to the serial so a hash cannot be replayed for another license.
 */
public final class CdKeyHasher {

    private final SecretKeySpec secret;

    public CdKeyHasher(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the CD key hash secret must be at least 16 characters");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String serial, String canonicalCdKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(serial.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(canonicalCdKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of a presented CD key with a stored hash; a malformed key simply fails. */
    public boolean matches(String serial, String presentedCdKey, String storedHash) {
        String canonical = CdKey.canonical(presentedCdKey).orElse("");
        byte[] presented = hash(serial, canonical).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = (storedHash == null ? "" : storedHash).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, stored);
    }
}
