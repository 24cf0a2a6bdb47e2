package com.licenseforge.billing.rest;

import com.licenseforge.billing.service.BillingQueries;
import com.licenseforge.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

@Path("/api/v1/billing/licenses")
public class StandingResource {

    private final BillingQueries queries;

    public StandingResource(BillingQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{licenseId}")
    @RolesAllowed({Roles.BILLING, Roles.SUPPORT, Roles.ADMIN})
    public StandingView get(@PathParam("licenseId") UUID licenseId) {
        return queries.overview(licenseId).map(StandingView::of)
                .orElseThrow(() -> ProblemException.notFound("license", licenseId));
    }
}
