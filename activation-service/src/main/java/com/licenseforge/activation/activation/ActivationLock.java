package com.licenseforge.activation.activation;

import com.licenseforge.activation.credentials.CredentialThrottle;
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
    private final ActivationChecks checks;
    private final CredentialThrottle throttle;

    public ActivationLock(ActivationRepository activations, LicenseRepository licenses, ActivationChecks checks,
                          CredentialThrottle throttle) {
        this.activations = activations;
        this.licenses = licenses;
        this.checks = checks;
        this.throttle = throttle;
    }

    public record Locked(License license, Activation activation) {
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
        throttle.requireUnlocked(serial, clientAddress);
        Optional<Refusal> refusal = checks.credentials(serial, cdKey, license.orElse(null));
        if (refusal.isPresent()) {
            throw throttle.refuse(refusal.get(), serial, clientAddress);
        }
        Activation activation = found.orElseThrow();
        activations.getEntityManager().refresh(activation);
        return new Locked(license.orElseThrow(), activation);
    }
}
