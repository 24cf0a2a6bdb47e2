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

    /**
     * Wrong CD keys lock the address that sent them, for one serial or, when it tries many, for all; never the
     * serial itself for everyone (design in docs/decisions.md).
     */
    interface Throttle {

        /** The first lock, and how long failures count towards the address-wide limit. */
        @WithDefault("PT15M")
        Duration window();

        /** Wrong keys one address may send for one serial before it is locked for that serial. */
        @WithDefault("5")
        int failuresPerSerial();

        /** Wrong keys one address may send across serials within the window. */
        @WithDefault("30")
        int failuresPerAddress();

        /** Failures on one serial from all addresses within the memory after which each address gets one try. */
        @WithDefault("20")
        int serialPressure();

        /** How long failures are remembered, and the longest a doubling lock lasts. */
        @WithDefault("PT24H")
        Duration memory();
    }
}
