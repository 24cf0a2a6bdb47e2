package com.licenseforge.issuer.domain;

/**
 * Status of a license. Sales sets {@code ACTIVE}, {@code SUSPENDED} and {@code REVOKED}; {@code PAST_DUE},
 * suspension for non-payment and {@code EXPIRED} are derived from billing standing and expiry when read.
 */
public enum LicenseStatus {
    ACTIVE, PAST_DUE, SUSPENDED, REVOKED, EXPIRED
}
