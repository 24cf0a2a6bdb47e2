package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Moves an activation to a machine's new fingerprint after a hardware change. The slot, binding and seats
 * stay; each move counts against the license's {@link ReregistrationAllowance}.
 */
@ApplicationScoped
@Transactional
public class ReregistrationService {

    private final ActivationLock lock;
    private final ReregistrationAllowance allowance;
    private final LicenseFactsLoader facts;
    private final ActivationTokens tokens;
    private final ActivationEvents events;

    public ReregistrationService(ActivationLock lock, ReregistrationAllowance allowance, LicenseFactsLoader facts,
                                 ActivationTokens tokens, ActivationEvents events) {
        this.lock = lock;
        this.allowance = allowance;
        this.facts = facts;
        this.tokens = tokens;
        this.events = events;
    }

    public record Reregistered(Activation activation, ActivationTokens.Lease lease) {
    }

    public Reregistered reregister(UUID activationId, ReregistrationRequest request, String clientAddress) {
        ActivationLock.Usable usable = lock.lockUsable(activationId, request.cdKey(), clientAddress);
        License license = usable.license();
        Activation activation = usable.activation();
        LicenseFacts locked = usable.facts();
        if (!activation.isActive()) {
            throw ProblemException.notFound("live activation", activationId);
        }
        String newHash = CustomerInput.fingerprintHash("newFingerprint", request.newFingerprint());
        if (!newHash.equals(activation.fingerprintHash)) {
            if (facts.liveOn(license, newHash).isPresent()) {
                throw ProblemException.validation("newFingerprint", "is already activated for this license");
            }
            Optional<Refusal> exhausted = allowance.exhausted(license.id, locked.now());
            if (exhausted.isPresent()) {
                throw exhausted.get().toProblem();
            }
            allowance.move(activation, newHash, request.components(), locked.now());
            events.changed(EventTypes.ACTIVATION_REREGISTERED, license, activation);
        }
        activation.lastSeenAt = locked.now();
        return new Reregistered(activation, tokens.mint(license, activation, locked.standing(), locked.now()));
    }
}
