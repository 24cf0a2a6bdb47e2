package com.licenseforge.issuer.licenses;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TrialRepository implements PanacheRepositoryBase<Trial, UUID> {

    /** A trial loaded for a change, locked so a conversion and its end never both apply. */
    public Optional<Trial> lockByLicenseId(UUID licenseId) {
        return findByIdOptional(licenseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Running trials whose end has passed, locked; those another replica holds are skipped (it ends them), so
     * every trial is ended once.
     */
    @SuppressWarnings("unchecked")
    public List<Trial> lockRunOut(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select * from trial where status = 'RUNNING' and ends_at <= :now"
                        + " order by ends_at limit :limit for update skip locked", Trial.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
