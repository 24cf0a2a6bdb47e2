package com.licenseforge.notification.webhooks;

import com.licenseforge.common.seal.DeliverySeal;
import com.licenseforge.notification.config.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The configured address policy and the sealing of endpoint secrets, which registration and delivery share. */
@ApplicationScoped
public class EndpointGuard {

    private final AddressPolicy policy;
    private final DeliverySeal seal;

    public EndpointGuard(WebhookConfig config) {
        this.policy = new AddressPolicy(config.allowedAddresses().orElse(List.of()));
        this.seal = new DeliverySeal(config.sealSecret());
    }

    /** {@code url} checked now (resolved, every address allowed), to be called at the address checked. */
    WebhookTarget target(String url) throws WebhookTarget.Refused {
        return WebhookTarget.resolve(url, policy);
    }

    String seal(UUID endpoint, String secret) {
        return seal.seal(endpoint, secret);
    }

    String open(UUID endpoint, String sealed) {
        return seal.open(endpoint, sealed).orElseThrow(() ->
                new IllegalStateException("the secret of endpoint " + endpoint + " does not open with this key"));
    }
}
