package com.licenseforge.issuer.customers;

import com.licenseforge.common.staff.Roles;
import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.http.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Organizations across accounts, for staff who know an organization's name but not its account. */
@Tag(name = "Customers")
@Path("/api/v1/organizations")
public class OrganizationResource {

    private final CustomerDirectory directory;
    private final ListQueries lists;

    public OrganizationResource(CustomerDirectory directory, ListQueries lists) {
        this.directory = directory;
        this.lists = lists;
    }

    /** An organization with the name of its account, as a picker shows it. */
    public record OrganizationEntry(UUID id, UUID accountId, String accountName, String name, String taxId,
                                    Instant createdAt) {
        static OrganizationEntry of(CustomerDirectory.OrganizationEntry entry) {
            Organization o = entry.organization();
            return new OrganizationEntry(o.id, o.accountId, entry.accountName(), o.name, o.taxId, o.createdAt);
        }
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "searchOrganizations", summary = "Find organizations",
            description = "Organizations whose name starts with `q` (case-insensitive), of one account or of all, by account name and then name. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of matching organizations.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationEntry.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "contoso", value = """
                            [{"id": "5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21", "accountId": "0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01", "accountName": "Contoso Holding", "name": "Contoso GmbH", "taxId": "DE123456789", "createdAt": "2026-03-01T09:00:00Z"}]""")))
    public RestResponse<List<OrganizationEntry>> search(
            @Parameter(description = "Start of the organization's name, any case (1 to 100 characters).")
            @QueryParam("q") String q,
            @Parameter(description = "Only organizations of this account.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("accountId") String accountId,
            @Context UriInfo uri) {
        ListQuery query = lists.read(uri, "q", "accountId");
        return query.respond(directory.organizations(ListQuery.prefixPattern("q", q),
                QueryParameters.uuid("accountId", accountId), query.page(), query.size()).map(OrganizationEntry::of));
    }
}
