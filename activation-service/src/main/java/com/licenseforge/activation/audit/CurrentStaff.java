package com.licenseforge.activation.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.UUID;

/** The staff member behind the current request, as the audit trail records them. */
@RequestScoped
public class CurrentStaff {

    private static final int MAX_REQUEST_ID = 200;

    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    public CurrentStaff(SecurityIdentity identity, HttpHeaders headers) {
        this.identity = identity;
        this.headers = headers;
    }

    /** The caller acting in {@code role}, with the gateway's {@code X-Request-Id} or a fresh one. */
    public Actor as(String role) {
        String requestId = headers.getHeaderString("X-Request-Id");
        boolean usable = requestId != null && !requestId.isBlank() && requestId.length() <= MAX_REQUEST_ID;
        return new Actor(identity.getPrincipal().getName(), role,
                usable ? requestId.strip() : UUID.randomUUID().toString());
    }
}
