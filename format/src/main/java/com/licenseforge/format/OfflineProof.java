package com.licenseforge.format;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of an offline activation request, which the current format signs ({@link OfflineKey}),
 * and the previous format's proof, shared by the customer's tooling and the server (OFFLINE.md).
 * <p>
 * The previous format (v1): the <em>verifier</em>
 * {@code V = SHA-256("licenseforge-offline-v1\n" + serial + "\n" + canonical CD key)} keys the <em>proof</em>
 * {@code base64url(HMAC-SHA256(key = V, canonical request))}. Whoever holds V can make proofs, so it is a
 * credential: the servers keep it only sealed, for licenses issued before {@link OfflineKey}, until the
 * transition ends; new requests are signed instead.
 * <p>
 * The canonical request is one {@code Name: value\n} line per signed field: {@link #SIGNED_LINES} in that
 * order, then {@code Hostname} when present, then every {@code Component-<name>} with its name lower-cased,
 * sorted by that name. Values are taken as written, without surrounding whitespace; an optional line with an
 * empty value counts as absent.
 */
public final class OfflineProof {

    public static final String HOSTNAME = "Hostname";
    public static final String COMPONENT = "Component-";
    /** The lines every request signs, in canonical order. */
    public static final List<String> SIGNED_LINES =
            List.of("Serial", "Organization", "Product", "Version", "Fingerprint", "Nonce", "Issued-At");

    private static final String VERIFIER_CONTEXT = "licenseforge-offline-v1\n";
    private static final int NONCE_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OfflineProof() {
    }

    /** V as 64 lower-case hex digits, from the serial and the CD key in any form a person types them. */
    public static String verifier(String serial, String cdKey) {
        return HexFormat.of().formatHex(OfflineKey.digest(VERIFIER_CONTEXT, serial, cdKey));
    }

    /**
     * The canonical request of a request's lines (name → value, as in the file; other names are not signed).
     *
     * @throws IllegalArgumentException when a line of {@link #SIGNED_LINES} is missing
     */
    public static String canonicalRequest(Map<String, String> lines) {
        StringBuilder canonical = new StringBuilder();
        for (String name : SIGNED_LINES) {
            String value = lines.get(name);
            if (value == null) {
                throw new IllegalArgumentException("the request lacks the line " + name);
            }
            append(canonical, name, value);
        }
        if (isPresent(lines.get(HOSTNAME))) {
            append(canonical, HOSTNAME, lines.get(HOSTNAME));
        }
        Map<String, String> components = new TreeMap<>();
        lines.forEach((name, value) -> {
            if (name.startsWith(COMPONENT) && isPresent(value)) {
                components.put(COMPONENT + name.substring(COMPONENT.length()).toLowerCase(Locale.ROOT), value);
            }
        });
        components.forEach((name, value) -> append(canonical, name, value));
        return canonical.toString();
    }

    /** The proof over {@code canonicalRequest} under verifier {@code verifier} (hex), base64url without padding. */
    public static String proof(String verifier, String canonicalRequest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(verifier, canonicalRequest));
    }

    /** Constant-time check of a presented proof; a malformed proof or verifier simply fails. */
    public static boolean matches(String verifier, String canonicalRequest, String presentedProof) {
        if (verifier == null || presentedProof == null) {
            return false;
        }
        try {
            byte[] presented = Base64.getUrlDecoder().decode(presentedProof);
            return MessageDigest.isEqual(mac(verifier, canonicalRequest), presented);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A fresh nonce: 128 random bits, base64url without padding. */
    public static String nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }

    private static byte[] mac(String verifier, String canonicalRequest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(verifier), "HmacSHA256"));
            return mac.doFinal(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }

    private static void append(StringBuilder canonical, String name, String value) {
        canonical.append(name).append(": ").append(value.strip()).append('\n');
    }
}
