package com.licenseforge.common.customer;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Requires a valid customer token on every {@link CustomerAuthenticated} endpoint. */
@Provider
@CustomerAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class CustomerAuthentication implements ContainerRequestFilter {

    private final CurrentCustomer customer;

    public CustomerAuthentication(CurrentCustomer customer) {
        this.customer = customer;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        customer.scope();
    }
}
