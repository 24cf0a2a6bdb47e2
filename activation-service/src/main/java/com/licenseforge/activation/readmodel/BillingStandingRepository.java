package com.licenseforge.activation.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class BillingStandingRepository implements PanacheRepositoryBase<BillingStanding, UUID> {

    /** The license's standing; CURRENT when billing never reported on it. */
    public BillingStanding of(UUID licenseId) {
        return findByIdOptional(licenseId).orElseGet(() -> BillingStanding.current(licenseId));
    }
}
