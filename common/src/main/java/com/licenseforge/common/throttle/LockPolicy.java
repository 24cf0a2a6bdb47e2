package com.licenseforge.common.throttle;

import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The bounds of a credential throttle, the same in every service that checks credentials: a service's config mapping
 * extends this interface under its own prefix.
 */
public interface LockPolicy {

    /** The first lock, and how long failures count towards the address-wide limit. */
    @WithDefault("PT15M")
    Duration window();

    /** Wrong credentials one address may send for one serial before it is locked for that serial. */
    @WithDefault("5")
    int failuresPerSerial();

    /** Wrong credentials one address may send across serials within the window. */
    @WithDefault("30")
    int failuresPerAddress();

    /** Failures on one serial from all addresses within the memory after which each address gets one try. */
    @WithDefault("20")
    int serialPressure();

    /** How long failures are remembered, and the longest a doubling lock lasts. */
    @WithDefault("PT24H")
    Duration memory();
}
