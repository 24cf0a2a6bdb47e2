package com.licenseforge.common.customer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where the customer token keys are and whom the tokens name as issuer. */
@ConfigMapping(prefix = "licenseforge.customer-token")
public interface CustomerTokenConfig {

    /** The {@code iss} of every customer token. */
    @WithDefault("https://issuer.licenseforge.local/customers")
    String issuer();

    /** PEM of the Ed25519 public key (a file, else a class-path resource): every service serving customers. */
    Optional<String> publicKey();

    /** PEM of the Ed25519 private key: the issuer only. */
    Optional<String> privateKey();
}
