package com.licenseforge.activation.repository;

import com.licenseforge.activation.domain.Activation;
import com.licenseforge.activation.domain.ActivationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ActivationRepository implements PanacheRepositoryBase<Activation, UUID> {

    /** The activations holding the license's slots, oldest first. */
    public List<Activation> activeOf(UUID licenseId) {
        return list("licenseId = ?1 and status = ?2 order by createdAt", licenseId, ActivationStatus.ACTIVE);
    }
}
