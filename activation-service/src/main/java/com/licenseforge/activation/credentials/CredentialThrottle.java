package com.licenseforge.activation.credentials;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.throttle.CredentialLocks;
import com.licenseforge.common.throttle.Lockout;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The credential throttle of the activation API ({@link CredentialLocks}: only the address that sent wrong keys is
 * ever locked). The failures live in the database, so every replica sees the same count; those recorded before a
 * license arrived here are forgotten when it arrives. Heartbeats are asked with far more failures on record than
 * locks, so one statement first tells whether a lock is possible at all.
 */
@ApplicationScoped
public class CredentialThrottle {

    /** What misses with no serial to lock are recorded under (unproven validations): they count per address only. */
    public static final String NO_SERIAL = "";

    private final CredentialFailureRepository failures;
    private final ActivationConfig.Throttle config;
    private final CredentialLocks locks;
    private final MeterRegistry registry;
    private final Clock clock;

    public CredentialThrottle(CredentialFailureRepository failures, ActivationConfig config, MeterRegistry registry,
                              Clock clock) {
        this.failures = failures;
        this.config = config.throttle();
        this.locks = new CredentialLocks(this.config);
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
        Optional<Lockout> lockout = locks.lockout(failures, serial, clientAddress, now);
        if (lockout.isPresent()) {
            registry.counter("licenseforge.credential.lockouts",
                    "scope", lockout.get().serialScoped() ? "serial" : "address").increment();
            throw lockout.get().problem(Codes.CREDENTIALS_LOCKED, "too many wrong credentials from this address", now);
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
        failures.deleteBefore(locks.memoryStart(now));
        registry.counter("licenseforge.credential.failures").increment();
        return now;
    }

    /** What a lock needs, read now: without it on record, {@link #requireUnlocked} passes everyone. */
    public LockBounds lockBounds() {
        Instant now = clock.instant();
        return new LockBounds(locks.memoryStart(now), locks.windowStart(now), config.failuresPerAddress());
    }
}
