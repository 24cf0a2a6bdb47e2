package com.licenseforge.client.api;

import java.util.Map;
import java.util.Objects;

/**
 * What starts a trial: the product and release, the prospect's organization and contact e-mail (the trial's mail
 * goes there) with that mail's language ({@code en}, {@code de}, {@code zh}; {@code null} leaves it to the service:
 * English), and this machine.
 */
public record TrialRequest(String productCode, String productVersion, String organizationName, String contactEmail,
                           String fingerprint, Map<String, String> components, String hostname, String language) {

    /** A request whose mail language the service chooses. */
    public TrialRequest(String productCode, String productVersion, String organizationName, String contactEmail,
                        String fingerprint, Map<String, String> components, String hostname) {
        this(productCode, productVersion, organizationName, contactEmail, fingerprint, components, hostname, null);
    }

    public TrialRequest {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(fingerprint, "fingerprint");
        components = components == null ? Map.of() : Map.copyOf(components);
    }
}
