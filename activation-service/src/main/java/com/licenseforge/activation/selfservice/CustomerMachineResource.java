package com.licenseforge.activation.selfservice;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.common.customer.CurrentCustomer;
import com.licenseforge.common.customer.CustomerAuthenticated;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The customer's machines, for the customer portal: list a license's live machines, free one, free a user's seat,
 * answer an offline request file.
 * Bearer customer token on every operation; the actions are audited with the token's subject and channel portal.
 */
@Tag(name = "Customer machines", description = "The customer's own machines, for the customer portal")
@Path("/api/v1/customer")
@CustomerAuthenticated
public class CustomerMachineResource {

    private final CustomerMachines machines;
    private final MachineChanges changes;
    private final CustomerOfflineActivations offline;
    private final ClientAddress client;
    private final CurrentCustomer customer;

    public CustomerMachineResource(CustomerMachines machines, MachineChanges changes,
                                   CustomerOfflineActivations offline, ClientAddress client, CurrentCustomer customer) {
        this.machines = machines;
        this.changes = changes;
        this.offline = offline;
        this.client = client;
        this.customer = customer;
    }

    @GET
    @Path("/licenses/{id}/machines")
    @Operation(operationId = "listCustomerMachines", summary = "A license's machines",
            description = "The live machines of a license in the token's scope, the slots used, and how many machines the customer may still free within 30 days.")
    @APIResponse(responseCode = "200", description = "The machines.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MachinesView.class)))
    @APIResponse(responseCode = "401", description = "No valid customer token.")
    @APIResponse(responseCode = "404", description = "No such license within the token's scope.")
    public MachinesView list(@PathParam("id") UUID licenseId) {
        return machines.of(customer.scope(), licenseId);
    }

    @DELETE
    @Path("/activations/{activationId}")
    @Operation(operationId = "freeCustomerMachine", summary = "Free a machine",
            description = "Ends the machine's activation and frees its slot and seats. At most the product's `selfServiceDeactivations` (default 3) per license within 30 days; beyond, the vendor's support frees machines.")
    @APIResponse(responseCode = "204", description = "Freed.")
    @APIResponse(responseCode = "401", description = "No valid customer token.")
    @APIResponse(responseCode = "404", description = "No such live machine within the token's scope.")
    @APIResponse(responseCode = "409", description = "The customer freed as many machines of this license within 30 days as allowed; `nextPossibleAt` says when the next is possible.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.SELF_SERVICE_LIMIT_REACHED))
    public void free(@PathParam("activationId") UUID activationId) {
        changes.free(customer.scope(), activationId, customer.actor());
    }

    @DELETE
    @Path("/activations/{activationId}/seats/{module}/users/{user}")
    @Operation(operationId = "unassignCustomerSeat", summary = "Free a user's seat",
            description = "Frees the seat of `module` that `user` holds on the machine.")
    @APIResponse(responseCode = "204", description = "Freed.")
    @APIResponse(responseCode = "401", description = "No valid customer token.")
    @APIResponse(responseCode = "404", description = "No such live machine within the token's scope, or the user holds no seat of the module on it.")
    public void unassign(@PathParam("activationId") UUID activationId,
                         @PathParam("module") @Size(max = 40) String module,
                         @PathParam("user") @Size(max = 200) String user) {
        changes.unassign(customer.scope(), activationId, module, user, customer.actor());
    }

    @POST
    @Path("/licenses/{id}/offline-responses")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "answerCustomerOfflineRequest", summary = "Answer an offline request file",
            description = "Takes a machine's offline request file (format in OFFLINE.md) for a license in the token's scope and answers the license file for that machine, as the offline activation does: same checks, slots and refusals.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The license file for the machine (`Content-Disposition: attachment`).",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid customer token, or the request's proof does not match the license.",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.UNAUTHENTICATED + "," + Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "403", description = "The license may not be activated now, or not in this organization or version.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ORGANIZATION_NOT_IN_ACCOUNT + "," + Codes.VERSION_NOT_COVERED + "," + Codes.PAST_DUE + "," + Codes.SUSPENDED + "," + Codes.REVOKED + "," + Codes.EXPIRED))
    @APIResponse(responseCode = "404", description = "No such license within the token's scope.")
    @APIResponse(responseCode = "409", description = "As the offline activation: predates offline activation, bound elsewhere, no free slot, excess seats, an upgrade needs the original machine, or the request was spent.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.REQUEST_SPENT + "," + Codes.OFFLINE_ACTIVATION_UNAVAILABLE + "," + Codes.LICENSE_BOUND_TO_OTHER_ORGANIZATION + "," + Codes.TOO_MANY_ACTIVATIONS + "," + Codes.UPGRADE_REQUIRES_ORIGINAL_MACHINE + "," + Codes.EXCESS_SEAT_ASSIGNMENTS + "," + ErrorCodes.CONFLICT))
    @APIResponse(responseCode = "413", description = "The request file is larger than any real one (16 KiB).",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.PAYLOAD_TOO_LARGE))
    @APIResponse(responseCode = "422", description = "The license is for another product.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.PRODUCT_MISMATCH))
    @APIResponse(responseCode = "429", description = "Too many failed attempts (`Retry-After`), or a re-registration the yearly allowance no longer has.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED + "," + Codes.REREGISTRATION_LIMIT_REACHED))
    public Response offlineResponse(@PathParam("id") UUID licenseId, String file) {
        return offline.respond(customer.scope(), licenseId, file, client.get(), customer.actor()).download();
    }
}
