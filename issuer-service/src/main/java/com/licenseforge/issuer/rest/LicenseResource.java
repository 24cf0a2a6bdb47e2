package com.licenseforge.issuer.rest;

import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.problem.QueryParameters;
import com.licenseforge.issuer.domain.License;
import com.licenseforge.issuer.domain.LicenseStatus;
import com.licenseforge.issuer.service.IssueLicense;
import com.licenseforge.issuer.service.LicenseLifecycle;
import com.licenseforge.issuer.service.LicenseService;
import com.licenseforge.issuer.service.LicenseTokens;
import com.licenseforge.issuer.service.PlausibleInstant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/licenses")
public class LicenseResource {

    private final LicenseService licenses;
    private final LicenseLifecycle lifecycle;
    private final LicenseTokens tokens;
    private final CurrentStaff staff;

    public LicenseResource(LicenseService licenses, LicenseLifecycle lifecycle, LicenseTokens tokens,
                           CurrentStaff staff) {
        this.licenses = licenses;
        this.lifecycle = lifecycle;
        this.tokens = tokens;
        this.staff = staff;
    }

    public record Renewal(@Size(max = 40) String extendBy, @PlausibleInstant Instant expiresAt,
                          @Size(max = 500) String reason) {
    }

    public record ModulesChange(
            @NotEmpty Map<@NotBlank String, @NotNull @Min(0) @Max(1_000_000) Integer> modules,
            @Size(max = 500) String reason) {
    }

    public record StatusChange(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public Response issue(@NotNull @Valid IssueLicense request, @Context UriInfo uri) {
        LicenseService.Issued issued = licenses.issue(request, staff.as(Roles.SALES));
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
    public List<LicenseView> search(@QueryParam("serial") String serial, @QueryParam("accountId") String accountId,
                                    @QueryParam("status") String status, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return licenses.search(serial, QueryParameters.uuid("accountId", accountId),
                        QueryParameters.oneOf("status", status, LicenseStatus.class),
                        QueryParameters.integer("page", page, 0, 0, QueryParameters.MAX_PAGE),
                        QueryParameters.integer("size", size, 50, 1, 500))
                .stream().map(LicenseView::of).toList();
    }

    @POST
    @Path("/{id}/renewals")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public RestResponse<LicenseView> renew(@PathParam("id") UUID id, @NotNull @Valid Renewal request) {
        return withToken(lifecycle.renew(id, request.extendBy(), request.expiresAt(), request.reason(),
                staff.as(Roles.SALES)));
    }

    @PUT
    @Path("/{id}/modules")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public RestResponse<LicenseView> changeModules(@PathParam("id") UUID id, @NotNull @Valid ModulesChange request) {
        return withToken(lifecycle.changeModules(id, request.modules(), request.reason(), staff.as(Roles.SALES)));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public RestResponse<LicenseView> suspend(@PathParam("id") UUID id, @NotNull @Valid StatusChange request) {
        return withToken(lifecycle.suspend(id, request.reason(), staff.as(Roles.SALES)));
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public RestResponse<LicenseView> reinstate(@PathParam("id") UUID id, @NotNull @Valid StatusChange request) {
        return withToken(lifecycle.reinstate(id, request.reason(), staff.as(Roles.SALES)));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.SALES)
    @Idempotent
    public RestResponse<LicenseView> revoke(@PathParam("id") UUID id, @NotNull @Valid StatusChange request) {
        return RestResponse.ok(LicenseView.of(lifecycle.revoke(id, request.reason(), staff.as(Roles.SALES))));
    }

    @GET
    @Path("/{id}/token")
    @Produces({"application/jwt", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN})
    public String token(@PathParam("id") UUID id) {
        return tokens.token(load(id));
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN})
    public Response file(@PathParam("id") UUID id) {
        License license = load(id);
        return Response.ok(tokens.file(license))
                .header("Content-Disposition", "attachment; filename=\"" + license.serial + ".lic\"").build();
    }

    /** Every change re-mints the token: the response carries the one that reflects it. */
    private RestResponse<LicenseView> withToken(License license) {
        return RestResponse.ok(LicenseView.of(license, null, tokens.token(license)));
    }

    private License load(UUID id) {
        return licenses.find(id).orElseThrow(() -> ProblemException.notFound("license", id));
    }
}
