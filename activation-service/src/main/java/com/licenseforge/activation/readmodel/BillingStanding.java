package com.licenseforge.activation.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Payment standing of a license as billing-sync last reported it: CURRENT, PAST_DUE or SUSPENDED. */
@Entity
@Table(name = "billing_standing")
public class BillingStanding {

    public static final String CURRENT = "CURRENT";
    public static final String PAST_DUE = "PAST_DUE";
    public static final String SUSPENDED = "SUSPENDED";

    @Id
    @Column(name = "license_id")
    public UUID licenseId;

    public String standing;

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
        current.standing = CURRENT;
        return current;
    }

    public boolean isPastDue() {
        return PAST_DUE.equals(standing);
    }

    public boolean isSuspended() {
        return SUSPENDED.equals(standing);
    }
}
