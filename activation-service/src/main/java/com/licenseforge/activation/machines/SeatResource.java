package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.openapi.ProblemResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Customer systems report which users hold a module's seats on an activated machine. */
@Tag(name = "Activations")
@Path("/api/v1/activations/{activationId}/seats/{module}")
public class SeatResource {

    private final SeatService seats;
    private final ClientAddress client;

    public SeatResource(SeatService seats, ClientAddress client) {
        this.seats = seats;
        this.client = client;
    }

    @PUT
    @Operation(operationId = "assignSeats", summary = "Report a module's seat holders",
            description = "Replaces the users holding the module's seats on this machine; more users than seats is refused, fewer is always accepted. A revoked, suspended or expired license takes no assignment.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SeatRequest.class),
            examples = @ExampleObject(name = "finance", value = """
                    {"cdKey": "K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J", "users": ["alice", "bob"]}""")))
    @APIResponse(responseCode = "200", description = "The module's seats and how many are assigned.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SeatService.Seats.class),
                    examples = @ExampleObject(name = "finance", value = """
                            {"module": "finance", "seats": 10, "assigned": 2}""")))
    @APIResponse(responseCode = "401", description = "Serial and CD key do not match a license (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "403", description = "The license is not usable now.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.SUSPENDED + "," + Codes.REVOKED + "," + Codes.EXPIRED))
    @APIResponse(responseCode = "404", description = "No such live activation.")
    @APIResponse(responseCode = "409", description = "More users than seats; `excess` lists them.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.EXCESS_SEAT_ASSIGNMENTS))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for the serial or the client address; `Retry-After` says when to retry.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED))
    public SeatService.Seats assign(@PathParam("activationId") UUID activationId,
                                    @PathParam("module") @Size(max = 100) String module,
                                    @NotNull @Valid SeatRequest request) {
        return seats.assign(activationId, module, request, client.get());
    }
}
