package com.licenseforge.activation.support;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.staff.CurrentStaff;
import com.licenseforge.common.staff.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Support staff look up a serial and intervene on its activations. */
@Tag(name = "Support", description = "Support staff look up serials and intervene")
@Path("/api/v1/support/serials/{serial}")
@RolesAllowed(Roles.SUPPORT)
public class SupportResource {

    private final SupportedSerials serials;
    private final Reassignments reassignments;
    private final ActivationResets resets;
    private final ReregistrationGrants grants;
    private final CurrentStaff staff;

    public SupportResource(SupportedSerials serials, Reassignments reassignments, ActivationResets resets,
                           ReregistrationGrants grants, CurrentStaff staff) {
        this.serials = serials;
        this.reassignments = reassignments;
        this.resets = resets;
        this.grants = grants;
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
    @RolesAllowed({Roles.SUPPORT, Roles.AUDITOR})
    @Operation(operationId = "lookUpSerial", summary = "Look up a serial",
            description = "The license as known here, its binding, activations (with ids), seats, billing standing, re-registration allowance, pending account transfer and recent history. Roles `support`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The serial's overview.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SerialOverview.class),
                    examples = @ExampleObject(name = "fresh", value = """
                            {"serial": "7KQ2M9XD4HRTW3P0", "status": "ACTIVE", "activations": []}""")))
    @APIResponse(responseCode = "400", description = "Not a well-formed serial.")
    @APIResponse(responseCode = "404", description = "No license has this serial.")
    public SerialOverview lookup(@PathParam("serial") String serial) {
        return serials.lookup(serial);
    }

    /** 200 once the binding moved; 202 while a transfer to another account awaits the issuer. */
    @POST
    @Path("/reassignments")
    @Operation(operationId = "reassignSerial", summary = "Move a license to another organization",
            description = "Within the account the binding moves at once (200) and the machines end REASSIGNED; to an organization of another account, with `transferAccount: true`, the issuer is asked first (202, `accountTransfer.status` PENDING). Role `support`; `reason` is audited.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Reassignment.class),
            examples = @ExampleObject(name = "ticket4711", value = """
                    {"toOrganizationId": "5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21", "reason": "ticket 4711: activated into Contoso GmbH by mistake"}""")))
    @APIResponse(responseCode = "200", description = "The binding moved.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SerialOverview.class)))
    @APIResponse(responseCode = "202", description = "An account transfer awaits the issuer.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SerialOverview.class)))
    @APIResponse(responseCode = "403", description = "The organization belongs to another account and `transferAccount` is not set.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ORGANIZATION_NOT_IN_ACCOUNT))
    @APIResponse(responseCode = "404", description = "No such serial or organization.")
    @APIResponse(responseCode = "409", description = "Already bound there, or a transfer is pending.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ALREADY_BOUND_TO_ORGANIZATION + "," + Codes.ACCOUNT_TRANSFER_PENDING + "," + ErrorCodes.CONFLICT))
    public RestResponse<SerialOverview> reassign(@PathParam("serial") String serial,
                                                 @NotNull @Valid Reassignment request) {
        Reassignments.Reassigned done = reassignments.reassign(serial, request.toOrganizationId(),
                Boolean.TRUE.equals(request.transferAccount()), request.reason(), staff.as(Roles.SUPPORT));
        return RestResponse.status(done.pending() ? Response.Status.ACCEPTED : Response.Status.OK, done.overview());
    }

    @POST
    @Path("/activation-resets")
    @Operation(operationId = "resetActivations", summary = "Reset activations",
            description = "Ends one live activation (`activationId`) or all of them, freeing their slots; the binding stays. Role `support`; `reason` is audited.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Reset.class),
            examples = @ExampleObject(name = "one", value = """
                    {"activationId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "reason": "ticket 5202: laptop stolen"}""")))
    @APIResponse(responseCode = "200", description = "The serial after the reset.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SerialOverview.class)))
    @APIResponse(responseCode = "404", description = "No such serial, or no such live activation of it.")
    public SerialOverview reset(@PathParam("serial") String serial, @NotNull @Valid Reset request) {
        return resets.reset(serial, request.activationId(), request.reason(), staff.as(Roles.SUPPORT));
    }

    @POST
    @Path("/reregistration-allowances")
    @Operation(operationId = "grantReregistrations", summary = "Grant extra re-registrations",
            description = "Adds re-registrations for the next 365 days. Role `support`; `reason` is audited.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AllowanceGrant.class),
            examples = @ExampleObject(name = "boardSwap", value = """
                    {"extra": 2, "reason": "ticket 5300: board swap programme"}""")))
    @APIResponse(responseCode = "200", description = "The serial with its new allowance.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SerialOverview.class)))
    @APIResponse(responseCode = "404", description = "No such serial.")
    public SerialOverview grant(@PathParam("serial") String serial, @NotNull @Valid AllowanceGrant request) {
        return grants.grant(serial, request.extra(), request.reason(), staff.as(Roles.SUPPORT));
    }
}
