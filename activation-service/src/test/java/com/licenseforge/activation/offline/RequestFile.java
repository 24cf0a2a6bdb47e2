package com.licenseforge.activation.offline;

import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.format.OfflineKey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request file as a customer's tool writes it: the machine's lines, a fresh nonce, now, and the signature. */
public final class RequestFile {

    private static final String BEGIN = "-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----\n";
    private static final String END = "-----END LICENSEFORGE ACTIVATION REQUEST-----\n";

    private final TestLicense license;
    private final Map<String, String> lines = new LinkedHashMap<>();

    private RequestFile(TestLicense license) {
        this.license = license;
    }

    public static RequestFile of(TestLicense license, String fingerprint) {
        return new RequestFile(license).with("Serial", license.serial)
                .with("Organization", license.catalogue.organizationId().toString())
                .with("Product", license.catalogue.productCode()).with("Version", "1.0.0")
                .with("Fingerprint", fingerprint).with("Nonce", OfflineProof.nonce())
                .with("Issued-At", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    RequestFile with(String name, String value) {
        lines.put(name, value);
        return this;
    }

    String canonical() {
        return OfflineProof.canonicalRequest(lines);
    }

    /** Signed with the key of the license's own CD key (the current format). */
    public String signed() {
        return signedBy(license.cdKey);
    }

    String signedBy(String cdKey) {
        return withLine("Signature", OfflineKey.sign(license.serial, cdKey, canonical()));
    }

    /** Signed with a raw Ed25519 seed. */
    String signedWithSeed(byte[] seed) {
        return withLine("Signature", OfflineKey.signWithSeed(seed, canonical()));
    }

    /** Proven with {@code verifier} (hex), as the previous format did. */
    String provenWith(String verifier) {
        return withLine("Proof", OfflineProof.proof(verifier, canonical()));
    }

    private String withLine(String name, String value) {
        StringBuilder file = new StringBuilder(BEGIN);
        lines.forEach((line, text) -> file.append(line).append(": ").append(text).append('\n'));
        return file.append(name).append(": ").append(value).append('\n').append(END).toString();
    }
}
