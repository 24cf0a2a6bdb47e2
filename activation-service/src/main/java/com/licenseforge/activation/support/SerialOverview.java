package com.licenseforge.activation.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.licenseforge.common.license.LicenseStatus;
import com.licenseforge.common.license.Standing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything support needs about a serial: the license as known here, binding, activations, seats, standing,
 * history; a floating license's machines with the end of their leases.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SerialOverview(
        String serial,
        UUID licenseId,
        String productCode,
        UUID accountId,
        String accountName,
        LicenseStatus status,
        Instant expiresAt,
        Instant maintenanceUntil,
        Map<String, Integer> modules,
        int maxActivations,
        Binding binding,
        Billing billing,
        List<ActivationView> activations,
        Reregistrations reregistrations,
        Transfer accountTransfer,
        List<HistoryEntry> history,
        String model,
        Integer heartbeatIntervalSeconds) {

    public record Binding(UUID organizationId, String organizationName, Instant boundAt) {
    }

    public record Billing(Standing standing, Instant pastDueSince, Instant graceEndsAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivationView(UUID id, UUID organizationId, String fingerprint, String productVersion,
                                 String hostname, String status, Instant createdAt, Instant lastSeenAt,
                                 Instant endedAt, Map<String, List<String>> seats, Instant leaseExpiresAt,
                                 Instant borrowedUntil) {
    }

    public record Reregistrations(int allowance, int usedLastYear) {
    }

    /** The latest move to another account: pending until the issuer confirms, then completed or refused. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transfer(UUID id, String status, UUID fromAccountId, UUID toAccountId, UUID toOrganizationId,
                           String requestedBy, Instant requestedAt, Instant decidedAt, String refusal) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(Instant at, String actor, String action, String reason) {
    }
}
