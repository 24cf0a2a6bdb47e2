package com.licenseforge.notification.licenses;

import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A license as mail needs it, from the issuer's snapshots; {@code nextReminderAt} is when the scan looks at it next. */
@Entity
@Table(name = "license_fact")
public class LicenseFact {

    @Id
    @Column(name = "license_id")
    public UUID licenseId;

    public long version;

    public String serial;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "product_code")
    public String productCode;

    @Enumerated(EnumType.STRING)
    public SalesStatus status;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "maintenance_until")
    public Instant maintenanceUntil;

    @Column(name = "next_reminder_at")
    public Instant nextReminderAt;

    /** A trial is reminded of its end, not of an expiry or of maintenance. */
    @Enumerated(EnumType.STRING)
    public LicenseKind kind = LicenseKind.PAID;

    boolean isTrial() {
        return kind == LicenseKind.TRIAL;
    }
}
