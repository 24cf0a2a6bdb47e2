package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.customer.CurrentCustomer;
import com.licenseforge.common.customer.CustomerAuthenticated;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The licenses a customer token reaches, for the portal. Bearer customer token on every operation. */
@Tag(name = "Customer licenses", description = "The customer's own licenses, for the customer portal")
@Path("/api/v1/customer/licenses")
@CustomerAuthenticated
public class CustomerLicenseResource {

    private final CustomerLicenses licenses;
    private final CurrentCustomer customer;

    public CustomerLicenseResource(CustomerLicenses licenses, CurrentCustomer customer) {
        this.licenses = licenses;
        this.customer = customer;
    }

    @GET
    @Operation(operationId = "listCustomerLicenses", summary = "The customer's licenses",
            description = "All licenses of the token's account, or the token's one license, by serial.")
    @APIResponse(responseCode = "200", description = "The licenses.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CustomerLicenseView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid customer token.")
    public List<CustomerLicenseView> list() {
        return licenses.list(customer.scope());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCustomerLicense", summary = "One of the customer's licenses")
    @APIResponse(responseCode = "200", description = "The license.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerLicenseView.class)))
    @APIResponse(responseCode = "401", description = "No valid customer token.")
    @APIResponse(responseCode = "404", description = "No such license within the token's scope.")
    public CustomerLicenseView get(@PathParam("id") UUID id) {
        return licenses.one(customer.scope(), id);
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "getCustomerLicenseFile", summary = "The license file",
            description = "The armored license file for machines that are never online; the download is audited.")
    @APIResponse(responseCode = "200", description = "The license file (`Content-Disposition: attachment`).",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid customer token.")
    @APIResponse(responseCode = "404", description = "No such license within the token's scope.")
    @APIResponse(responseCode = "409", description = "The license is revoked.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.REVOKED))
    public Response file(@PathParam("id") UUID id) {
        CustomerLicenses.File file = licenses.file(customer.scope(), id, customer.actor());
        return Response.ok(file.text())
                .header("Content-Disposition", "attachment; filename=\"" + file.serial() + ".lic\"").build();
    }
}
