package com.licenseforge.activation.service;

import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.activation.domain.Activation;
import com.licenseforge.activation.domain.License;
import com.licenseforge.activation.domain.Reregistration;
import com.licenseforge.activation.repository.ReregistrationGrantRepository;
import com.licenseforge.activation.repository.ReregistrationRepository;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves an activation to a machine's new fingerprint after a hardware change. The slot, binding and seats
 * stay; each move counts against the license's allowance for any 365 days.
 */
@ApplicationScoped
@Transactional
public class ReregistrationService {

    private static final Duration YEAR = Duration.ofDays(365);

    private final ActivationLock lock;
    private final ReregistrationRepository reregistrations;
    private final LicenseFactsLoader facts;
    private final ActivationChecks checks;
    private final CredentialThrottle throttle;
    private final ActivationTokens tokens;
    private final ActivationEvents events;
    private final ActivationConfig config;
    private final ReregistrationGrantRepository grants;

    public ReregistrationService(ActivationLock lock, ReregistrationRepository reregistrations, LicenseFactsLoader facts,
                                 ActivationChecks checks, CredentialThrottle throttle, ActivationTokens tokens,
                                 ActivationEvents events, ActivationConfig config,
                                 ReregistrationGrantRepository grants) {
        this.lock = lock;
        this.reregistrations = reregistrations;
        this.facts = facts;
        this.checks = checks;
        this.throttle = throttle;
        this.tokens = tokens;
        this.events = events;
        this.config = config;
        this.grants = grants;
    }

    public record Reregistered(Activation activation, ActivationTokens.Lease lease) {
    }

    public Reregistered reregister(UUID activationId, ReregistrationRequest request, String clientAddress) {
        ActivationLock.Locked lockedActivation = lock.lock(activationId);
        License license = lockedActivation.license();
        Activation activation = lockedActivation.activation();
        throttle.requireUnlocked(license.serial, clientAddress);
        LicenseFacts locked = facts.of(license);
        Optional<Refusal> refusal = checks.existingActivation(license.serial, request.cdKey(), locked);
        if (refusal.isPresent()) {
            throw throttle.refuse(refusal.get(), license.serial, clientAddress);
        }
        if (!activation.isActive()) {
            throw ProblemException.notFound("live activation", activationId);
        }
        String newHash = CustomerInput.fingerprintHash("newFingerprint", request.newFingerprint());
        if (!newHash.equals(activation.fingerprintHash)) {
            if (locked.activeOn(newHash).isPresent()) {
                throw ProblemException.validation("newFingerprint", "is already activated for this license");
            }
            requireAllowance(license, locked.now());
            move(activation, newHash, request, locked.now());
            events.changed(ActivationEvents.ACTIVATION_REREGISTERED, license, activation);
        }
        activation.lastSeenAt = locked.now();
        return new Reregistered(activation, tokens.mint(license, activation, locked.standing(), locked.now()));
    }

    private void requireAllowance(License license, Instant now) {
        List<Reregistration> lastYear = reregistrations.since(license.id, now.minus(YEAR));
        int allowance = config.reregistrationsPerYear() + grants.extraSince(license.id, now.minus(YEAR));
        if (lastYear.size() >= allowance) {
            Instant next = lastYear.get(lastYear.size() - allowance).at.plus(YEAR);
            long seconds = Math.max(1, Duration.between(now, next).toSeconds());
            throw new ProblemException(429, Codes.REREGISTRATION_LIMIT_REACHED, "the license has used its "
                    + allowance + " re-registrations of the last 365 days; support can grant more")
                    .with("allowance", allowance)
                    .with("used", lastYear.size())
                    .with("nextAvailableAt", next)
                    .header("Retry-After", String.valueOf(seconds));
        }
    }

    private void move(Activation activation, String newHash, ReregistrationRequest request, Instant now) {
        Reregistration move = new Reregistration();
        move.id = UUID.randomUUID();
        move.activationId = activation.id;
        move.licenseId = activation.licenseId;
        move.fromFingerprintHash = activation.fingerprintHash;
        move.toFingerprintHash = newHash;
        move.at = now;
        reregistrations.persist(move);
        activation.fingerprintHash = newHash;
        if (request.components() != null) {
            activation.components = request.components();
        }
    }
}
