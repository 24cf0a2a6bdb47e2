package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        String token) {

    /** The license with the status it has at {@code now}. */
    static LicenseView of(License license, String cdKey, String token, Instant now) {
        return new LicenseView(license.id, license.serial, cdKey, license.productCode, license.accountId,
                license.edition, license.modules, license.maxActivations, license.startsAt, license.expiresAt,
                license.maintenanceUntil, license.effectiveStatus(now).name(), license.kind.name(),
                license.kind == LicenseKind.TRIAL ? license.expiresAt : null, license.billingRef,
                license.createdAt, license.updatedAt, token);
    }

    static LicenseView of(License license, Instant now) {
        return of(license, null, null, now);
    }
}
