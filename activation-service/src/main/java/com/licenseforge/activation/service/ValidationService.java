package com.licenseforge.activation.service;

import com.licenseforge.activation.domain.Activation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;

/** Answers machines that validate (heartbeat): a valid answer refreshes the token and the machine's last-seen time. */
@ApplicationScoped
@Transactional
public class ValidationService {

    /**
     * How fresh "last seen" is kept: within it a heartbeat writes nothing, so validating stays a read that
     * costs no commit to disk however often machines call.
     */
    static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final LicenseFactsLoader facts;
    private final ActivationChecks checks;
    private final ActivationTokens tokens;

    public ValidationService(LicenseFactsLoader facts, ActivationChecks checks, ActivationTokens tokens) {
        this.facts = facts;
        this.checks = checks;
        this.tokens = tokens;
    }

    public ValidationAnswer validate(ValidationRequest request) {
        String serial = CustomerInput.serial(request.serial());
        String fingerprintHash = CustomerInput.fingerprintHash("fingerprint", request.fingerprint());
        LicenseFacts known = facts.readForMachine(serial, fingerprintHash);
        Verdict verdict = checks.validation(fingerprintHash,
                request.productVersion() == null ? null : request.productVersion().strip(), known);
        if (!verdict.valid()) {
            return new ValidationAnswer(false, verdict.code(), verdict.detail(), null, null, null, verdict.data());
        }
        touch(verdict.activation(), known.now());
        ActivationTokens.Lease lease = tokens.mint(known.license(), verdict.activation(), known.standing(), known.now());
        return new ValidationAnswer(true, verdict.code(), verdict.detail(), lease.token(), lease.expiresAt(),
                verdict.activation().id, verdict.data());
    }

    private static void touch(Activation activation, Instant now) {
        if (activation.lastSeenAt == null || activation.lastSeenAt.isBefore(now.minus(LAST_SEEN_RESOLUTION))) {
            activation.lastSeenAt = now;
        }
    }
}
