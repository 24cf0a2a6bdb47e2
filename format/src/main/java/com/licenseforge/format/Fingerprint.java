package com.licenseforge.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A machine fingerprint as a customer system reports it (opaque, 8–512 characters). Only its SHA-256 hash
 * is stored and put in tokens ({@code fp}), so a token does not expose the raw hardware identifiers. The hash
 * is taken over the {@link #normalize normalized} form, so case and surrounding blanks do not matter.
 */
public final class Fingerprint {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 512;

    private Fingerprint() {
    }

    public static boolean isWellFormed(String fingerprint) {
        return fingerprint != null && fingerprint.strip().length() >= MIN_LENGTH
                && fingerprint.strip().length() <= MAX_LENGTH;
    }

    /** What is hashed: surrounding whitespace removed, lower case (locale independent). */
    public static String normalize(String fingerprint) {
        return fingerprint.strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code fp} of tokens: SHA-256 of the normalized fingerprint's UTF-8 bytes, 64 lower-case hex digits. */
    public static String hash(String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(fingerprint).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
