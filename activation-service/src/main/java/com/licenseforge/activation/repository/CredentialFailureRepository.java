package com.licenseforge.activation.repository;

import com.licenseforge.activation.domain.CredentialFailure;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CredentialFailureRepository implements PanacheRepository<CredentialFailure> {

    /** When the latest {@code limit} failures for {@code serial} since {@code since} happened, newest first. */
    public List<Instant> latestForSerial(String serial, Instant since, int limit) {
        return latest("serial", serial, since, limit);
    }

    public List<Instant> latestForAddress(String clientAddress, Instant since, int limit) {
        return latest("clientAddress", clientAddress, since, limit);
    }

    public void deleteBefore(Instant cutoff) {
        delete("failedAt < ?1", cutoff);
    }

    private List<Instant> latest(String field, String value, Instant since, int limit) {
        return getEntityManager().createQuery("select f.failedAt from CredentialFailure f where f." + field
                        + " = :value and f.failedAt > :since order by f.failedAt desc", Instant.class)
                .setParameter("value", value)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }
}
