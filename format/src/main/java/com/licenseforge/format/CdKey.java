package com.licenseforge.format;

import java.util.Optional;

/**
 * A CD key: 25 random base32 characters (125 bits) in groups of five. It is a secret: shown once at
 * issuance, stored by the servers only as a keyed hash and the public key derived from it
 * ({@link OfflineKey}), never logged.
 */
public final class CdKey {

    private static final int LENGTH = 25;

    private CdKey() {
    }

    public static String generate() {
        return Base32.group(Base32.random(LENGTH), 5);
    }

    /** The canonical form (what is hashed), or empty when {@code input} cannot be a CD key. */
    public static Optional<String> canonical(String input) {
        String chars = Base32.normalize(input);
        return chars == null || chars.length() != LENGTH ? Optional.empty() : Optional.of(chars);
    }
}
