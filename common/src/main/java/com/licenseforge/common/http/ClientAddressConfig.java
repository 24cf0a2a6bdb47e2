package com.licenseforge.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Where the client's address comes from behind the proxies in front of the service. */
@ConfigMapping(prefix = "licenseforge.http.client-address")
public interface ClientAddressConfig {

    /**
     * Addresses or CIDR blocks of the proxies in front; none by default, not even 127.0.0.1 (a sidecar or local
     * process would otherwise make every address spoofable).
     */
    Optional<List<String>> trustedProxies();

    /**
     * The one header those proxies write the client's address into: {@code X-Forwarded-For} or
     * {@code Forwarded}. The other is whatever the client sent and is never read.
     */
    @WithDefault(TrustedProxies.X_FORWARDED_FOR)
    String header();
}
