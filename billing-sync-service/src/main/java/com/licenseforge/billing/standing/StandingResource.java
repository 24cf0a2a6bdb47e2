package com.licenseforge.billing.standing;

import com.licenseforge.billing.invoices.InvoiceView;
import com.licenseforge.common.staff.Roles;
import com.licenseforge.billing.invoices.InvoiceStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.http.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Tag(name = "Billing standing", description = "What billing knows about a license")
@Path("/api/v1/billing/licenses")
public class StandingResource {

    private final BillingQueries queries;
    private final BillingLookups lookups;
    private final ListQueries lists;

    public StandingResource(BillingQueries queries, BillingLookups lookups, ListQueries lists) {
        this.queries = queries;
        this.lookups = lookups;
        this.lists = lists;
    }

    @GET
    @RolesAllowed({Roles.BILLING, Roles.SUPPORT, Roles.SALES, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "searchBillingStandings", summary = "Find billing standings",
            description = "By billing reference (the provider's subscription) and standing, by reference; each with its open invoices. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `billing`, `support`, `sales`, `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of standings.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StandingView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "byReference", value = """
                            [{"licenseId": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "billingRef": "sub_contoso_1", "standing": "CURRENT", "openInvoices": []}]""")))
    public RestResponse<List<StandingView>> search(
            @Parameter(description = "The provider's subscription reference (exact).") @QueryParam("billingRef") String billingRef,
            @Parameter(description = "Only licenses in this standing.", schema = @Schema(enumeration = {"CURRENT", "PAST_DUE", "SUSPENDED"}))
            @QueryParam("standing") String standing,
            @Context UriInfo uri) {
        ListQuery query = lists.read(uri, "billingRef", "standing");
        return query.respond(lookups.standings(QueryParameters.text("billingRef", billingRef, 120),
                QueryParameters.oneOf("standing", standing, Standing.class), query.page(), query.size())
                .map(StandingView::of));
    }

    @GET
    @Path("/{licenseId}/invoices")
    @RolesAllowed({Roles.BILLING, Roles.SUPPORT, Roles.SALES, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listInvoices", summary = "Invoices of a license",
            description = "Open and paid invoices, the latest due date first (invoices without one last). Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `billing`, `support`, `sales`, `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of invoices.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvoiceView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "onePaid", value = """
                            [{"invoiceId": "in_2", "status": "OPEN", "amountDue": 1200, "dueAt": "2026-12-01T00:00:00Z", "updatedAt": "2026-11-01T09:00:00Z"},
                             {"invoiceId": "in_1", "status": "PAID", "amountDue": 1200, "dueAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-10-30T12:00:00Z"}]""")))
    @APIResponse(responseCode = "404", description = "No license with this id is known here.")
    public RestResponse<List<InvoiceView>> invoices(
            @PathParam("licenseId") UUID licenseId,
            @Parameter(description = "Only invoices with this status.", schema = @Schema(enumeration = {"OPEN", "PAID"}))
            @QueryParam("status") String status,
            @Context UriInfo uri) {
        ListQuery query = lists.read(uri, "status");
        return query.respond(lookups.invoices(licenseId, QueryParameters.oneOf("status", status, InvoiceStatus.class),
                        query.page(), query.size())
                .orElseThrow(() -> ProblemException.notFound("license", licenseId)).map(InvoiceView::of));
    }

    @GET
    @Path("/{licenseId}")
    @RolesAllowed({Roles.BILLING, Roles.SUPPORT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getBillingStanding", summary = "Billing standing of a license",
            description = "CURRENT, PAST_DUE or SUSPENDED, since when, until when the grace runs, and the open invoices. Roles `billing`, `support`, `admin`, `auditor`.")
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
