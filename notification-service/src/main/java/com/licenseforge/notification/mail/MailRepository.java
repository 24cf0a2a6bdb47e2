package com.licenseforge.notification.mail;

import com.licenseforge.common.http.ResultPage;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MailRepository implements PanacheRepositoryBase<Mail, UUID> {

    private static final String NEXT_DUE = """
            SELECT * FROM mail WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""";

    /**
     * The longest-waiting due mail, locked for this transaction; a mail another sender holds is skipped, so two
     * replicas never send the same mail at once, and a sender that dies leaves it to the next.
     */
    Optional<Mail> lockNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Mail> found = getEntityManager().createNativeQuery(NEXT_DUE, Mail.class)
                .setParameter("now", now).getResultList();
        return found.stream().findFirst();
    }

    ResultPage<Mail> ofLicense(UUID licenseId, int page, int size) {
        PanacheQuery<Mail> query = find("licenseId", Sort.by("createdAt").and("recipient"), licenseId)
                .page(Page.of(page, size));
        return new ResultPage<>(query.list(), query.count());
    }

    Optional<Instant> oldestPending() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("SELECT min(m.createdAt) FROM Mail m WHERE m.status = :pending", Instant.class)
                .setParameter("pending", MailStatus.PENDING).getSingleResult());
    }
}
