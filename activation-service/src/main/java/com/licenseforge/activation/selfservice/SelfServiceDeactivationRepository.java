package com.licenseforge.activation.selfservice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SelfServiceDeactivationRepository implements PanacheRepositoryBase<SelfServiceDeactivation, UUID> {

    /** When the license's machines were freed by customers since {@code since}, newest first. */
    public List<Instant> since(UUID licenseId, Instant since) {
        return getEntityManager().createQuery("select d.at from SelfServiceDeactivation d"
                        + " where d.licenseId = :license and d.at > :since order by d.at desc", Instant.class)
                .setParameter("license", licenseId)
                .setParameter("since", since)
                .getResultList();
    }
}
