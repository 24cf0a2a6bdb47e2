package com.licenseforge.common.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows down guessing without letting strangers lock out the customer (design in docs/decisions.md). Only the
 * address that sent wrong credentials is ever locked: for one serial after {@code failuresPerSerial} of them, with a
 * lock that doubles for every further one, and for every serial after {@code failuresPerAddress} within the window.
 * A serial that many addresses fail on is under pressure: each address then gets a single try before its doubling
 * lock starts. The holder of the right credentials, at an address of their own, is never locked by others' failures.
 */
public class CredentialLocks {

    private static final int MAX_DOUBLINGS = 20;

    private final LockPolicy policy;

    public CredentialLocks(LockPolicy policy) {
        this.policy = policy;
    }

    /** The lock on {@code clientAddress} for {@code serial} at {@code now}, if any. */
    public Optional<Lockout> lockout(FailureRecords failures, String serial, String clientAddress, Instant now) {
        Optional<Instant> serialLock = serialLock(failures, serial, clientAddress, now);
        Optional<Instant> addressLock = windowFull(failures.latestFrom(clientAddress, windowStart(now),
                policy.failuresPerAddress()), policy.failuresPerAddress(), policy.window());
        Instant until = later(addressLock.orElse(null), serialLock.orElse(null));
        if (until == null || !until.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Lockout(until, serialLock.filter(s -> s.isAfter(now)).isPresent()));
    }

    /**
     * When {@code limit} events within {@code window} are on record ({@code latest}: the newest, at most {@code limit},
     * newest first), the moment the oldest of them leaves the window.
     */
    public static Optional<Instant> windowFull(List<Instant> latest, int limit, Duration window) {
        return latest.size() < limit ? Optional.empty() : Optional.of(latest.get(limit - 1).plus(window));
    }

    /** Failures older than this lock nothing any more: they may be forgotten. */
    public Instant memoryStart(Instant now) {
        return now.minus(memory());
    }

    public Instant windowStart(Instant now) {
        return now.minus(policy.window());
    }

    /**
     * Once the address used up its tries for the serial (one while the serial is under pressure), its newest
     * failure locks it for the window, doubled for every failure beyond the tries, up to the memory.
     */
    private Optional<Instant> serialLock(FailureRecords failures, String serial, String clientAddress, Instant now) {
        Instant since = memoryStart(now);
        int pressure = Math.max(1, policy.serialPressure());
        int tries = failures.countOn(serial, since, pressure) >= pressure ? 1 : policy.failuresPerSerial();
        List<Instant> mine = failures.latestOnFrom(serial, clientAddress, since, tries + MAX_DOUBLINGS);
        if (mine.size() < tries) {
            return Optional.empty();
        }
        Duration lock = policy.window().multipliedBy(1L << Math.min(MAX_DOUBLINGS, mine.size() - tries));
        return Optional.of(mine.get(0).plus(lock.compareTo(memory()) > 0 ? memory() : lock));
    }

    private Duration memory() {
        return policy.memory().compareTo(policy.window()) < 0 ? policy.window() : policy.memory();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
