package com.licenseforge.console.signin;

import io.quarkus.qute.TemplateData;

import java.util.Set;

/**
 * A signed-in staff member as one request sees them: the access token never reaches the browser, which holds only
 * the session id; the session itself lives in the console's database ({@link Sessions}).
 */
@TemplateData
public final class StaffSession {

    private final String id;
    private final String name;
    private final Set<String> roles;
    private final String accessToken;
    private final String csrfToken;

    StaffSession(String id, String name, Set<String> roles, String accessToken, String csrfToken) {
        this.id = id;
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.accessToken = accessToken;
        this.csrfToken = csrfToken;
    }

    String id() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCsrf() {
        return csrfToken;
    }

    public String getRoleList() {
        return String.join(", ", roles.stream().sorted().toList());
    }

    public boolean isSales() {
        return roles.contains("sales");
    }

    public boolean isSupport() {
        return roles.contains("support");
    }

    public boolean isBilling() {
        return roles.contains("billing");
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    /** Sees every page of the console and may change nothing. */
    public boolean isAuditor() {
        return roles.contains("auditor");
    }

    /** Only reads: the auditor's role and none that may act. */
    public boolean isReadOnly() {
        return isAuditor() && !isSales() && !isSupport() && !isBilling() && !isAdmin();
    }

    // The pages a role shows, the auditor seeing all of them; what a page offers to change follows the role itself.

    public boolean seesSales() {
        return isSales() || isAuditor();
    }

    public boolean seesSupport() {
        return isSupport() || isAuditor();
    }

    public boolean seesBilling() {
        return isBilling() || isAuditor();
    }

    public boolean seesAdmin() {
        return isAdmin() || isAuditor();
    }

    /** The audit trail: the issuer's is read by sales, support, admin and auditor, activation's by all but sales. */
    public boolean seesAudit() {
        return isSales() || isSupport() || isAdmin() || isAuditor();
    }

    public String accessToken() {
        return accessToken;
    }
}
