package com.licenseforge.notification.webhooks;

import com.licenseforge.common.http.ResultPage;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Endpoints and their deliveries. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    private static final String QUEUE = """
            INSERT INTO webhook_delivery (id, endpoint_id, event_id, type, body, status, attempts, next_attempt_at,
                                          retry_until, created_at)
            VALUES (:id, :endpoint, :event, :type, :body, 'PENDING', 0, :now, :until, :now)
            ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING""";
    private static final String DUE_ENDPOINTS = """
            SELECT DISTINCT d.endpoint_id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
            WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND e.enabled""";
    private static final String NEXT_DUE = """
            SELECT * FROM webhook_delivery WHERE endpoint_id = :endpoint AND status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""";

    /** Each endpoint's newest delivery: the outcome the endpoint list shows. */
    private static final String LAST_DELIVERIES = """
            SELECT DISTINCT ON (endpoint_id) * FROM webhook_delivery WHERE endpoint_id IN (:endpoints)
            ORDER BY endpoint_id, created_at DESC, id""";

    private final EntityManager em;

    public WebhookRepository(EntityManager em) {
        this.em = em;
    }

    List<WebhookEndpoint> enabledEndpoints() {
        return em.createQuery("FROM WebhookEndpoint WHERE enabled", WebhookEndpoint.class).getResultList();
    }

    ResultPage<WebhookEndpoint> endpoints(int page, int size) {
        List<WebhookEndpoint> found = em.createQuery("FROM WebhookEndpoint ORDER BY createdAt DESC, id", WebhookEndpoint.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("SELECT count(e) FROM WebhookEndpoint e", Long.class).getSingleResult();
        return new ResultPage<>(found, total);
    }

    @SuppressWarnings("unchecked")
    List<WebhookDelivery> lastDeliveries(List<UUID> endpoints) {
        if (endpoints.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery(LAST_DELIVERIES, WebhookDelivery.class).setParameter("endpoints", endpoints)
                .getResultList();
    }

    Optional<WebhookEndpoint> endpoint(UUID id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    Optional<WebhookEndpoint> lockEndpoint(UUID id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    void persistEndpoint(WebhookEndpoint endpoint) {
        em.persist(endpoint);
    }

    /** Queues {@code body} for {@code endpoint} unless this event is queued for it already. */
    void queue(UUID endpoint, UUID eventId, String type, String body, Instant now, Instant retryUntil) {
        em.createNativeQuery(QUEUE).setParameter("id", UUID.randomUUID()).setParameter("endpoint", endpoint)
                .setParameter("event", eventId).setParameter("type", type).setParameter("body", body)
                .setParameter("now", now).setParameter("until", retryUntil).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<UUID> endpointsWithDueDeliveries(Instant now) {
        return em.createNativeQuery(DUE_ENDPOINTS, UUID.class).setParameter("now", now).getResultList();
    }

    /** The endpoint's oldest due delivery, locked; one another sender holds is skipped. */
    Optional<WebhookDelivery> lockNextDue(UUID endpoint, Instant now) {
        @SuppressWarnings("unchecked")
        List<WebhookDelivery> found = em.createNativeQuery(NEXT_DUE, WebhookDelivery.class)
                .setParameter("endpoint", endpoint).setParameter("now", now).getResultList();
        return found.stream().findFirst();
    }

    Optional<WebhookDelivery> lockDelivery(UUID endpoint, UUID delivery) {
        return findByIdOptional(delivery, LockModeType.PESSIMISTIC_WRITE).filter(d -> d.endpointId.equals(endpoint));
    }

    ResultPage<WebhookDelivery> deliveriesOf(UUID endpoint, int page, int size) {
        PanacheQuery<WebhookDelivery> query = find("endpointId", Sort.by("createdAt").descending().and("id"), endpoint)
                .page(Page.of(page, size));
        return new ResultPage<>(query.list(), query.count());
    }
}
