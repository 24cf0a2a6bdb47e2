package com.licenseforge.common.format;

/**
 * A machine fingerprint as a customer system reports it; only its SHA-256 hash is stored and put in tokens.
 * The normalization, shared with customer tools, is {@link com.licenseforge.format.Fingerprint}.
 */
public final class Fingerprint {

    public static final int MIN_LENGTH = com.licenseforge.format.Fingerprint.MIN_LENGTH;
    public static final int MAX_LENGTH = com.licenseforge.format.Fingerprint.MAX_LENGTH;

    private Fingerprint() {
    }

    public static boolean isWellFormed(String fingerprint) {
        return com.licenseforge.format.Fingerprint.isWellFormed(fingerprint);
    }

    public static String hash(String fingerprint) {
        return com.licenseforge.format.Fingerprint.hash(fingerprint);
    }
}
