package com.licenseforge.common.format;

import java.util.List;
import java.util.Map;

/**
 * Proof of the CD key for an offline activation request. The one implementation, shared with customer tools,
 * is {@link com.licenseforge.format.OfflineProof}; the format is in the activation service's OFFLINE.md.
 */
public final class OfflineProof {

    public static final String HOSTNAME = com.licenseforge.format.OfflineProof.HOSTNAME;
    public static final String COMPONENT = com.licenseforge.format.OfflineProof.COMPONENT;
    /** The lines every request signs, in canonical order. */
    public static final List<String> SIGNED_LINES = com.licenseforge.format.OfflineProof.SIGNED_LINES;

    private OfflineProof() {
    }

    /** V as 64 lower-case hex digits, from the serial and the CD key in any form a person types them. */
    public static String verifier(String serial, String cdKey) {
        return com.licenseforge.format.OfflineProof.verifier(serial, cdKey);
    }

    /** The canonical request of a request's lines; throws {@link IllegalArgumentException} when a signed line is missing. */
    public static String canonicalRequest(Map<String, String> lines) {
        return com.licenseforge.format.OfflineProof.canonicalRequest(lines);
    }

    public static String proof(String verifier, String canonicalRequest) {
        return com.licenseforge.format.OfflineProof.proof(verifier, canonicalRequest);
    }

    /** Constant-time check of a presented proof; a malformed proof or verifier simply fails. */
    public static boolean matches(String verifier, String canonicalRequest, String presentedProof) {
        return com.licenseforge.format.OfflineProof.matches(verifier, canonicalRequest, presentedProof);
    }

    public static String nonce() {
        return com.licenseforge.format.OfflineProof.nonce();
    }
}
