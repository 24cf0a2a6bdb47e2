package com.licenseforge.common.format;

import java.util.Optional;

/**
 * A CD key: a secret shown once at issuance, stored only as a {@link CdKeyHasher keyed hash} and the offline
 * public key derived from it ({@link com.licenseforge.format.OfflineKey}), never logged. The format, shared
 * with customer tools, is {@link com.licenseforge.format.CdKey}.
 */
public final class CdKey {

    private CdKey() {
    }

    public static String generate() {
        return com.licenseforge.format.CdKey.generate();
    }

    /** The canonical form (what is hashed), or empty when {@code input} cannot be a CD key. */
    public static Optional<String> canonical(String input) {
        return com.licenseforge.format.CdKey.canonical(input);
    }
}
