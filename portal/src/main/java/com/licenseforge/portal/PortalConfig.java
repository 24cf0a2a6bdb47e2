package com.licenseforge.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** Where the services are, where the portal is reached, how long a sign-in lasts and what keys it. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** The address customers use (the mailed links point here); cookies are {@code Secure} when it is https. */
    URI publicUrl();

    /** Where a customer reaches the vendor's support, named on the pages that send them there. */
    @WithDefault("support@licenseforge.local")
    String supportContact();

    Services services();

    Session session();

    interface Services {
        URI issuer();

        URI activation();

        URI notification();
    }

    interface Session {
        @WithDefault("PT30M")
        Duration idle();

        @WithDefault("PT8H")
        Duration absolute();

        /**
         * 32 random bytes in base64, the same on every replica: the CSRF tokens and the key of the customer tokens
         * stored with the sessions derive from it. Never logged.
         */
        String key();
    }

    default boolean secureCookies() {
        return "https".equalsIgnoreCase(publicUrl().getScheme());
    }
}
