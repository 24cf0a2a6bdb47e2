package com.licenseforge.activation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "licenseforge.activation")
public interface ActivationConfig {

    /** How long an activation token is good for before the machine must validate again (never past the license expiry). */
    @WithDefault("P30D")
    Duration lease();

    /** Re-registrations (hardware changes) a license may make within any 365 days. */
    @WithDefault("3")
    int reregistrationsPerYear();

    Throttle throttle();

    /** Wrong CD keys lock a serial, or a client address trying many serials, for the rest of the window. */
    interface Throttle {

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("5")
        int failuresPerSerial();

        @WithDefault("30")
        int failuresPerAddress();
    }
}
