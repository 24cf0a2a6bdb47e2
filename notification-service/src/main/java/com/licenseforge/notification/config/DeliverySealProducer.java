package com.licenseforge.notification.config;

import com.licenseforge.common.seal.DeliverySeal;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens what the issuer sealed for delivery, under the secret only the two services share. */
public class DeliverySealProducer {

    @Produces
    @Singleton
    DeliverySeal deliverySeal(@ConfigProperty(name = "licenseforge.delivery.seal-secret") String secret) {
        return new DeliverySeal(secret);
    }
}
