package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.LicenseStatus;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.issuer.vocabulary.IllegalTransition;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The entitlement: modules with seats, activation slots, validity and maintenance. Holds no CD key, only its hash. */
@Entity
@Table(name = "license")
public class License {

    @Id
    public UUID id;

    public String serial;

    @Column(name = "cd_key_hash")
    public String cdKeyHash;

    /** Verifies offline activation requests (see {@code OfflineKey}); derived from the CD key at issuance. */
    @Column(name = "offline_public_key")
    public String offlinePublicKey;

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

    /** What sales decided; the status people see is {@link #effectiveStatus}. */
    @Enumerated(EnumType.STRING)
    public SalesStatus status;

    @Column(name = "billing_ref")
    public String billingRef;

    /** Payment standing as billing-sync last reported it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "billing_standing")
    public Standing billingStanding;

    /** While payment is overdue: when billing-sync suspends the license unless it is paid; null otherwise. */
    @Column(name = "grace_ends_at")
    public Instant graceEndsAt;

    /** Node-locked or floating; chosen at issuance and never changed. */
    @Enumerated(EnumType.STRING)
    public LicenseModel model = LicenseModel.NODE_LOCKED;

    /** A floating license's heartbeat interval; null for a node-locked one. */
    @Column(name = "heartbeat_interval_seconds")
    public Integer heartbeatIntervalSeconds;

    /** The longest a floating license's machine may borrow its lease; null for a node-locked one. */
    @Column(name = "max_borrow_seconds")
    public Integer maxBorrowSeconds;
    /** A trial a prospect started, or a paid license. */
    @Enumerated(EnumType.STRING)
    public LicenseKind kind = LicenseKind.PAID;

    /** Increases with every change; consumers use it to ignore stale snapshots. */
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public void suspend() {
        transition("suspend", SalesStatus.SUSPENDED, SalesStatus.ACTIVE);
    }

    public void reinstate() {
        transition("reinstate", SalesStatus.ACTIVE, SalesStatus.SUSPENDED);
    }

    /** Final: a revoked license never becomes usable again. */
    public void revoke() {
        transition("revoke", SalesStatus.REVOKED, SalesStatus.ACTIVE, SalesStatus.SUSPENDED);
    }

    /** Refuses changes to the entitlement of a revoked license. */
    public void requireChangeable(String action) {
        if (status == SalesStatus.REVOKED) {
            throw IllegalTransition.of(action, status);
        }
    }

    private void transition(String action, SalesStatus to, SalesStatus... allowedFrom) {
        if (!List.of(allowedFrom).contains(status)) {
            throw IllegalTransition.of(action, status);
        }
        status = to;
    }

    /** The status people and tokens see (see {@link LicenseStatus#effective}). */
    public LicenseStatus effectiveStatus(Instant now) {
        return LicenseStatus.effective(status, billingStanding, expiresAt, now);
    }

    /** Makes the license floating with these resolved terms. */
    public void floating(Duration heartbeatInterval, Duration maxBorrow) {
        model = LicenseModel.FLOATING;
        heartbeatIntervalSeconds = Math.toIntExact(heartbeatInterval.toSeconds());
        maxBorrowSeconds = Math.toIntExact(maxBorrow.toSeconds());
    }

    public Duration heartbeatInterval() {
        return heartbeatIntervalSeconds == null ? null : Duration.ofSeconds(heartbeatIntervalSeconds);
    }

    public Duration maxBorrow() {
        return maxBorrowSeconds == null ? null : Duration.ofSeconds(maxBorrowSeconds);
    }

    /** The whole entitlement as the license's events carry it; {@code reason} is why it changed, if given. */
    public LicenseSnapshot snapshot(String reason) {
        return new LicenseSnapshot(id, version, serial, cdKeyHash, productCode, accountId, edition, modules,
                maxActivations, startsAt, expiresAt, maintenanceUntil, status, billingRef, reason, offlinePublicKey,
                model, heartbeatInterval(), maxBorrow(), kind);
    }
}
