package com.licenseforge.activation.rest;

import com.licenseforge.activation.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The staff member behind the current request, as the audit trail records them. */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;

    public CurrentStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller acting in {@code role} (the role the endpoint requires). */
    public Actor as(String role) {
        return new Actor(identity.getPrincipal().getName(), role);
    }
}
