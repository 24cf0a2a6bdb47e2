package com.licenseforge.client.offline;

import com.licenseforge.client.CdKey;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.format.OfflineKey;
import com.licenseforge.format.OfflineProof;
import com.licenseforge.format.Serial;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The activation request file of a machine without a connection (format in the activation service's
 * OFFLINE.md): the activation's fields, a fresh nonce, the time of the request and a signature over all of
 * them with the key derived from the CD key. The file never holds the CD key. Someone carries it to a connected computer, posts it
 * ({@code ActivationApi.activateOffline}, or the command-line tool) and brings the license file back.
 *
 * <pre>{@code
 * String file = OfflineRequest.builder(serial, CdKey.of(typed), organizationId, "erp", "2.0.0", machine)
 *         .hostname("erp-prod-01").build().toFile();
 * }</pre>
 */
public final class OfflineRequest {

    private static final String BEGIN = "-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----";
    private static final String END = "-----END LICENSEFORGE ACTIVATION REQUEST-----";

    private final Map<String, String> lines;
    private final String signature;

    private OfflineRequest(Map<String, String> lines, String signature) {
        this.lines = lines;
        this.signature = signature;
    }

    /**
     * @throws IllegalArgumentException when the serial or the CD key is malformed
     */
    public static Builder builder(String serial, CdKey cdKey, UUID organizationId, String productCode,
                                  String productVersion, MachineFingerprint machine) {
        return new Builder(serial, cdKey, organizationId, productCode, productVersion, machine);
    }

    /** The nonce of this request (spent by the first accepted posting). */
    public String nonce() {
        return lines.get("Nonce");
    }

    /** The request file's text. */
    public String toFile() {
        StringBuilder file = new StringBuilder(BEGIN).append('\n');
        lines.forEach((name, value) -> file.append(name).append(": ").append(value).append('\n'));
        return file.append("Signature: ").append(signature).append('\n').append(END).append('\n').toString();
    }

    /** Optional lines and the clock; {@link #build()} draws the nonce and signs. */
    public static final class Builder {

        private final String serial;
        private final CdKey cdKey;
        private final UUID organizationId;
        private final String productCode;
        private final String productVersion;
        private final MachineFingerprint machine;
        private String hostname;
        private Clock clock = Clock.systemUTC();

        private Builder(String serial, CdKey cdKey, UUID organizationId, String productCode, String productVersion,
                        MachineFingerprint machine) {
            this.serial = Serial.parse(serial).orElseThrow(() -> new IllegalArgumentException("not a well-formed serial"));
            this.cdKey = Objects.requireNonNull(cdKey, "cdKey");
            this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
            this.productCode = Objects.requireNonNull(productCode, "productCode").strip();
            this.productVersion = Objects.requireNonNull(productVersion, "productVersion").strip();
            this.machine = Objects.requireNonNull(machine, "machine");
        }

        /** The machine's name, for support. */
        public Builder hostname(String hostname) {
            if (hostname != null && hostname.lines().count() > 1) {
                throw new IllegalArgumentException("a hostname is one line");
            }
            this.hostname = hostname == null || hostname.isBlank() ? null : hostname.strip();
            return this;
        }

        /** The clock of {@code Issued-At} (the machine's own by default). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A request with a fresh nonce, issued now, and its signature. */
        public OfflineRequest build() {
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("Serial", serial);
            lines.put("Organization", organizationId.toString());
            lines.put("Product", productCode);
            lines.put("Version", productVersion);
            lines.put("Fingerprint", machine.fingerprint());
            lines.put("Nonce", OfflineProof.nonce());
            lines.put("Issued-At", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
            if (hostname != null) {
                lines.put(OfflineProof.HOSTNAME, hostname);
            }
            machine.components().forEach((name, value) -> lines.put(OfflineProof.COMPONENT + name, value.strip()));
            String signature = OfflineKey.sign(serial, cdKey.reveal(), OfflineProof.canonicalRequest(lines));
            return new OfflineRequest(Collections.unmodifiableMap(lines), signature);
        }
    }
}
