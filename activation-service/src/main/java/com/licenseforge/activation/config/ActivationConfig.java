package com.licenseforge.activation.config;

import com.licenseforge.common.throttle.LockPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Instant;

@ConfigMapping(prefix = "licenseforge.activation")
public interface ActivationConfig {

    /** How long an activation token is good for before the machine must validate again (never past the license expiry). */
    @WithDefault("P30D")
    Duration lease();

    /** Re-registrations (hardware changes) a license may make within any 365 days. */
    @WithDefault("3")
    int reregistrationsPerYear();

    /**
     * Until when offline requests of the previous format (a Proof line, v1) are accepted for licenses issued
     * before the current one (a Signature line, v2); after it they are refused (OFFLINE.md).
     */
    @WithDefault("2027-06-05T00:00:00Z")
    Instant offlineV1Until();

    Throttle throttle();

    Trials trials();

    /** Trial starts are counted per client address: only the address that sent them is ever refused. */
    interface Trials {

        /** Trial starts (started or refused) one address may make within the window. */
        @WithDefault("10")
        int startsPerAddress();

        @WithDefault("PT1H")
        Duration window();
    }

    /**
     * Wrong CD keys lock the address that sent them, for one serial or, when it tries many, for all; never the
     * serial itself for everyone (design in docs/decisions.md).
     */
    interface Throttle extends LockPolicy {
    }
}
