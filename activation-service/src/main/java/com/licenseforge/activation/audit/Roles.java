package com.licenseforge.activation.audit;

/** Staff roles as the IdP puts them in {@code groups}. */
public final class Roles {
    public static final String SUPPORT = "support";
    public static final String SALES = "sales";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
