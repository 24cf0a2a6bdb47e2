package com.licenseforge.common.license;

/** What sales decided about a license; the only status stored, and the one {@code license.*} events carry. */
public enum SalesStatus {
    ACTIVE, SUSPENDED, REVOKED
}
