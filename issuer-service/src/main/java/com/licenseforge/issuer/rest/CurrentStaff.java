package com.licenseforge.issuer.rest;

import com.licenseforge.issuer.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.UUID;

/** The staff member behind the current request, as the audit trail records them. */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    public CurrentStaff(SecurityIdentity identity, HttpHeaders headers) {
        this.identity = identity;
        this.headers = headers;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    /** The caller acting in {@code role} (the role the endpoint requires). */
    public Actor as(String role) {
        String requestId = headers.getHeaderString("X-Request-Id");
        return new Actor(name(), role,
                requestId != null && !requestId.isBlank() ? requestId : UUID.randomUUID().toString());
    }
}
