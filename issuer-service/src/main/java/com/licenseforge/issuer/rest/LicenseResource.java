package com.licenseforge.issuer.rest;

import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.domain.License;
import com.licenseforge.issuer.domain.LicenseStatus;
import com.licenseforge.issuer.service.IssueLicense;
import com.licenseforge.issuer.service.LicenseService;
import com.licenseforge.issuer.service.LicenseTokens;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/licenses")
public class LicenseResource {

    private final LicenseService licenses;
    private final LicenseTokens tokens;
    private final SecurityIdentity identity;

    public LicenseResource(LicenseService licenses, LicenseTokens tokens, SecurityIdentity identity) {
        this.licenses = licenses;
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.SALES)
    public Response issue(@NotNull @Valid IssueLicense request, @Context UriInfo uri) {
        LicenseService.Issued issued = licenses.issue(request, identity.getPrincipal().getName());
        License license = issued.license();
        return Response.created(uri.getAbsolutePathBuilder().path(license.id.toString()).build())
                .entity(LicenseView.of(license, issued.cdKey(), tokens.token(license))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN})
    public LicenseView get(@PathParam("id") UUID id) {
        return LicenseView.of(load(id));
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN})
    public List<LicenseView> search(@QueryParam("serial") String serial, @QueryParam("accountId") UUID accountId,
                                    @QueryParam("status") LicenseStatus status,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return licenses.search(serial, accountId, status, page, size).stream().map(LicenseView::of).toList();
    }

    @GET
    @Path("/{id}/token")
    @Produces({"application/jwt", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.ADMIN})
    public String token(@PathParam("id") UUID id) {
        return tokens.token(load(id));
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.ADMIN})
    public Response file(@PathParam("id") UUID id) {
        License license = load(id);
        return Response.ok(tokens.file(license))
                .header("Content-Disposition", "attachment; filename=\"" + license.serial + ".lic\"").build();
    }

    private License load(UUID id) {
        return licenses.find(id).orElseThrow(() -> ProblemException.notFound("license", id));
    }
}
