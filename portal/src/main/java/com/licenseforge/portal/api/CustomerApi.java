package com.licenseforge.portal.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The services' customer endpoints, each called with the customer token of the session: the services decide which
 * account or license it reaches, the portal only shows what they answer.
 */
@ApplicationScoped
public class CustomerApi {

    public record License(UUID id, String serial, String productCode, String productName, String kind, String model,
                          String status, Instant startsAt, Instant expiresAt, Instant maintenanceUntil,
                          Map<String, Integer> modules, Integer maxActivations, String billingStanding,
                          Instant graceEndsAt) {
    }

    public record SelfService(int used, int limit, Instant nextPossibleAt) {
    }

    public record Machine(UUID activationId, String hostname, String organizationName, String productVersion,
                          Instant lastSeenAt, Instant activatedAt, String status, Instant leaseExpiresAt,
                          Map<String, List<String>> seats) {
    }

    public record Machines(UUID licenseId, int activationsUsed, Integer maxActivations, SelfService selfService,
                           List<Machine> machines) {

        public Machine machine(UUID activationId) {
            return machines.stream().filter(m -> m.activationId().equals(activationId)).findFirst()
                    .orElseThrow(() -> new ServiceProblem(404, "NOT_FOUND", "No such machine on this license."));
        }
    }

    public record Mail(UUID id, UUID licenseId, String serial, String kind, String recipient, String subject,
                       String status, Instant createdAt, Instant sentAt) {
    }

    public record Mails(List<Mail> mails, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public int next() {
            return page + 1;
        }

        public int previous() {
            return page - 1;
        }
    }

    private final ServiceCalls calls;

    CustomerApi(ServiceCalls calls) {
        this.calls = calls;
    }

    public List<License> licenses(String token) {
        return calls.readList(calls.get(Service.ISSUER, "/api/v1/customer/licenses", token).body(), License.class);
    }

    public License license(String token, UUID id) {
        return calls.read(calls.get(Service.ISSUER, "/api/v1/customer/licenses/" + id, token).body(), License.class);
    }

    public String licenseFile(String token, UUID id) {
        return calls.getText(Service.ISSUER, "/api/v1/customer/licenses/" + id + "/file", token);
    }

    public Machines machines(String token, UUID licenseId) {
        return calls.read(calls.get(Service.ACTIVATION, "/api/v1/customer/licenses/" + licenseId + "/machines", token).body(),
                Machines.class);
    }

    public void free(String token, UUID activationId) {
        calls.delete(Service.ACTIVATION, "/api/v1/customer/activations/" + activationId, token);
    }

    public void unassign(String token, UUID activationId, String module, String user) {
        calls.delete(Service.ACTIVATION, "/api/v1/customer/activations/" + activationId + "/seats/" + segment(module)
                + "/users/" + segment(user), token);
    }

    public String offlineResponse(String token, UUID licenseId, String request) {
        return calls.postText(Service.ACTIVATION, "/api/v1/customer/licenses/" + licenseId + "/offline-responses", request, token);
    }

    public Mails mails(String token, int page, int size) {
        ServiceCalls.Answer answer = calls.get(Service.NOTIFICATION, "/api/v1/customer/mails?page=" + page + "&size=" + size, token);
        List<Mail> mails = calls.readList(answer.body(), Mail.class);
        long total = answer.response().headers().firstValueAsLong("X-Total-Count").orElse(mails.size());
        return new Mails(mails, total, page, size);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
