package com.licenseforge.activation.support;

import com.licenseforge.common.staff.Roles;
import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.openapi.ListResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** The activation slots an account's licenses use, for the account page sales and support read. */
@Tag(name = "Support")
@Path("/api/v1/support/accounts/{accountId}/activation-usage")
public class ActivationUsageResource {

    private final ActivationUsage usage;
    private final ListQueries lists;

    public ActivationUsageResource(ActivationUsage usage, ListQueries lists) {
        this.usage = usage;
        this.lists = lists;
    }

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.SALES, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listActivationUsage", summary = "Activation slots used by an account's licenses",
            description = "For each license of the account known here, by serial: live activations and the most the license allows, and the organization it is bound to. An account with no license known here has an empty list. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `support`, `sales`, `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of licenses with their activation usage.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ActivationUsage.LicenseUsage.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "oneLicense", value = """
                            [{"licenseId": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "serial": "7KQ2M9XD4HRTW3P0", "productCode": "erp", "activationsUsed": 1, "maxActivations": 2, "boundOrganizationId": "0b5e6f1c-2d3a-4b8c-9e7f-1a2b3c4d5e6f"}]""")))
    public RestResponse<List<ActivationUsage.LicenseUsage>> list(@PathParam("accountId") UUID accountId,
                                                                 @Context UriInfo uri) {
        ListQuery query = lists.read(uri);
        return query.respond(usage.ofAccount(accountId, query.page(), query.size()));
    }
}
