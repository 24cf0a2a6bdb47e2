package com.licenseforge.billing.standing;

import com.licenseforge.common.license.Standing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A license as billing knows it: how the provider refers to it, and its payment standing. */
@Entity
@Table(name = "license_standing")
public class LicenseStanding {

    @Id
    @Column(name = "license_id")
    public UUID licenseId;

    /** The provider's subscription reference; events name a license by it or by the license id. */
    @Column(name = "billing_ref")
    public String billingRef;

    /** Version of the newest license snapshot applied; older snapshots are ignored. */
    @Column(name = "license_version")
    public long licenseVersion;

    @Enumerated(EnumType.STRING)
    public Standing standing;

    @Column(name = "past_due_since")
    public Instant pastDueSince;

    @Column(name = "grace_ends_at")
    public Instant graceEndsAt;

    /** When the provider reported the subscription canceled; open invoices still count. */
    @Column(name = "canceled_at")
    public Instant canceledAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static LicenseStanding current(UUID licenseId, Instant now) {
        LicenseStanding standing = new LicenseStanding();
        standing.licenseId = licenseId;
        standing.standing = Standing.CURRENT;
        standing.updatedAt = now;
        return standing;
    }

    /** Takes the standing the dunning rules decided at {@code now}. */
    public void adopt(Standing decided, Instant decidedPastDueSince, Instant decidedGraceEndsAt, Instant now) {
        standing = decided;
        pastDueSince = decidedPastDueSince;
        graceEndsAt = decidedGraceEndsAt;
        updatedAt = now;
    }
}
