package com.licenseforge.client.api;

import com.licenseforge.client.CdKey;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What activating (or previewing the activation of) a serial on a machine sends.
 *
 * @param serial         the license serial as the customer typed it
 * @param cdKey          the CD key
 * @param organizationId the organization of the customer's account the machine belongs to
 * @param productCode    the vendor's product code
 * @param productVersion the installed version (maintenance must cover it)
 * @param fingerprint    the machine fingerprint (8–512 characters; only its hash is stored)
 * @param components     the named hardware parts the fingerprint was derived from, so the service recognises the
 *                       machine after a partial hardware change; may be empty
 * @param hostname       the machine's name for support, or null
 */
public record ActivationRequest(String serial, CdKey cdKey, UUID organizationId, String productCode,
                                String productVersion, String fingerprint, Map<String, String> components,
                                String hostname) {

    public ActivationRequest {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(cdKey, "cdKey");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(fingerprint, "fingerprint");
        components = components == null ? Map.of() : Map.copyOf(components);
    }
}
