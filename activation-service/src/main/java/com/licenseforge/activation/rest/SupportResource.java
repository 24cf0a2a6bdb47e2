package com.licenseforge.activation.rest;

import com.licenseforge.activation.service.SerialOverview;
import com.licenseforge.activation.service.SupportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Support staff look up a serial and intervene on its activations. */
@Path("/api/v1/support/serials/{serial}")
@RolesAllowed(Roles.SUPPORT)
public class SupportResource {

    private final SupportService support;
    private final CurrentStaff staff;

    public SupportResource(SupportService support, CurrentStaff staff) {
        this.support = support;
        this.staff = staff;
    }

    /** {@code transferAccount} must be true to move the license to an organization of another account. */
    public record Reassignment(@NotNull UUID toOrganizationId, Boolean transferAccount,
                               @NotBlank @Size(max = 500) String reason) {
    }

    /** Without {@code activationId} every live activation is reset. */
    public record Reset(UUID activationId, @NotBlank @Size(max = 500) String reason) {
    }

    public record AllowanceGrant(@NotNull @Min(1) @Max(100) Integer extra, @NotBlank @Size(max = 500) String reason) {
    }

    @GET
    public SerialOverview lookup(@PathParam("serial") String serial) {
        return support.lookup(serial);
    }

    /** 200 once the binding moved; 202 while a transfer to another account awaits the issuer. */
    @POST
    @Path("/reassignments")
    public RestResponse<SerialOverview> reassign(@PathParam("serial") String serial,
                                                 @NotNull @Valid Reassignment request) {
        SupportService.Reassigned done = support.reassign(serial, request.toOrganizationId(),
                Boolean.TRUE.equals(request.transferAccount()), request.reason(), staff.as(Roles.SUPPORT));
        return RestResponse.status(done.pending() ? Response.Status.ACCEPTED : Response.Status.OK, done.overview());
    }

    @POST
    @Path("/activation-resets")
    public SerialOverview reset(@PathParam("serial") String serial, @NotNull @Valid Reset request) {
        return support.resetActivations(serial, request.activationId(), request.reason(), staff.as(Roles.SUPPORT));
    }

    @POST
    @Path("/reregistration-allowances")
    public SerialOverview grant(@PathParam("serial") String serial, @NotNull @Valid AllowanceGrant request) {
        return support.grantReregistrations(serial, request.extra(), request.reason(), staff.as(Roles.SUPPORT));
    }
}
