package com.licenseforge.activation.config;

import com.licenseforge.common.format.CdKeyHasher;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

@ConfigMapping(prefix = "licenseforge.cd-key")
public interface CdKeyConfig {

    /** Secret of the keyed CD-key hash; the same value is configured in issuer-service, which stores the hashes. */
    String hashSecret();

    class HasherProducer {
        @Produces
        @Singleton
        CdKeyHasher cdKeyHasher(CdKeyConfig config) {
            return new CdKeyHasher(config.hashSecret());
        }
    }
}
