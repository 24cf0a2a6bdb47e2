package com.licenseforge.client.api;

import java.util.Map;
import java.util.Objects;

/**
 * What starts a trial: the product and release, the prospect's organization and contact e-mail (the trial's mail
 * goes there), and this machine.
 */
public record TrialRequest(String productCode, String productVersion, String organizationName, String contactEmail,
                           String fingerprint, Map<String, String> components, String hostname) {

    public TrialRequest {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(fingerprint, "fingerprint");
        components = components == null ? Map.of() : Map.copyOf(components);
    }
}
