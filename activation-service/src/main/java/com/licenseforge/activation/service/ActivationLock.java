package com.licenseforge.activation.service;

import com.licenseforge.activation.domain.Activation;
import com.licenseforge.activation.domain.License;
import com.licenseforge.activation.repository.ActivationRepository;
import com.licenseforge.activation.repository.LicenseRepository;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Takes the license row lock for a change to one of its activations. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ActivationLock {

    private final ActivationRepository activations;
    private final LicenseRepository licenses;

    public ActivationLock(ActivationRepository activations, LicenseRepository licenses) {
        this.activations = activations;
        this.licenses = licenses;
    }

    public record Locked(License license, Activation activation) {
    }

    /**
     * Locks the license of the activation, then re-reads the activation: a concurrent request that changed it
     * before the lock was granted has committed by then, and its change must be seen.
     */
    public Locked lock(UUID activationId) {
        Activation activation = activations.findByIdOptional(activationId)
                .orElseThrow(() -> ProblemException.notFound("activation", activationId));
        License license = licenses.lockById(activation.licenseId).orElseThrow();
        activations.getEntityManager().refresh(activation);
        return new Locked(license, activation);
    }
}
