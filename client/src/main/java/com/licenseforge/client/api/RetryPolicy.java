package com.licenseforge.client.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a call is repeated when the answer may change with time: no connection, a
 * timeout, 502/503/504, or a 429 whose {@code Retry-After} is at most {@code maxRetryAfter} (a longer one,
 * such as a credential lock of minutes, is reported at once). Backoff doubles from {@code initialBackoff} up to
 * {@code maxBackoff}, with jitter; a {@code Retry-After} is honoured instead when the server sends one. Every
 * call of the API is idempotent, so repeating it is safe.
 *
 * @param maxAttempts    attempts in all, at least 1
 * @param initialBackoff wait before the second attempt
 * @param maxBackoff     longest wait between attempts
 * @param maxRetryAfter  longest {@code Retry-After} the library waits for itself
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** 4 attempts, 500 ms doubling to 8 s, a {@code Retry-After} of up to 30 s waited for. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
    }

    /** One attempt only. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1), full jitter over the backoff. */
    Duration backoff(int attempt) {
        long ceiling = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }
}
