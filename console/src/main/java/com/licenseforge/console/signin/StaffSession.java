package com.licenseforge.console.signin;

import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.util.Set;

/**
 * A signed-in staff member, kept on the server: the access token never reaches the browser, which holds only
 * the session id. Ends after {@code idle} without a request or at {@code endsAt}, whichever comes first.
 */
@TemplateData
public final class StaffSession {

    private final String id;
    private final String name;
    private final Set<String> roles;
    private final String accessToken;
    private final String csrfToken;
    private final Instant endsAt;
    private volatile Instant lastSeen;

    StaffSession(String id, String name, Set<String> roles, String accessToken, String csrfToken, Instant endsAt,
                 Instant now) {
        this.id = id;
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.accessToken = accessToken;
        this.csrfToken = csrfToken;
        this.endsAt = endsAt;
        this.lastSeen = now;
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

    boolean liveAt(Instant now, java.time.Duration idle) {
        return now.isBefore(endsAt) && now.isBefore(lastSeen.plus(idle));
    }

    void touch(Instant now) {
        lastSeen = now;
    }
}
