package com.licenseforge.activation.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The entitlement as the issuer last published it, and the organization it was bound to by its first
 * activation. Holds the CD key's keyed hash and offline verifier only, never the key. The snapshot columns
 * are written by the read-model upsert; this service changes only the binding.
 */
@Entity
@Table(name = "license")
public class License {

    @Id
    public UUID id;

    @Column(name = "snapshot_version")
    public long snapshotVersion;

    public String serial;

    @Column(name = "cd_key_hash")
    public String cdKeyHash;

    /** What offline requests are proven against; null for a license issued before the issuer published it. */
    @Column(name = "offline_verifier")
    public String offlineVerifier;

    @Column(name = "product_code")
    public String productCode;

    @Column(name = "account_id")
    public UUID accountId;

    public String edition;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> modules;

    @Column(name = "max_activations")
    public int maxActivations;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "maintenance_until")
    public Instant maintenanceUntil;

    /** What sales decided: ACTIVE, SUSPENDED or REVOKED. */
    public String status;

    @Column(name = "bound_organization_id")
    public UUID boundOrganizationId;

    @Column(name = "bound_at")
    public Instant boundAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public int seats(String module) {
        return modules.getOrDefault(module, 0);
    }

    /**
     * The status a customer system is answered with: sales' revocation or suspension first, then suspension
     * for non-payment, then expiry, then past-due.
     */
    public LicenseStatus effectiveStatus(BillingStanding standing, Instant now) {
        if ("REVOKED".equals(status)) {
            return LicenseStatus.REVOKED;
        }
        if ("SUSPENDED".equals(status) || standing.isSuspended()) {
            return LicenseStatus.SUSPENDED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return LicenseStatus.EXPIRED;
        }
        return standing.isPastDue() ? LicenseStatus.PAST_DUE : LicenseStatus.ACTIVE;
    }

    /** A covered version was released no later than the maintenance end; no maintenance end covers all. */
    public boolean covers(ProductVersion version) {
        return maintenanceUntil == null || !version.releasedAt.isAfter(maintenanceUntil);
    }

    public void bindTo(UUID organizationId, Instant now) {
        boundOrganizationId = organizationId;
        boundAt = now;
    }
}
