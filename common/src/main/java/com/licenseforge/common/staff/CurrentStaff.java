package com.licenseforge.common.staff;

import com.licenseforge.common.observability.RequestIds;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

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

    /** The caller acting in {@code role} (the role the endpoint requires), with the request id the logs carry. */
    public Actor as(String role) {
        return new Actor(name(), role, RequestIds.acceptOrGenerate(headers.getHeaderString(RequestIds.HEADER)));
    }
}
