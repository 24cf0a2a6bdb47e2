package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.throttle.LockPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The sign-in throttle of the customer portal. It counts per browser address (the portal forwards it, and the
 * issuer believes it only from the proxies it trusts), so nobody's attempts use up another's.
 */
@ConfigMapping(prefix = "licenseforge.selfservice")
public interface SelfServiceConfig {

    Links links();

    /** Wrong serial + CD key pairs, locked as the activation API locks wrong CD keys. */
    Credentials credentials();

    /** Sign-in link requests: the mails one address can have sent, in all and to one e-mail. */
    interface Links {

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("20")
        int perAddress();

        @WithDefault("5")
        int perEmailFromAddress();
    }

    interface Credentials extends LockPolicy {
    }
}
