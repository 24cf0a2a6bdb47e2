package com.licenseforge.billing.standing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LicenseStandingRepository implements PanacheRepositoryBase<LicenseStanding, UUID> {

    private static final String LOCK_IF_FREE = """
            SELECT * FROM license_standing WHERE license_id = :id FOR UPDATE SKIP LOCKED""";

    /**
     * Licenses whose standing the clock alone may change: current with an open invoice past its due date, or
     * past due with the grace over. Read without locks; each is re-checked under its own lock.
     */
    private static final String DUE_FOR_REASSESSMENT = """
            SELECT s.license_id FROM license_standing s
            WHERE (s.standing = 'CURRENT' AND EXISTS (
                       SELECT 1 FROM invoice i
                       WHERE i.license_id = s.license_id AND i.status = 'OPEN' AND i.due_at <= :now))
               OR (s.standing = 'PAST_DUE' AND s.grace_ends_at <= :now)
            ORDER BY s.license_id""";

    /** Loads a license for a change, waiting for whoever else changes it. */
    public Optional<LicenseStanding> lockByLicenseId(UUID licenseId) {
        return findByIdOptional(licenseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The license billing knows by {@code billingRef}, loaded for a change like {@link #lockByLicenseId}. */
    public Optional<LicenseStanding> lockByBillingRef(String billingRef) {
        return find("billingRef", billingRef).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<LicenseStanding> findByBillingRef(String billingRef) {
        return find("billingRef", billingRef).firstResultOptional();
    }

    /** Locks the license unless another transaction holds it: that one is already deciding its standing. */
    public Optional<LicenseStanding> lockIfFree(UUID licenseId) {
        @SuppressWarnings("unchecked")
        List<LicenseStanding> locked = getEntityManager().createNativeQuery(LOCK_IF_FREE, LicenseStanding.class)
                .setParameter("id", licenseId)
                .getResultList();
        return locked.stream().findFirst();
    }

    public List<UUID> dueForReassessment(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> due = getEntityManager().createNativeQuery(DUE_FOR_REASSESSMENT, UUID.class)
                .setParameter("now", now)
                .getResultList();
        return due;
    }
}
