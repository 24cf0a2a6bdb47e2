package com.licenseforge.activation.machines;

import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Takes the license row lock for a change the holder of the CD key makes to one of its activations. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActivationLock {

    private final ActivationRepository activations;
    private final LicenseRepository licenses;
    private final CredentialGate gate;
    private final LicenseFactsLoader facts;
    private final ActivationChecks checks;

    public ActivationLock(ActivationRepository activations, LicenseRepository licenses, CredentialGate gate,
                          LicenseFactsLoader facts, ActivationChecks checks) {
        this.activations = activations;
        this.licenses = licenses;
        this.gate = gate;
        this.facts = facts;
        this.checks = checks;
    }

    public record Locked(License license, Activation activation) {
    }

    /** A locked activation whose license may still be used, with the facts read under the lock. */
    public record Usable(LicenseFacts facts, Activation activation) {
        public License license() {
            return facts.license();
        }
    }

    /**
     * Locks the license of the activation, then re-reads the activation: a concurrent request that changed it
     * before the lock was granted has committed by then, and its change must be seen. The CD key is checked
     * (throttled) before anything is told: an unknown id gets the answer a wrong key gets, so ids cannot be
     * probed.
     */
    public Locked lock(UUID activationId, String cdKey, String clientAddress) {
        Optional<Activation> found = activations.findByIdOptional(activationId);
        Optional<License> license = found.flatMap(a -> licenses.lockById(a.licenseId));
        String serial = license.map(l -> l.serial).orElse("activation " + activationId);
        License proven = gate.admit(serial, () -> license, new Credential.Key(cdKey), clientAddress);
        Activation activation = found.orElseThrow();
        activations.getEntityManager().refresh(activation);
        return new Locked(proven, activation);
    }

    /**
     * {@link #lock} for a change to what a machine uses (its seats, its fingerprint): a revoked, suspended or
     * expired license refuses it with the code an activation gets; past due does not, as it does not stop a
     * machine that is already activated.
     */
    public Usable lockUsable(UUID activationId, String cdKey, String clientAddress) {
        Locked locked = lock(activationId, cdKey, clientAddress);
        LicenseFacts known = facts.forMachine(locked.license(), locked.activation().fingerprintHash);
        checks.existingActivation(known).ifPresent(refusal -> {
            throw refusal.toProblem();
        });
        return new Usable(known, locked.activation());
    }
}
