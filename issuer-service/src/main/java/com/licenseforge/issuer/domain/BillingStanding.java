package com.licenseforge.issuer.domain;

/** Billing standing values as billing-sync publishes them. */
public final class BillingStanding {
    public static final String CURRENT = "CURRENT";
    public static final String PAST_DUE = "PAST_DUE";
    public static final String SUSPENDED = "SUSPENDED";

    private BillingStanding() {
    }
}
