package com.licenseforge.issuer.selfservice;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SigninAttemptRepository implements PanacheRepository<SigninAttempt> {

    /** When the latest {@code limit} attempts of {@code kind} from {@code clientAddress} since {@code since} were. */
    public List<Instant> latestFrom(SigninAttempt.Kind kind, String clientAddress, Instant since, int limit) {
        return latest("clientAddress", kind, clientAddress, since, limit);
    }

    /** When the latest {@code limit} attempts of {@code kind} for {@code subject} since {@code since} were. */
    public List<Instant> latestFor(SigninAttempt.Kind kind, String subject, Instant since, int limit) {
        return latest("subject", kind, subject, since, limit);
    }

    private List<Instant> latest(String column, SigninAttempt.Kind kind, String value, Instant since, int limit) {
        return getEntityManager().createQuery("select a.at from SigninAttempt a where a.kind = :kind and a."
                        + column + " = :value and a.at > :since order by a.at desc", Instant.class)
                .setParameter("kind", kind)
                .setParameter("value", value)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    public void deleteBefore(Instant cutoff) {
        delete("at < ?1", cutoff);
    }
}
