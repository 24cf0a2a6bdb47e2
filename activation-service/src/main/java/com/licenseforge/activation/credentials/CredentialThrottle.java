package com.licenseforge.activation.credentials;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.common.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down guessing without letting strangers lock out the customer (design in docs/decisions.md). Only the
 * address that sent wrong keys is ever locked: for one serial after {@code failuresPerSerial} of them, with a
 * lock that doubles for every further one, and for every serial after {@code failuresPerAddress} within the
 * window. A serial that many addresses fail on is under pressure: each address then gets a single try before
 * its doubling lock starts. The failures live in the database, so every replica sees the same count; those
 * recorded before a license arrived here are forgotten when it arrives. Heartbeats are asked with far more
 * failures on record than locks, so one statement first tells whether a lock is possible at all.
 */
@ApplicationScoped
public class CredentialThrottle {

    /** What misses with no serial to lock are recorded under (unproven validations): they count per address only. */
    public static final String NO_SERIAL = "";
    private static final int MAX_DOUBLINGS = 20;

    private final CredentialFailureRepository failures;
    private final ActivationConfig.Throttle config;
    private final MeterRegistry registry;
    private final Clock clock;

    public CredentialThrottle(CredentialFailureRepository failures, ActivationConfig config, MeterRegistry registry,
                              Clock clock) {
        this.failures = failures;
        this.config = config.throttle();
        this.registry = registry;
        this.clock = clock;
    }

    /** Refuses with 429 CREDENTIALS_LOCKED while this address is locked for the serial, whatever key it sends. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUnlocked(String serial, String clientAddress) {
        requireUnlocked(serial, clientAddress, failures.lockPossible(serial, clientAddress, lockBounds()));
    }

    /**
     * As {@link #requireUnlocked(String, String)}, for a caller that already read whether {@link #lockBounds()}
     * allow a lock: when they do not, nothing is locked and nothing more is read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUnlocked(String serial, String clientAddress, boolean lockPossible) {
        if (!lockPossible) {
            return;
        }
        Instant now = clock.instant();
        Instant serialLocked = serialLock(serial, clientAddress, now);
        Instant until = later(addressLock(clientAddress, now), serialLocked);
        if (until != null && until.isAfter(now)) {
            registry.counter("licenseforge.credential.lockouts",
                    "scope", serialLocked != null && serialLocked.isAfter(now) ? "serial" : "address").increment();
            long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
            throw new ProblemException(429, Codes.CREDENTIALS_LOCKED,
                    "too many wrong credentials from this address; try again in " + seconds + " seconds")
                    .with("retryAfterSeconds", seconds)
                    .header("Retry-After", String.valueOf(seconds));
        }
    }

    /**
     * The problem to answer a refusal with. A refusal of the credentials is recorded first, in its own
     * transaction, so it counts although the request's transaction rolls back.
     */
    public ProblemException refuse(Refusal refusal, String serial, boolean licenseKnown, String clientAddress) {
        if (Codes.INVALID_CREDENTIALS.equals(refusal.code())) {
            if (licenseKnown) {
                recordFailure(serial, clientAddress);
            } else {
                recordBeforeArrival(serial, clientAddress);
            }
        }
        return refusal.toProblem();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String serial, String clientAddress) {
        Instant now = countFailure();
        CredentialFailure failure = new CredentialFailure();
        failure.serial = serial;
        failure.clientAddress = clientAddress;
        failure.failedAt = now;
        failures.persist(failure);
    }

    /** A failure on a serial whose license has not arrived here: the arrival forgets it, whichever commits first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordBeforeArrival(String serial, String clientAddress) {
        failures.recordBeforeArrival(serial, clientAddress, countFailure());
    }

    /** Counts a failure made now and forgets those too old to lock anything; answers now. */
    private Instant countFailure() {
        Instant now = clock.instant();
        failures.deleteBefore(now.minus(memory()));
        registry.counter("licenseforge.credential.failures").increment();
        return now;
    }

    /** {@code failuresPerAddress} failures within the window lock the address until the oldest of them leaves it. */
    private Instant addressLock(String clientAddress, Instant now) {
        List<Instant> latest = failures.latestForAddress(clientAddress, now.minus(config.window()),
                config.failuresPerAddress());
        return latest.size() < config.failuresPerAddress() ? null
                : latest.get(config.failuresPerAddress() - 1).plus(config.window());
    }

    /**
     * Once the address used up its tries for the serial (one while the serial is under pressure), its newest
     * failure locks it for the window, doubled for every failure beyond the tries, up to the memory.
     */
    private Instant serialLock(String serial, String clientAddress, Instant now) {
        Instant since = now.minus(memory());
        int pressure = Math.max(1, config.serialPressure());
        int tries = failures.countForSerial(serial, since, pressure) >= pressure ? 1 : config.failuresPerSerial();
        List<Instant> mine = failures.latestForSerialFrom(serial, clientAddress, since, tries + MAX_DOUBLINGS);
        if (mine.size() < tries) {
            return null;
        }
        Duration lock = config.window().multipliedBy(1L << Math.min(MAX_DOUBLINGS, mine.size() - tries));
        return mine.get(0).plus(lock.compareTo(memory()) > 0 ? memory() : lock);
    }

    /** What a lock needs, read now: without it on record, {@link #requireUnlocked} passes everyone. */
    public LockBounds lockBounds() {
        Instant now = clock.instant();
        return new LockBounds(now.minus(memory()), now.minus(config.window()), config.failuresPerAddress());
    }

    private Duration memory() {
        return config.memory().compareTo(config.window()) < 0 ? config.window() : config.memory();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
