package com.licenseforge.activation.credentials;

import com.licenseforge.common.seal.LicenseSeal;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.UUID;

/**
 * Seals the offline verifiers of the previous request format (v1) for their transition, under a key derived from
 * the CD key hash secret, which the service receives from its environment and the database never holds, so a
 * dump or backup holds no verifier that builds a request.
 */
@ApplicationScoped
public class OfflineVerifierSeal {

    private final LicenseSeal seal;

    public OfflineVerifierSeal(@ConfigProperty(name = "licenseforge.cd-key.hash-secret") String secret) {
        this.seal = new LicenseSeal("licenseforge offline verifier seal v1", secret);
    }

    /** {@code verifier} sealed for {@code licenseId}. */
    public String seal(UUID licenseId, String verifier) {
        return seal.seal(licenseId, verifier);
    }

    /** The verifier, or empty when {@code sealed} was not sealed for this license under this secret. */
    public Optional<String> open(UUID licenseId, String sealed) {
        return seal.open(licenseId, sealed);
    }
}
