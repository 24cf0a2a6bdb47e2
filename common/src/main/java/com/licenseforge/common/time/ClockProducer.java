package com.licenseforge.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock every decision that depends on the time reads (dunning, expiry, locks, request ages); a bean rather
 * than {@code Instant.now()} so tests can replace it and move time forward.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
