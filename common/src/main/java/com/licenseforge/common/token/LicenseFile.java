package com.licenseforge.common.token;

import java.util.Map;

/**
 * A license file: a signed token in an armored text block that a person can download, mail and load. The
 * armor, shared with customer tools, is {@link com.licenseforge.format.LicenseFile}.
 */
public final class LicenseFile {

    private LicenseFile() {
    }

    /** Armors {@code token} with human-readable {@code headers} (name → value, in order). */
    public static String armor(String token, Map<String, String> headers) {
        return com.licenseforge.format.LicenseFile.armor(token, headers);
    }

    /** The token of an armored license file; {@link IllegalArgumentException} when it is none. */
    public static String tokenOf(String licenseFile) {
        return com.licenseforge.format.LicenseFile.tokenOf(licenseFile);
    }

    /** The readable header lines of an armored license file. */
    public static Map<String, String> headersOf(String licenseFile) {
        return com.licenseforge.format.LicenseFile.headersOf(licenseFile);
    }
}
