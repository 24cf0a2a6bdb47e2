package com.licenseforge.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the identity provider and the services are, how long a sign-in lasts and what keys it. */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    Oidc oidc();

    Services services();

    Session session();

    interface Oidc {
        /** The issuer identifier; its discovery document names every endpoint. */
        URI issuer();

        @WithDefault("licenseforge-console")
        String clientId();

        /** Absent for a public client (PKCE alone); a confidential client authenticates with it. */
        Optional<String> clientSecret();

        URI redirectUri();

        /** The ID token claim that lists the staff member's roles. */
        @WithDefault("groups")
        String rolesClaim();
    }

    interface Services {
        URI issuer();

        URI activation();

        URI billing();

        URI notification();
    }

    interface Session {
        @WithDefault("PT30M")
        Duration idle();

        @WithDefault("PT8H")
        Duration absolute();

        /** Cookies only over HTTPS; the local run serves plain HTTP on the loopback. */
        @WithDefault("true")
        boolean secureCookie();

        /**
         * 32 random bytes in base64, the same on every replica: the sign-in cookie's keys and the key of the
         * tokens stored with the sessions derive from it. Never logged.
         */
        String key();
    }
}
