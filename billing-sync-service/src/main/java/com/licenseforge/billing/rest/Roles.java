package com.licenseforge.billing.rest;

/** Staff roles as the IdP puts them in {@code groups}. */
final class Roles {
    static final String BILLING = "billing";
    static final String SUPPORT = "support";
    static final String SALES = "sales";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
