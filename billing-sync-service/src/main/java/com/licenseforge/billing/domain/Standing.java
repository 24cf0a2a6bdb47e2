package com.licenseforge.billing.domain;

/** Payment standing of a license, as the other services read it from {@code billing-events}. */
public enum Standing {
    CURRENT,
    PAST_DUE,
    SUSPENDED
}
