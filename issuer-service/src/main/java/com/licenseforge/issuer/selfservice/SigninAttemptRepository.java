package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.throttle.FailureRecords;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SigninAttemptRepository implements PanacheRepository<SigninAttempt> {

    /** The attempts of {@code kind} as records the throttle reads; the subject is what it calls the serial. */
    public FailureRecords of(SigninAttempt.Kind kind) {
        return new FailureRecords() {
            @Override
            public List<Instant> latestFrom(String clientAddress, Instant since, int limit) {
                return latest(kind, "a.clientAddress = :address", null, clientAddress, since, limit);
            }

            @Override
            public List<Instant> latestOnFrom(String subject, String clientAddress, Instant since, int limit) {
                return latest(kind, "a.subject = :subject and a.clientAddress = :address", subject, clientAddress,
                        since, limit);
            }

            @Override
            public int countOn(String subject, Instant since, int limit) {
                return latest(kind, "a.subject = :subject", subject, null, since, limit).size();
            }
        };
    }

    private List<Instant> latest(SigninAttempt.Kind kind, String condition, String subject, String clientAddress,
                                 Instant since, int limit) {
        var query = getEntityManager().createQuery("select a.at from SigninAttempt a where a.kind = :kind and "
                        + condition + " and a.at > :since order by a.at desc", Instant.class)
                .setParameter("kind", kind)
                .setParameter("since", since)
                .setMaxResults(limit);
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        if (clientAddress != null) {
            query.setParameter("address", clientAddress);
        }
        return query.getResultList();
    }

    public void deleteBefore(SigninAttempt.Kind kind, Instant cutoff) {
        delete("kind = ?1 and at < ?2", kind, cutoff);
    }
}
