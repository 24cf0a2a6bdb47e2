package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Activates a serial on a machine under the license row lock. */
@ApplicationScoped
@Transactional
public class ActivationService {

    private final LicenseFactsLoader facts;
    private final ActivationChecks checks;
    private final CredentialThrottle throttle;
    private final CredentialGate gate;
    private final ActivationRepository activations;
    private final ActivationEvents events;
    private final FloatingLeases leases;
    private final ReregistrationAllowance reregistrations;

    public ActivationService(LicenseFactsLoader facts, ActivationChecks checks, CredentialThrottle throttle,
                             CredentialGate gate, ActivationRepository activations, ActivationEvents events,
                             FloatingLeases leases, ReregistrationAllowance reregistrations) {
        this.facts = facts;
        this.checks = checks;
        this.throttle = throttle;
        this.gate = gate;
        this.activations = activations;
        this.events = events;
        this.leases = leases;
        this.reregistrations = reregistrations;
    }

    /**
     * The activation, and what its token is minted from; {@code created} is false when the machine was already
     * activated. The token is signed after the commit, so the license row lock is not held for the signature.
     */
    public record Activated(License license, Activation activation, BillingStanding standing, Instant at,
                            boolean created) {

        public ActivationTokens.Lease lease(ActivationTokens tokens) {
            return tokens.mint(license, activation, standing, at);
        }
    }

    public Activated activate(ActivationRequest request, String clientAddress) {
        return activate(request.intent(), clientAddress, OneTimeRequest.NONE);
    }

    /**
     * Runs the check chain under the license row lock and, when it passes, binds the license to the
     * organization on its first activation and takes a slot. The same machine again gets its activation back;
     * so does a machine recognised by its components after a hardware change, re-registered in place. A
     * one-time request accepted before never makes a new activation: it gets back the live activation it
     * made, or {@code REQUEST_SPENT} once that ended (reset by support, deactivated by the customer). A
     * floating license's machine starts or renews its lease; it is never activated offline.
     */
    public Activated activate(ActivationIntent intent, String clientAddress, OneTimeRequest once) {
        facts.prefetch(intent);
        LicenseFacts locked = facts.forActivation(gate.admit(intent, () -> facts.license(intent.serial(), true), clientAddress), intent);
        Optional<Refusal> refusal = checks.activation(intent, locked);
        if (refusal.isPresent()) {
            throw throttle.refuse(refusal.get(), intent.serial(), locked.known(), clientAddress);
        }
        License license = locked.license();
        if (once != OneTimeRequest.NONE && license.isFloating()) {
            throw new ProblemException(409, Codes.OFFLINE_ACTIVATION_UNAVAILABLE, "a floating license's machines "
                    + "hold leases they renew online; activate online, and borrow the lease to run offline");
        }
        Optional<Activation> existing = locked.machineOf(intent);
        Optional<UUID> madeBefore = once.madeBefore(license);
        if (madeBefore.isPresent() && !madeBefore.equals(existing.map(a -> a.id))) {
            throw new ProblemException(409, Codes.REQUEST_SPENT, "this request was used for an activation that has "
                    + "since ended; make a new request on the machine");
        }
        if (existing.isPresent()) {
            Activation activation = existing.get();
            if (!activation.fingerprintHash.equals(intent.fingerprintHash())) {
                reregistrations.move(activation, intent.fingerprintHash(), intent.components(), locked.now());
                events.changed(EventTypes.ACTIVATION_REREGISTERED, license, activation);
            }
            activation.productVersion = intent.productVersion();
            activation.lastSeenAt = locked.now();
            leases.renew(license, activation, locked.now());
            once.made(license, activation);
            return new Activated(license, activation, locked.standing(), locked.now(), false);
        }
        if (license.boundOrganizationId == null) {
            license.bindTo(intent.organizationId(), locked.now());
        }
        Activation activation = new Activation();
        activation.id = UUID.randomUUID();
        activation.licenseId = license.id;
        activation.organizationId = intent.organizationId();
        activation.fingerprintHash = intent.fingerprintHash();
        activation.productVersion = intent.productVersion();
        activation.hostname = intent.hostname();
        activation.recordComponents(intent.components());
        activation.status = ActivationStatus.ACTIVE;
        activation.createdAt = locked.now();
        activation.lastSeenAt = locked.now();
        leases.renew(license, activation, locked.now());
        activations.persist(activation);
        once.made(license, activation);
        events.changed(EventTypes.ACTIVATION_CREATED, license, activation);
        if (!license.isTrial()) {
            endTrialOn(license.productCode, activation.fingerprintHash, locked.now());
        }
        return new Activated(license, activation, locked.standing(), locked.now(), true);
    }

    /**
     * A paid license of the product activated on a machine running its trial replaces the trial there: the trial's
     * activation ends (its slot is the trial's, not the paid license's, and no re-registration is counted).
     */
    private void endTrialOn(String productCode, String fingerprintHash, Instant now) {
        for (ActivationRepository.TrialActivation trial : activations.liveTrialsOn(productCode, fingerprintHash)) {
            trial.activation().end(ActivationStatus.CONVERTED, now);
            events.changed(EventTypes.ACTIVATION_DEACTIVATED, trial.trial(), trial.activation());
        }
    }
}
