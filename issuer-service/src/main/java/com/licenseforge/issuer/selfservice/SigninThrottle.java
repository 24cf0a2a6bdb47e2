package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.throttle.CredentialLocks;
import com.licenseforge.common.throttle.FailureRecords;
import com.licenseforge.common.throttle.Lockout;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Limits sign-in attempts per browser address, so a stranger's attempts never lock the customer out: link requests
 * per address and per e-mail from that address (a known and an unknown e-mail alike, so the answer tells nothing),
 * wrong serial + CD key pairs as {@link CredentialLocks} locks wrong CD keys (only the address that failed, for the
 * serial or, after many, for all). The attempts live in the database, so every replica counts the same.
 */
@ApplicationScoped
public class SigninThrottle {

    private static final String REASON = "too many sign-in attempts from this address";

    private final SigninAttemptRepository attempts;
    private final FailureRecords linkRequests;
    private final FailureRecords credentialFailures;
    private final SelfServiceConfig.Links links;
    private final CredentialLocks locks;
    private final Clock clock;

    public SigninThrottle(SigninAttemptRepository attempts, SelfServiceConfig config, Clock clock) {
        this.attempts = attempts;
        this.linkRequests = attempts.of(SigninAttempt.Kind.LINK_REQUEST);
        this.credentialFailures = attempts.of(SigninAttempt.Kind.CREDENTIAL_FAILURE);
        this.links = config.links();
        this.locks = new CredentialLocks(config.credentials());
        this.clock = clock;
    }

    /** Counts a link request, or refuses it with 429 when the address asked too often, or too often for the e-mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkRequested(String clientAddress, String email) {
        String subject = email.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Instant since = now.minus(links.window());
        CredentialLocks.windowFull(linkRequests.latestFrom(clientAddress, since, links.perAddress()),
                        links.perAddress(), links.window())
                .or(() -> CredentialLocks.windowFull(linkRequests.latestOnFrom(subject, clientAddress, since,
                        links.perEmailFromAddress()), links.perEmailFromAddress(), links.window()))
                .ifPresent(until -> {
                    throw new Lockout(until, false).problem(Codes.TOO_MANY_REQUESTS, REASON, now);
                });
        attempts.deleteBefore(SigninAttempt.Kind.LINK_REQUEST, since);
        record(SigninAttempt.Kind.LINK_REQUEST, clientAddress, subject, now);
    }

    /** Refuses with 429 while this address is locked for the serial, whatever key it sends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireCredentialsAllowed(String clientAddress, String serial) {
        Instant now = clock.instant();
        locks.lockout(credentialFailures, serial, clientAddress, now).ifPresent(lockout -> {
            throw lockout.problem(Codes.TOO_MANY_REQUESTS, REASON, now);
        });
    }

    /** Records a wrong serial + CD key in its own transaction: it counts although the request's rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void credentialsFailed(String clientAddress, String serial) {
        Instant now = clock.instant();
        attempts.deleteBefore(SigninAttempt.Kind.CREDENTIAL_FAILURE, locks.memoryStart(now));
        record(SigninAttempt.Kind.CREDENTIAL_FAILURE, clientAddress, serial, now);
    }

    private void record(SigninAttempt.Kind kind, String clientAddress, String subject, Instant now) {
        SigninAttempt attempt = new SigninAttempt();
        attempt.kind = kind;
        attempt.clientAddress = clientAddress;
        attempt.subject = subject;
        attempt.at = now;
        attempts.persist(attempt);
    }
}
