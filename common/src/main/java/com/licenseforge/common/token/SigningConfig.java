package com.licenseforge.common.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Token signing of a service that mints tokens. A service that mints none sets the build property
 * {@code licenseforge.signing.enabled=false}: it then has no keys and serves no JWKS.
 */
@ConfigMapping(prefix = "licenseforge.signing")
public interface SigningConfig {

    /** JWK set file holding this service's Ed25519 private keys; the newest ({@code iat}) signs. */
    Optional<Path> keyFile();

    /** Local runs and tests create the file with a fresh key; production mounts it from a secret. */
    @WithDefault("false")
    boolean generateIfMissing();

    /** {@code iss} of the tokens this service mints. */
    Optional<String> issuer();
}
