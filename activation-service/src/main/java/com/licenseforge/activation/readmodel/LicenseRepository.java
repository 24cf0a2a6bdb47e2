package com.licenseforge.activation.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LicenseRepository implements PanacheRepositoryBase<License, UUID> {

    public Optional<License> findBySerial(String serial) {
        return find("serial", serial).firstResultOptional();
    }

    /**
     * Loads a license with {@code SELECT ... FOR UPDATE}: whatever counts its activations, seats or binding and
     * then changes them holds this lock, so concurrent requests for one license run one after the other.
     */
    public Optional<License> lockBySerial(String serial) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM license WHERE serial = :serial FOR UPDATE", License.class)
                .setParameter("serial", serial)
                .getResultStream().findFirst().map(License.class::cast);
    }

    public Optional<License> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
