package com.licenseforge.billing.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookEventRepository implements PanacheRepositoryBase<WebhookEvent, String> {

    private static final String STORE = """
            INSERT INTO webhook_event (id, type, body, received_at, license_id, billing_ref)
            VALUES (:id, :type, :body, :receivedAt, :licenseId, :billingRef)
            ON CONFLICT (id) DO NOTHING""";

    /** Keeps the raw event unless its id was received before; the first delivery's body is the one kept. */
    public void storeIfNew(String id, String type, String body, Instant receivedAt, UUID licenseId, String billingRef) {
        getEntityManager().createNativeQuery(STORE)
                .setParameter("id", id)
                .setParameter("type", type)
                .setParameter("body", body)
                .setParameter("receivedAt", receivedAt)
                .setParameter("licenseId", licenseId)
                .setParameter("billingRef", billingRef)
                .executeUpdate();
    }

    /** The stored event, locked so concurrent deliveries of one id are processed one after the other. */
    public Optional<WebhookEvent> lockById(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Events parked for a license known by {@code licenseId} or {@code billingRef}, oldest first, locked. */
    public List<WebhookEvent> lockParkedFor(UUID licenseId, String billingRef) {
        Sort oldestFirst = Sort.by("receivedAt").and("id");
        return (billingRef == null
                ? find("outcome = ?1 and licenseId = ?2", oldestFirst, WebhookEvent.Outcome.PARKED, licenseId)
                : find("outcome = ?1 and (licenseId = ?2 or billingRef = ?3)", oldestFirst,
                        WebhookEvent.Outcome.PARKED, licenseId, billingRef))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
