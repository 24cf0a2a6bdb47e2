package com.licenseforge.activation.readmodel;

/** The status derived from sales' decision, billing standing and expiry (see {@link License#effectiveStatus}). */
public enum LicenseStatus {
    ACTIVE, PAST_DUE, SUSPENDED, REVOKED, EXPIRED
}
