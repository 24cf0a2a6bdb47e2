package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.license.Standing;
import com.licenseforge.issuer.catalogue.Product;
import com.licenseforge.issuer.licenses.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A license as its customer sees it in the portal: no CD key, no billing reference, no internal state. */
public record CustomerLicenseView(
        UUID id,
        String serial,
        String productCode,
        String productName,
        @Schema(description = "TRIAL or PAID") String kind,
        @Schema(description = "NODE_LOCKED or FLOATING") String model,
        @Schema(description = "ACTIVE, PAST_DUE, SUSPENDED, REVOKED or EXPIRED") String status,
        Instant startsAt,
        Instant expiresAt,
        Instant maintenanceUntil,
        @Schema(description = "Seats per licensed module") Map<String, Integer> modules,
        int maxActivations,
        @Schema(description = "GOOD, PAST_DUE or SUSPENDED; null while billing has not reported", nullable = true,
                enumeration = {"GOOD", "PAST_DUE", "SUSPENDED"}) String billingStanding,
        @Schema(description = "While payment is overdue: when service stops unless paid; null otherwise", nullable = true)
        Instant graceEndsAt) {

    static CustomerLicenseView of(License license, Product product, Instant now) {
        return new CustomerLicenseView(license.id, license.serial, license.productCode,
                product == null ? license.productCode : product.name, license.kind.name(), license.model.name(),
                license.effectiveStatus(now).name(), license.startsAt, license.expiresAt, license.maintenanceUntil,
                license.modules, license.maxActivations, standing(license.billingStanding),
                license.graceEndsAt);
    }

    private static String standing(Standing standing) {
        if (standing == null) {
            return null;
        }
        return standing == Standing.CURRENT ? "GOOD" : standing.name();
    }
}
