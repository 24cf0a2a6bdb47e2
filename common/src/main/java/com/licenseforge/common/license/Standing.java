package com.licenseforge.common.license;

/** Payment standing of a license, as billing-sync decides it and publishes it on {@code billing-events}. */
public enum Standing {
    CURRENT, PAST_DUE, SUSPENDED
}
