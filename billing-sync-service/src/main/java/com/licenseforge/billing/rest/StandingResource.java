package com.licenseforge.billing.rest;

import com.licenseforge.billing.service.BillingQueries;
import com.licenseforge.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Tag(name = "Billing standing", description = "What billing knows about a license")
@Path("/api/v1/billing/licenses")
public class StandingResource {

    private final BillingQueries queries;

    public StandingResource(BillingQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{licenseId}")
    @RolesAllowed({Roles.BILLING, Roles.SUPPORT, Roles.ADMIN})
    @Operation(operationId = "getBillingStanding", summary = "Billing standing of a license",
            description = "CURRENT, PAST_DUE or SUSPENDED, since when, until when the grace runs, and the open invoices. Roles `billing`, `support`, `admin`.")
    @APIResponse(responseCode = "200", description = "The standing.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StandingView.class),
                    examples = @ExampleObject(name = "pastDue", value = """
                            {"licenseId": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "billingRef": "sub_contoso_1", "standing": "PAST_DUE", "pastDueSince": "2026-11-26T10:00:00Z", "graceEndsAt": "2026-12-10T10:00:00Z", "openInvoices": [{"invoiceId": "in_1", "amountDue": 1200, "dueAt": "2026-11-26T10:00:00Z"}]}""")))
    @APIResponse(responseCode = "404", description = "No license with this id is known here.")
    public StandingView get(@PathParam("licenseId") UUID licenseId) {
        return queries.overview(licenseId).map(StandingView::of)
                .orElseThrow(() -> ProblemException.notFound("license", licenseId));
    }
}
