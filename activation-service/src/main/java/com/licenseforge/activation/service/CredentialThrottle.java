package com.licenseforge.activation.service;

import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.activation.domain.CredentialFailure;
import com.licenseforge.activation.repository.CredentialFailureRepository;
import com.licenseforge.common.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down guessing of CD keys: enough wrong keys for one serial, or from one client address across serials,
 * within the window lock further attempts until the oldest of them leaves the window. The failures live in
 * the database, so every replica sees the same count.
 */
@ApplicationScoped
public class CredentialThrottle {

    private final CredentialFailureRepository failures;
    private final ActivationConfig.Throttle config;
    private final MeterRegistry registry;

    public CredentialThrottle(CredentialFailureRepository failures, ActivationConfig config, MeterRegistry registry) {
        this.failures = failures;
        this.config = config.throttle();
        this.registry = registry;
    }

    /** Refuses with 429 CREDENTIALS_LOCKED while the serial or the address is locked, even for a correct key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUnlocked(String serial, String clientAddress) {
        Instant now = Instant.now();
        Instant since = now.minus(config.window());
        Instant serialLocked =
                lockedUntil(failures.latestForSerial(serial, since, config.failuresPerSerial()), config.failuresPerSerial());
        Instant until = later(serialLocked,
                lockedUntil(failures.latestForAddress(clientAddress, since, config.failuresPerAddress()),
                        config.failuresPerAddress()));
        if (until != null && until.isAfter(now)) {
            registry.counter("licenseforge.credential.lockouts",
                    "scope", serialLocked != null && serialLocked.isAfter(now) ? "serial" : "address").increment();
            long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
            throw new ProblemException(429, Codes.CREDENTIALS_LOCKED,
                    "too many wrong CD keys; try again in " + seconds + " seconds")
                    .with("retryAfterSeconds", seconds)
                    .header("Retry-After", String.valueOf(seconds));
        }
    }

    /**
     * The problem to answer a refusal with. A refusal of the credentials is recorded first, in its own
     * transaction, so it counts although the request's transaction rolls back.
     */
    public ProblemException refuse(Refusal refusal, String serial, String clientAddress) {
        if (Codes.INVALID_CREDENTIALS.equals(refusal.code())) {
            recordFailure(serial, clientAddress);
        }
        return refusal.toProblem();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(String serial, String clientAddress) {
        Instant now = Instant.now();
        failures.deleteBefore(now.minus(config.window()));
        CredentialFailure failure = new CredentialFailure();
        failure.serial = serial;
        failure.clientAddress = clientAddress;
        failure.failedAt = now;
        failures.persist(failure);
        registry.counter("licenseforge.credential.failures").increment();
    }

    /** With {@code limit} failures in the window (newest first) the lock lasts until the oldest of them expires. */
    private Instant lockedUntil(List<Instant> latest, int limit) {
        return latest.size() < limit ? null : latest.get(limit - 1).plus(config.window());
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
