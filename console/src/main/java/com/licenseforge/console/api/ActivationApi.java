package com.licenseforge.console.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Activation's support API: a serial's overview, the changes support makes, seat previews and its audit trail. */
@ApplicationScoped
public class ActivationApi {

    /** Everything support needs about a serial. */
    @TemplateData
    public record SerialOverview(String serial, UUID licenseId, String productCode, UUID accountId, String accountName,
                                 String status, Instant expiresAt, Instant maintenanceUntil, Map<String, Integer> modules,
                                 int maxActivations, Binding binding, Billing billing, List<Activation> activations,
                                 Reregistrations reregistrations, Transfer accountTransfer, List<HistoryEntry> history,
                                 String model, Integer heartbeatIntervalSeconds) {

        public boolean floating() {
            return "FLOATING".equals(model);
        }

        public long liveActivations() {
            return activations == null ? 0 : activations.stream().filter(a -> "ACTIVE".equals(a.status())).count();
        }
    }

    @TemplateData
    public record Binding(UUID organizationId, String organizationName, Instant boundAt) {
    }

    @TemplateData
    public record Billing(String standing, Instant pastDueSince, Instant graceEndsAt) {
    }

    @TemplateData
    public record Activation(UUID id, UUID organizationId, String fingerprint, String productVersion, String hostname,
                             String status, Instant createdAt, Instant lastSeenAt, Instant endedAt,
                             Map<String, List<String>> seats, Instant leaseExpiresAt, Instant borrowedUntil) {
    }

    @TemplateData
    public record Reregistrations(int allowance, int usedLastYear) {
    }

    @TemplateData
    public record Transfer(UUID id, String status, String refusal) {
    }

    @TemplateData
    public record HistoryEntry(Instant at, String actor, String action, String reason) {
    }

    /** How many activation slots a license of an account uses. */
    public record LicenseUsage(UUID licenseId, String serial, String productCode, int activationsUsed, int maxActivations,
                               UUID boundOrganizationId) {
    }

    @TemplateData
    public record SeatChangePreview(String serial, boolean wouldExceed, List<ModulePreview> modules) {
    }

    @TemplateData
    public record ModulePreview(String module, int seats, int currentSeats, int assigned, int excess, List<String> users) {
    }

    public record Reassignment(String toOrganizationId, boolean transferAccount, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivationReset(String activationId, String reason) {
    }

    public record ReregistrationAllowance(int extra, String reason) {
    }

    private final ServiceCalls calls;

    ActivationApi(ServiceCalls calls) {
        this.calls = calls;
    }

    public SerialOverview serial(String serial) {
        return calls.get(Service.ACTIVATION, "/api/v1/support/serials/" + serial, SerialOverview.class);
    }

    public Listing<LicenseUsage> activationUsage(String accountId, Query query) {
        return calls.list(Service.ACTIVATION, "/api/v1/support/accounts/" + accountId + "/activation-usage", query,
                LicenseUsage.class);
    }

    public SeatChangePreview previewSeats(String serial, IssuerApi.ModuleSeats seats) {
        return calls.post(Service.ACTIVATION, "/api/v1/support/serials/" + serial + "/seat-change-previews", seats, null,
                SeatChangePreview.class);
    }

    /** The changes below run under the caller's request id, by which their audit entry is found afterwards. */
    public void reassign(String serial, Reassignment reassignment, String requestId) {
        calls.post(Service.ACTIVATION, "/api/v1/support/serials/" + serial + "/reassignments", reassignment, requestId, Void.class);
    }

    public void resetActivations(String serial, ActivationReset reset, String requestId) {
        calls.post(Service.ACTIVATION, "/api/v1/support/serials/" + serial + "/activation-resets", reset, requestId, Void.class);
    }

    public void grantReregistrations(String serial, ReregistrationAllowance allowance, String requestId) {
        calls.post(Service.ACTIVATION, "/api/v1/support/serials/" + serial + "/reregistration-allowances", allowance,
                requestId, Void.class);
    }

    public List<AuditEntry> audit(Query filters) {
        return calls.getList(Service.ACTIVATION, "/api/v1/audit" + filters.with("page", filters.page()).with("size", filters.size()),
                AuditEntry.class);
    }
}
