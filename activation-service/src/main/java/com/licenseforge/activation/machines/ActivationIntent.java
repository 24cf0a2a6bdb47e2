package com.licenseforge.activation.machines;

import com.licenseforge.activation.credentials.Credential;

import java.util.Map;
import java.util.UUID;

/**
 * A customer system's wish to activate a serial on one machine, online or from an offline request file; the
 * fingerprint is already hashed.
 */
public record ActivationIntent(
        String serial,
        Credential credential,
        UUID organizationId,
        String productCode,
        String productVersion,
        String fingerprintHash,
        Map<String, String> components,
        String hostname) {
}
