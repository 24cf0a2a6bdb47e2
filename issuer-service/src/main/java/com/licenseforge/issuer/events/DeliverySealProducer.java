package com.licenseforge.issuer.events;

import com.licenseforge.common.seal.DeliverySeal;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The seal of what the notification service delivers, under the secret only the two services share. */
public class DeliverySealProducer {

    @Produces
    @Singleton
    DeliverySeal deliverySeal(@ConfigProperty(name = "licenseforge.delivery.seal-secret") String secret) {
        return new DeliverySeal(secret);
    }
}
