package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Limits sign-in attempts within a window: link requests per client address and per e-mail (a known and an unknown
 * address alike, so the answer tells nothing), wrong serial + CD key pairs per client address and per serial. The
 * attempts live in the database, so every replica counts the same; past a limit the answer is 429 until the oldest
 * counted attempt leaves the window.
 */
@ApplicationScoped
public class SigninThrottle {

    private final SigninAttemptRepository attempts;
    private final SelfServiceConfig config;
    private final Clock clock;

    public SigninThrottle(SigninAttemptRepository attempts, SelfServiceConfig config, Clock clock) {
        this.attempts = attempts;
        this.config = config;
        this.clock = clock;
    }

    /** Counts a link request, or refuses it with 429 when the address or the e-mail asked too often. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkRequested(String clientAddress, String email) {
        String subject = email.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        requireBelow(attempts.latestFrom(SigninAttempt.Kind.LINK_REQUEST, clientAddress, since(now),
                config.linkRequestsPerAddress()), config.linkRequestsPerAddress(), now);
        requireBelow(attempts.latestFor(SigninAttempt.Kind.LINK_REQUEST, subject, since(now),
                config.linkRequestsPerEmail()), config.linkRequestsPerEmail(), now);
        record(SigninAttempt.Kind.LINK_REQUEST, clientAddress, subject, now);
    }

    /** Refuses with 429 while the address sent too many wrong credentials, or the serial received them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireCredentialsAllowed(String clientAddress, String serial) {
        Instant now = clock.instant();
        requireBelow(attempts.latestFrom(SigninAttempt.Kind.CREDENTIAL_FAILURE, clientAddress, since(now),
                config.credentialFailuresPerAddress()), config.credentialFailuresPerAddress(), now);
        requireBelow(attempts.latestFor(SigninAttempt.Kind.CREDENTIAL_FAILURE, serial, since(now),
                config.credentialFailuresPerSerial()), config.credentialFailuresPerSerial(), now);
    }

    /** Records a wrong serial + CD key in its own transaction: it counts although the request's rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void credentialsFailed(String clientAddress, String serial) {
        record(SigninAttempt.Kind.CREDENTIAL_FAILURE, clientAddress, serial, clock.instant());
    }

    private void record(SigninAttempt.Kind kind, String clientAddress, String subject, Instant now) {
        attempts.deleteBefore(since(now));
        SigninAttempt attempt = new SigninAttempt();
        attempt.kind = kind;
        attempt.clientAddress = clientAddress;
        attempt.subject = subject;
        attempt.at = now;
        attempts.persist(attempt);
    }

    private void requireBelow(List<Instant> latest, int limit, Instant now) {
        if (latest.size() < limit) {
            return;
        }
        Instant until = latest.get(limit - 1).plus(config.window());
        long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
        throw new ProblemException(429, Codes.TOO_MANY_REQUESTS, "too many sign-in attempts; try again in "
                + seconds + " seconds")
                .with("retryAfterSeconds", seconds)
                .header("Retry-After", String.valueOf(seconds));
    }

    private Instant since(Instant now) {
        return now.minus(config.window());
    }
}
