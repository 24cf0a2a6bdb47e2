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

    /** The audit trail is readable by sales, support and admin in the issuer, support and admin in activation. */
    public boolean isAuditor() {
        return isSales() || isSupport() || isAdmin();
    }

    public String accessToken() {
        return accessToken;
    }
}
