package com.licenseforge.console.api;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The notification service: the mails about a license, and the vendor's webhook endpoints with their deliveries. */
@ApplicationScoped
public class NotificationApi {

    @TemplateData
    public record Mail(String kind, String to, String subject, String status, int attempts, Instant sentAt) {
        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    @TemplateData
    public record Endpoint(UUID id, String url, List<String> events, String description, boolean enabled,
                           Instant failingSince, Instant disabledAt, Instant createdAt, LastDelivery lastDelivery) {
    }

    @TemplateData
    public record LastDelivery(UUID id, String type, String status, int attempts, Integer lastStatusCode,
                               Instant deliveredAt, Instant createdAt) {
    }

    /** The answer to a registration: the only time the secret is seen. */
    @TemplateData
    public record RegisteredEndpoint(UUID id, String url, List<String> events, String description, String secret,
                                     Instant createdAt) {
    }

    public record NewEndpoint(String url, List<String> events, String description) {
    }

    @TemplateData
    public record Delivery(UUID id, UUID eventId, String type, String status, int attempts, Integer lastStatusCode,
                           Instant nextAttemptAt) {
    }

    private static final String ENDPOINTS = "/api/v1/webhook-endpoints";

    private final ServiceCalls calls;

    NotificationApi(ServiceCalls calls) {
        this.calls = calls;
    }

    public Listing<Mail> mails(String licenseId, Query query) {
        return calls.list(Service.NOTIFICATION, "/api/v1/licenses/" + licenseId + "/notifications", query, Mail.class);
    }

    public Listing<Endpoint> endpoints(Query query) {
        return calls.list(Service.NOTIFICATION, ENDPOINTS, query, Endpoint.class);
    }

    public Endpoint endpoint(String id) {
        return calls.get(Service.NOTIFICATION, ENDPOINTS + "/" + id, Endpoint.class);
    }

    public List<String> eventTypes() {
        return calls.getList(Service.NOTIFICATION, "/api/v1/webhook-event-types", String.class);
    }

    public RegisteredEndpoint register(NewEndpoint endpoint) {
        return calls.post(Service.NOTIFICATION, ENDPOINTS, endpoint, null, RegisteredEndpoint.class);
    }

    public void enable(String id) {
        calls.post(Service.NOTIFICATION, ENDPOINTS + "/" + id + "/enablements", null, null, Void.class);
    }

    public Listing<Delivery> deliveries(String endpointId, Query query) {
        return calls.list(Service.NOTIFICATION, ENDPOINTS + "/" + endpointId + "/deliveries", query, Delivery.class);
    }

    public void redeliver(String endpointId, String deliveryId) {
        calls.post(Service.NOTIFICATION, ENDPOINTS + "/" + endpointId + "/deliveries/" + deliveryId + "/redeliveries",
                null, null, Void.class);
    }
}
