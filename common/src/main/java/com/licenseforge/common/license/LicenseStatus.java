package com.licenseforge.common.license;

import java.time.Instant;

/** The status people, tokens and customer systems see: derived, never stored. */
public enum LicenseStatus {
    ACTIVE, PAST_DUE, SUSPENDED, REVOKED, EXPIRED;

    /**
     * Sales' revocation or suspension first, then suspension for non-payment, then expiry, then past-due: a
     * payment never lifts a suspension sales imposed, and an expiry needs no scheduled job.
     */
    public static LicenseStatus effective(SalesStatus sales, Standing standing, Instant expiresAt, Instant now) {
        if (sales == SalesStatus.REVOKED) {
            return REVOKED;
        }
        if (sales == SalesStatus.SUSPENDED || standing == Standing.SUSPENDED) {
            return SUSPENDED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return EXPIRED;
        }
        return standing == Standing.PAST_DUE ? PAST_DUE : ACTIVE;
    }
}
