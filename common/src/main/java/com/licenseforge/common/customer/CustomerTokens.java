package com.licenseforge.common.customer;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** The customer token verifier of this service, built from its configured public key on first use. */
@ApplicationScoped
public class CustomerTokens {

    private final CustomerTokenVerifier verifier;

    public CustomerTokens(CustomerTokenConfig config, Clock clock) {
        String publicKey = config.publicKey().orElseThrow(() -> new IllegalStateException(
                "licenseforge.customer-token.public-key (CUSTOMER_TOKEN_PUBLIC_KEY) is not configured"));
        this.verifier = new CustomerTokenVerifier(CustomerTokenKeys.publicKey(publicKey), config.issuer(), clock);
    }

    public CustomerScope verify(String token) {
        return verifier.verify(token);
    }
}
