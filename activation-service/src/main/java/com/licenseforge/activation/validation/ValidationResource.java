package com.licenseforge.activation.validation;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.CountedOutcome;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.openapi.ProblemResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/**
 * Machines validate (heartbeat) with serial, fingerprint and their activation token (or CD key); the answer is
 * 200 with a code, 401 for a wrong proof, 429 while the address is locked.
 */
@Tag(name = "Validations", description = "Machines check their license online")
@Path("/api/v1/validations")
public class ValidationResource {

    private final ValidationService validations;
    private final ClientAddress client;

    public ValidationResource(ValidationService validations, ClientAddress client) {
        this.validations = validations;
        this.client = client;
    }

    @CountedOutcome(CountedOutcome.Kind.VALIDATION)
    @POST
    @Operation(operationId = "validate", summary = "Validate a machine (heartbeat)",
            description = "A request proves the machine with the activation `token` it last received (or, once that lapsed, the `cdKey`): "
                    + "then 200 with `valid` and `code` saying whether the license may be used on this machine, a refreshed token and, when PAST_DUE, `graceEndsAt`. "
                    + "Without a proof only a live activation of this machine is told, without a token; anything else answers NOT_ACTIVATED. "
                    + "A wrong proof is a wrong key: 401, counted towards the address's lock.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ValidationRequest.class),
            examples = @ExampleObject(name = "heartbeat", value = """
                    {"serial": "7KQ2-M9XD-4HRT-W3P0", "fingerprint": "host-7f3a9c1e-board-22", "productVersion": "2.0.0", "token": "eyJhbGciOiJFZERTQSJ9.e30.c2ln"}""")))
    @APIResponse(responseCode = "200", description = "The verdict.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ValidationAnswer.class),
                    examples = @ExampleObject(name = "pastDue", value = """
                            {"valid": true, "code": "PAST_DUE", "detail": "payment is past due", "token": "eyJhbGciOiJFZERTQSJ9.e30.c2ln", "expiresAt": "2026-12-27T10:00:00Z", "activationId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "graceEndsAt": "2026-12-10T00:00:00Z"}""")))
    @APIResponse(responseCode = "401", description = "The token or CD key does not prove this activation (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "429", description = "Too many wrong proofs or unproven misses from this address (`Retry-After` says when to retry).",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED))
    public ValidationAnswer validate(@NotNull @Valid ValidationRequest request) {
        return validations.validate(request, client.get());
    }
}
