package com.licenseforge.activation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Answers machines that validate (heartbeat): a valid answer refreshes the token and the machine's last-seen time. */
@ApplicationScoped
@Transactional
public class ValidationService {

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
        LicenseFacts known = facts.read(serial);
        Verdict verdict = checks.validation(fingerprintHash,
                request.productVersion() == null ? null : request.productVersion().strip(), known);
        if (!verdict.valid()) {
            return new ValidationAnswer(false, verdict.code(), verdict.detail(), null, null, null, verdict.data());
        }
        verdict.activation().lastSeenAt = known.now();
        ActivationTokens.Lease lease = tokens.mint(known.license(), verdict.activation(), known.standing(), known.now());
        return new ValidationAnswer(true, verdict.code(), verdict.detail(), lease.token(), lease.expiresAt(),
                verdict.activation().id, verdict.data());
    }
}
