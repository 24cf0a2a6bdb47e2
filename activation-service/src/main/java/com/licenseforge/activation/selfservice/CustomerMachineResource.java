package com.licenseforge.activation.selfservice;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.common.customer.CurrentCustomer;
import com.licenseforge.common.customer.CustomerAuthenticated;
import com.licenseforge.common.openapi.ProblemResponses;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The customer's machines, for the customer portal: list a license's live machines, free one, free a user's seat.
 * Bearer customer token on every operation; the actions are audited with the token's subject and channel portal.
 */
@Tag(name = "Customer machines", description = "The customer's own machines, for the customer portal")
@Path("/api/v1/customer")
@CustomerAuthenticated
public class CustomerMachineResource {

    private final CustomerMachines machines;
    private final MachineChanges changes;
    private final CurrentCustomer customer;

    public CustomerMachineResource(CustomerMachines machines, MachineChanges changes, CurrentCustomer customer) {
        this.machines = machines;
        this.changes = changes;
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
}
