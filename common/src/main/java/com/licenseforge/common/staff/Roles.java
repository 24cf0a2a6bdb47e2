package com.licenseforge.common.staff;

/** Staff roles as the IdP puts them in {@code groups}; every service names them from here. */
public final class Roles {
    public static final String SALES = "sales";
    public static final String SUPPORT = "support";
    public static final String BILLING = "billing";
    public static final String ADMIN = "admin";
    /** Reads everything staff may read (audit trails included) and changes nothing. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
