package com.licenseforge.activation.machines;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.CountedOutcome;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Customer systems activate a serial on a machine, preview that, and deactivate; authenticated by serial + CD key. */
@Tag(name = "Activations", description = "Customer systems activate, preview, re-register and deactivate with serial and CD key")
@Path("/api/v1/activations")
public class ActivationResource {

    private static final String CD_KEY_HEADER = "X-CD-Key";

    private final ActivationPreviews previews;
    private final ActivationService activations;
    private final Deactivations deactivations;
    private final ReregistrationService reregistrations;
    private final ClientAddress client;
    private final ActivationTokens tokens;
    private final OrganizationPicker organizations;

    public ActivationResource(ActivationPreviews previews, ActivationService activations, Deactivations deactivations,
                              ReregistrationService reregistrations, ClientAddress client, ActivationTokens tokens,
                              OrganizationPicker organizations) {
        this.previews = previews;
        this.activations = activations;
        this.deactivations = deactivations;
        this.reregistrations = reregistrations;
        this.client = client;
        this.tokens = tokens;
        this.organizations = organizations;
    }

    public record ActivationResponse(UUID activationId, String token, Instant expiresAt,
                                     @JsonInclude(JsonInclude.Include.NON_NULL)
                                     @Schema(description = "A floating license's machine: validate before this to keep the slot")
                                     Instant leaseExpiresAt) {

        static ActivationResponse of(UUID activationId, ActivationTokens.Lease lease) {
            return new ActivationResponse(activationId, lease.token(), lease.expiresAt(), lease.leaseExpiresAt());
        }
    }

    @POST
    @Path("/preview")
    @Operation(operationId = "previewActivation", summary = "Preview an activation",
            description = "Runs the activation checks without changing anything: what the license is, where it is bound, how many slots are used, the warnings and whether the activation would succeed (else `code` says why). Refuses only bad input and bad credentials.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ActivationRequest.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"serial": "7KQ2-M9XD-4HRT-W3P0", "cdKey": "K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J", "organizationId": "5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21", "productCode": "erp", "productVersion": "2.0.0", "fingerprint": "host-7f3a9c1e-board-22", "hostname": "erp-prod-01"}""")))
    @APIResponse(responseCode = "200", description = "What an activation would find.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivationPreview.class)))
    @APIResponse(responseCode = "401", description = "Serial and CD key do not match a license (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for the serial or the client address; `Retry-After` says when to retry.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED))
    public ActivationPreview preview(@NotNull @Valid ActivationRequest request) {
        return previews.preview(request, client.get());
    }

    @POST
    @Path("/organizations")
    @Operation(operationId = "listOrganizations", summary = "List the organizations to activate into",
            description = "The organizations of the license's account, sorted by name, for the product's organization picker: the customer chooses one by name instead of typing its id. `bound` marks the organization holding the license's binding (none before the first activation). At most " + OrganizationPicker.LIMIT + " are listed. Credentials are checked and counted as for an activation.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OrganizationsRequest.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"serial": "7KQ2-M9XD-4HRT-W3P0", "cdKey": "K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J"}""")))
    @APIResponse(responseCode = "200", description = "The organizations, sorted by name.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationChoice.class),
                    examples = @ExampleObject(name = "contoso", value = """
                            [{"id": "5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21", "name": "Contoso AG", "bound": true}, {"id": "0b7c8d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "name": "Contoso GmbH", "taxId": "DE123456789", "bound": false}]""")))
    @APIResponse(responseCode = "401", description = "Serial and CD key do not match a license (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for the serial or the client address; `Retry-After` says when to retry.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED))
    public List<OrganizationChoice> organizations(@NotNull @Valid OrganizationsRequest request) {
        return organizations.choices(request, client.get());
    }

    @CountedOutcome(CountedOutcome.Kind.ONLINE_ACTIVATION)
    /** 201 for a new activation, 200 with the same activation when the machine was already activated. */
    @POST
    @Operation(operationId = "activate", summary = "Activate a machine",
            description = "Checks credentials, license status, product, organization, binding, version coverage, upgrades, seats and slots in this order; binds the license to the organization on its first activation. The same machine again gets its activation back (200). A floating license's machine takes its slot on a lease (`leaseExpiresAt`) that each validation renews; a machine that misses it by more than the grace is culled and may activate again if a slot is free.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ActivationRequest.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"serial": "7KQ2-M9XD-4HRT-W3P0", "cdKey": "K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J", "organizationId": "5e1d2c3b-4a59-4687-9b8c-7d6e5f4a3b21", "productCode": "erp", "productVersion": "2.0.0", "fingerprint": "host-7f3a9c1e-board-22", "hostname": "erp-prod-01"}""")))
    @APIResponse(responseCode = "201", description = "Activated: a new slot is taken.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivationResponse.class)))
    @APIResponse(responseCode = "200", description = "This machine was activated already: the same activation, a fresh token.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivationResponse.class),
                    examples = @ExampleObject(name = "again", value = """
                            {"activationId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "token": "eyJhbGciOiJFZERTQSJ9.e30.c2ln", "expiresAt": "2026-12-27T10:00:00Z"}""")))
    @APIResponse(responseCode = "401", description = "Serial and CD key do not match a license (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "403", description = "The license may not be activated now, or not in this organization or version.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ORGANIZATION_NOT_IN_ACCOUNT + "," + Codes.VERSION_NOT_COVERED + "," + Codes.PAST_DUE + "," + Codes.SUSPENDED + "," + Codes.REVOKED + "," + Codes.EXPIRED))
    @APIResponse(responseCode = "409", description = "The license is bound elsewhere, has no free slot, has excess seat assignments, or an upgrade needs the original machine; or a concurrent activation won.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.LICENSE_BOUND_TO_OTHER_ORGANIZATION + "," + Codes.TOO_MANY_ACTIVATIONS + "," + Codes.UPGRADE_REQUIRES_ORIGINAL_MACHINE + "," + Codes.EXCESS_SEAT_ASSIGNMENTS + "," + ErrorCodes.CONFLICT))
    @APIResponse(responseCode = "422", description = "The license is for another product.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.PRODUCT_MISMATCH))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for the serial or the client address (`Retry-After` says when to retry), or a machine recognised by its components needs a re-registration the yearly allowance no longer has.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED + "," + Codes.REREGISTRATION_LIMIT_REACHED))
    public Response activate(@NotNull @Valid ActivationRequest request) {
        ActivationService.Activated activated = activations.activate(request, client.get());
        ActivationTokens.Lease lease = activated.lease(tokens);
        return Response.status(activated.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ActivationResponse.of(activated.activation().id, lease))
                .build();
    }

    @DELETE
    @Path("/{activationId}")
    @Operation(operationId = "deactivate", summary = "Deactivate a machine",
            description = "Frees the slot and the seats held on the machine; deactivating twice changes nothing. A floating license's machine checks in this way (returning a borrowed lease early). The CD key goes in the `X-CD-Key` header.")
    @Parameter(name = "X-CD-Key", in = ParameterIn.HEADER, required = true, description = "The license's CD key",
            example = "K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "204", description = "Deactivated (or already inactive).")
    @APIResponse(responseCode = "400", description = "The CD key header is missing.")
    @APIResponse(responseCode = "401", description = "Serial and CD key do not match a license (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "404", description = "No such activation.")
    @APIResponse(responseCode = "429", description = "Too many failed attempts for the serial or the client address; `Retry-After` says when to retry.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED))
    public Response deactivate(@PathParam("activationId") UUID activationId, @HeaderParam(CD_KEY_HEADER) String cdKey) {
        if (cdKey == null || cdKey.isBlank()) {
            throw ProblemException.validation(CD_KEY_HEADER, "the CD key header is required");
        }
        deactivations.deactivate(activationId, cdKey, client.get());
        return Response.noContent().build();
    }

    /** A changed machine keeps its activation under its new fingerprint; limited per year. */
    @POST
    @Path("/{activationId}/reregistrations")
    @Operation(operationId = "reregister", summary = "Re-register a changed machine",
            description = "The activation moves to the machine's new fingerprint and gets a fresh token; limited per year (support can grant more).")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReregistrationRequest.class),
            examples = @ExampleObject(name = "newBoard", value = """
                    {"cdKey": "K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J", "newFingerprint": "host-7f3a9c1e-board-23"}""")))
    @APIResponse(responseCode = "200", description = "Re-registered.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivationResponse.class)))
    @APIResponse(responseCode = "401", description = "Serial and CD key do not match a license (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "403", description = "The license is not usable now.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.SUSPENDED + "," + Codes.REVOKED + "," + Codes.EXPIRED))
    @APIResponse(responseCode = "404", description = "No such live activation.")
    @APIResponse(responseCode = "429", description = "The yearly re-registration allowance is used up (`nextAvailableAt`), or too many failed attempts.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.REREGISTRATION_LIMIT_REACHED + "," + Codes.CREDENTIALS_LOCKED))
    public ActivationResponse reregister(@PathParam("activationId") UUID activationId,
                                         @NotNull @Valid ReregistrationRequest request) {
        ReregistrationService.Reregistered moved = reregistrations.reregister(activationId, request, client.get());
        return ActivationResponse.of(moved.activation().id, moved.lease());
    }
}
