package com.licenseforge.activation.readmodel;

import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.LicenseStatus;
import com.licenseforge.common.license.SalesStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The entitlement as the issuer last published it, and the organization it was bound to by its first
 * activation. Holds the CD key's keyed hash and the offline public key, never the key. The snapshot columns
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

    /**
     * What offline requests are verified with (see {@code OfflineKey}); null for a license issued before the
     * issuer published it, until its CD key is proven online.
     */
    @Column(name = "offline_public_key")
    public String offlinePublicKey;

    /** The previous format's offline verifier, sealed (see {@code OfflineVerifierSeal}); null for later licenses. */
    @Column(name = "offline_verifier_sealed")
    public String sealedOfflineVerifier;

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

    /** What sales decided; the status a customer system is answered with is {@link #effectiveStatus}. */
    @Enumerated(EnumType.STRING)
    public SalesStatus status;

    /** A trial a prospect started here, or a paid license; a trial's end is its {@link #expiresAt}. */
    @Enumerated(EnumType.STRING)
    public LicenseKind kind = LicenseKind.PAID;

    @Column(name = "bound_organization_id")
    public UUID boundOrganizationId;

    @Column(name = "bound_at")
    public Instant boundAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Node-locked (machines hold slots while activated) or floating (machines hold slots on renewed leases). */
    @Enumerated(EnumType.STRING)
    public LicenseModel model = LicenseModel.NODE_LOCKED;

    /** A floating license's heartbeat interval: each validation extends the machine's lease by it. */
    @Column(name = "heartbeat_interval_seconds")
    public Integer heartbeatIntervalSeconds;

    /** The longest a floating license's machine may borrow its lease for offline use. */
    @Column(name = "max_borrow_seconds")
    public Integer maxBorrowSeconds;

    public boolean isFloating() {
        return model == LicenseModel.FLOATING;
    }

    /** A floating license's heartbeat interval (the default when an older snapshot lacked it). */
    public Duration heartbeatInterval() {
        return heartbeatIntervalSeconds == null ? LicenseModel.DEFAULT_HEARTBEAT_INTERVAL
                : Duration.ofSeconds(heartbeatIntervalSeconds);
    }

    public Duration maxBorrow() {
        return maxBorrowSeconds == null ? LicenseModel.DEFAULT_MAX_BORROW : Duration.ofSeconds(maxBorrowSeconds);
    }

    public boolean isTrial() {
        return kind == LicenseKind.TRIAL;
    }

    public int seats(String module) {
        return modules.getOrDefault(module, 0);
    }

    /** The status a customer system is answered with (see {@link LicenseStatus#effective}). */
    public LicenseStatus effectiveStatus(BillingStanding standing, Instant now) {
        return LicenseStatus.effective(status, standing.standing, expiresAt, now);
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
