package com.licenseforge.activation.selfservice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How many machines a customer freed of a license within the rolling window, the product's limit, and when the
 * next free is possible once the limit is reached (when the oldest free that counts leaves the window; null below it).
 */
public record SelfServiceAllowance(int used, int limit, Instant nextPossibleAt) {

    public static final Duration WINDOW = Duration.ofDays(30);

    /** From the frees within the window, newest first. */
    static SelfServiceAllowance of(List<Instant> frees, int limit) {
        Instant next = limit > 0 && frees.size() >= limit ? frees.get(limit - 1).plus(WINDOW) : null;
        return new SelfServiceAllowance(frees.size(), limit, next);
    }

    boolean reached() {
        return used >= limit;
    }
}
