package com.licenseforge.common.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service's clock under the tests' control. It runs with the real time, ahead by what the tests advanced it, so
 * it only moves forward: the test classes sharing one application never see time run backwards, and it never
 * falls behind the staff tokens the tests mint, which are refused when issued later than the service's now.
 * Each service's tests declare their bean of it, which replaces the system clock.
 */
public abstract class AdvancingClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        ahead.updateAndGet(offset -> offset.plus(duration));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get()).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC");
    }
}
