package com.licenseforge.activation.readmodel;

import com.licenseforge.common.license.Standing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Payment standing of a license as billing-sync last reported it. */
@Entity
@Table(name = "billing_standing")
public class BillingStanding {

    @Id
    @Column(name = "license_id")
    public UUID licenseId;

    @Enumerated(EnumType.STRING)
    public Standing standing;

    @Column(name = "past_due_since")
    public Instant pastDueSince;

    @Column(name = "grace_ends_at")
    public Instant graceEndsAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A license billing has said nothing about is in good standing. */
    public static BillingStanding current(UUID licenseId) {
        BillingStanding current = new BillingStanding();
        current.licenseId = licenseId;
        current.standing = Standing.CURRENT;
        return current;
    }

    /** The standing read from a row outside the ORM; a missing row ({@code standing} null) is {@link #current}. */
    public static BillingStanding of(UUID licenseId, String standing, Instant pastDueSince, Instant graceEndsAt,
                                     Instant updatedAt) {
        if (standing == null) {
            return current(licenseId);
        }
        BillingStanding read = new BillingStanding();
        read.licenseId = licenseId;
        read.standing = Standing.valueOf(standing);
        read.pastDueSince = pastDueSince;
        read.graceEndsAt = graceEndsAt;
        read.updatedAt = updatedAt;
        return read;
    }

    public boolean isPastDue() {
        return standing == Standing.PAST_DUE;
    }

    public boolean isSuspended() {
        return standing == Standing.SUSPENDED;
    }
}
