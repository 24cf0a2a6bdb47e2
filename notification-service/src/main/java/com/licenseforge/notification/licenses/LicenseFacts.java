package com.licenseforge.notification.licenses;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LicenseFacts implements PanacheRepositoryBase<LicenseFact, UUID> {

    private static final String DUE = """
            SELECT * FROM license_fact WHERE next_reminder_at <= :now
            ORDER BY next_reminder_at LIMIT :limit FOR UPDATE SKIP LOCKED""";

    Optional<LicenseFact> lockById(UUID licenseId) {
        return findByIdOptional(licenseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Up to {@code limit} licenses with a reminder due, locked; read through the partial index on
     * {@code next_reminder_at}, so licenses that need nothing cost nothing, and rows another replica's scan holds
     * are skipped.
     */
    List<LicenseFact> lockDueForReminder(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<LicenseFact> due = getEntityManager().createNativeQuery(DUE, LicenseFact.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return due;
    }
}
