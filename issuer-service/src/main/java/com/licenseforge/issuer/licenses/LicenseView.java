package com.licenseforge.issuer.licenses;

import com.licenseforge.common.license.LicenseModel;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.licenseforge.common.license.LicenseKind;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A license as staff see it. {@code cdKey} is set only in the response that issues the license; {@code kind} is
 * {@code TRIAL} or {@code PAID}, and a trial's {@code trialEndsAt} is when it ends (or ended, once converted).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LicenseView(
        UUID id,
        String serial,
        String cdKey,
        String productCode,
        UUID accountId,
        String edition,
        Map<String, Integer> modules,
        int maxActivations,
        Instant startsAt,
        Instant expiresAt,
        Instant maintenanceUntil,
        String status,
        String kind,
        Instant trialEndsAt,
        String billingRef,
        Instant createdAt,
        Instant updatedAt,
        String token,
        @Schema(description = "NODE_LOCKED or FLOATING") String model,
        @Schema(format = "duration", example = "PT10M", description = "FLOATING: how often machines validate to keep their lease") String heartbeatInterval,
        @Schema(format = "duration", example = "P7D", description = "FLOATING: the longest borrow for offline use") String maxBorrow) {

    /** The license with the status it has at {@code now}. */
    static LicenseView of(License license, String cdKey, String token, Instant now) {
        return new LicenseView(license.id, license.serial, cdKey, license.productCode, license.accountId,
                license.edition, license.modules, license.maxActivations, license.startsAt, license.expiresAt,
                license.maintenanceUntil, license.effectiveStatus(now).name(), license.kind.name(),
                license.kind == LicenseKind.TRIAL ? license.expiresAt : null, license.billingRef,
                license.createdAt, license.updatedAt, token, license.model.name(),
                LicenseModel.text(license.heartbeatInterval()),
                LicenseModel.text(license.maxBorrow()));
    }

    static LicenseView of(License license, Instant now) {
        return of(license, null, null, now);
    }
}
