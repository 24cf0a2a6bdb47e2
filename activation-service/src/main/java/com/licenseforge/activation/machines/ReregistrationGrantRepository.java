package com.licenseforge.activation.machines;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ReregistrationGrantRepository implements PanacheRepositoryBase<ReregistrationGrant, UUID> {

    /** Extra re-registrations granted to the license since {@code since}. */
    public int extraSince(UUID licenseId, Instant since) {
        Long extra = getEntityManager().createQuery("select coalesce(sum(g.extra), 0) from ReregistrationGrant g "
                        + "where g.licenseId = :license and g.grantedAt > :since", Long.class)
                .setParameter("license", licenseId)
                .setParameter("since", since)
                .getSingleResult();
        return extra.intValue();
    }
}
