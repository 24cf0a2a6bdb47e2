package com.licenseforge.common.format;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hasher of the services that hold CD-key hashes (the issuer stores them, activation compares); both are
 * configured with the same secret. A service that never injects the hasher needs no secret.
 */
public class CdKeyHasherProducer {

    @Produces
    @Singleton
    CdKeyHasher cdKeyHasher(@ConfigProperty(name = "licenseforge.cd-key.hash-secret") String hashSecret) {
        return new CdKeyHasher(hashSecret);
    }
}
