package com.licenseforge.issuer.licenses;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LicenseRepository implements PanacheRepositoryBase<License, UUID> {

    /** Loads a license for a change, locked so concurrent changes to it are applied one after the other. */
    public Optional<License> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<License> findBySerial(String serial) {
        return find("serial", serial).firstResultOptional();
    }

    public Optional<License> findByBillingRef(String billingRef) {
        return find("billingRef", billingRef).firstResultOptional();
    }
}
