package com.licenseforge.notification.webhooks;

import com.licenseforge.common.http.ResultPage;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import com.licenseforge.notification.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registering endpoints, their delivery log and redeliveries, audited. */
@ApplicationScoped
@Transactional
public class WebhookEndpoints {

    private final WebhookRepository webhooks;
    private final EndpointGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    public WebhookEndpoints(WebhookRepository webhooks, EndpointGuard guard, AuditTrail audit, Clock clock) {
        this.webhooks = webhooks;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registered endpoint and its secret in clear, which exists only in this return value. */
    public record Registered(WebhookEndpoint endpoint, String secret) {
    }

    public Registered register(String url, List<String> events, String description, Actor actor) {
        try {
            guard.target(url);
        } catch (WebhookTarget.Refused refused) {
            throw new ProblemException(Response.Status.BAD_REQUEST, Codes.WEBHOOK_URL_REFUSED, refused.getMessage())
                    .with("field", "url");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.url = url;
        endpoint.events = events.stream().distinct().toList();
        endpoint.description = description;
        endpoint.enabled = true;
        endpoint.createdAt = clock.instant();
        String secret = WebhookSignature.newSecret();
        endpoint.sealedSecret = guard.seal(endpoint.id, secret);
        webhooks.persistEndpoint(endpoint);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("url", url);
        after.put("events", endpoint.events);
        audit.record(actor, "register webhook endpoint", AuditTarget.of("webhook-endpoint", endpoint.id.toString()),
                null, after, null);
        return new Registered(endpoint, secret);
    }

    /** An endpoint as staff see it, with its newest delivery (absent before the first event it wanted). */
    public record Listed(WebhookEndpoint endpoint, WebhookDelivery lastDelivery) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Listed> list(int page, int size) {
        ResultPage<WebhookEndpoint> found = webhooks.endpoints(page, size);
        Map<UUID, WebhookDelivery> last = new HashMap<>();
        webhooks.lastDeliveries(found.items().stream().map(e -> e.id).toList()).forEach(d -> last.put(d.endpointId, d));
        return found.map(e -> new Listed(e, last.get(e.id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listed get(UUID id) {
        WebhookEndpoint endpoint = webhooks.endpoint(id).orElseThrow(() -> ProblemException.notFound("webhook endpoint", id));
        return new Listed(endpoint, webhooks.lastDeliveries(List.of(id)).stream().findFirst().orElse(null));
    }

    /**
     * Enables an endpoint disabled after failing, with a fresh start of its failure clock; its pending deliveries
     * go out at their next attempt. Enabling an enabled endpoint changes nothing and records nothing.
     */
    public Listed enable(UUID id, Actor actor) {
        WebhookEndpoint endpoint = webhooks.lockEndpoint(id)
                .orElseThrow(() -> ProblemException.notFound("webhook endpoint", id));
        if (!endpoint.enabled) {
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("enabled", false);
            before.put("disabledAt", endpoint.disabledAt == null ? null : endpoint.disabledAt.toString());
            endpoint.enabled = true;
            endpoint.failingSince = null;
            endpoint.disabledAt = null;
            audit.record(actor, "enable webhook endpoint", AuditTarget.of("webhook-endpoint", id.toString()),
                    before, Map.of("enabled", true), null);
        }
        return new Listed(endpoint, webhooks.lastDeliveries(List.of(id)).stream().findFirst().orElse(null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<WebhookDelivery> deliveries(UUID endpoint, int page, int size) {
        webhooks.endpoint(endpoint).orElseThrow(() -> ProblemException.notFound("webhook endpoint", endpoint));
        return webhooks.deliveriesOf(endpoint, page, size);
    }

    /**
     * Queues a delivery again now, with a fresh 24 h of retries; an endpoint disabled after failing is enabled again
     * (asking for a redelivery says the receiver works).
     */
    public WebhookDelivery redeliver(UUID endpointId, UUID deliveryId, Actor actor) {
        WebhookEndpoint endpoint = webhooks.lockEndpoint(endpointId)
                .orElseThrow(() -> ProblemException.notFound("webhook endpoint", endpointId));
        WebhookDelivery delivery = webhooks.lockDelivery(endpointId, deliveryId)
                .orElseThrow(() -> ProblemException.notFound("delivery", deliveryId));
        Instant now = clock.instant();
        String before = delivery.status.name();
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.retryUntil = now.plus(Duration.ofHours(24));
        boolean enabled = endpoint.enabled;
        endpoint.enabled = true;
        endpoint.failingSince = null;
        endpoint.disabledAt = null;
        audit.record(actor, "redeliver webhook", AuditTarget.of("webhook-endpoint", endpointId.toString()),
                Map.of("delivery", deliveryId.toString(), "status", before, "endpointEnabled", enabled),
                Map.of("delivery", deliveryId.toString(), "status", "PENDING", "endpointEnabled", true), null);
        return delivery;
    }
}
