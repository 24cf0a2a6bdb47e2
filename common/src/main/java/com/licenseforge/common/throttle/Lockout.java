package com.licenseforge.common.throttle;

import com.licenseforge.common.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;

/** A client address refused until {@code until}; {@code serialScoped} when the lock is on one serial only. */
public record Lockout(Instant until, boolean serialScoped) {

    /** The 429 to answer {@code now}, with the seconds to wait in its {@code retryAfterSeconds} and Retry-After. */
    public ProblemException problem(String code, String reason, Instant now) {
        long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
        return new ProblemException(429, code, reason + "; try again in " + seconds + " seconds")
                .with("retryAfterSeconds", seconds)
                .header("Retry-After", String.valueOf(seconds));
    }
}
