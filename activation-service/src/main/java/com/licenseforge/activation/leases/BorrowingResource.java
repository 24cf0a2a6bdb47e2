package com.licenseforge.activation.leases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.machines.ActivationTokens;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
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

import java.time.Instant;
import java.util.UUID;

/** A floating license's machine borrows its lease for offline use; it returns early by checking in (DELETE). */
@Tag(name = "Activations")
@Path("/api/v1/activations/{activationId}/borrowings")
public class BorrowingResource {

    private final Borrowings borrowings;
    private final MachineTokenProof proof;
    private final ActivationTokens tokens;
    private final ClientAddress client;

    public BorrowingResource(Borrowings borrowings, MachineTokenProof proof, ActivationTokens tokens,
                             ClientAddress client) {
        this.borrowings = borrowings;
        this.proof = proof;
        this.tokens = tokens;
        this.client = client;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Borrowing(UUID activationId, String token, Instant expiresAt, Instant leaseExpiresAt,
                            Instant borrowedUntil) {
    }

    @POST
    @Operation(operationId = "borrow", summary = "Borrow a floating lease for offline use",
            description = "The machine keeps its slot until `until` (at most the license's `maxBorrow` from now) and gets a token valid until then, to run offline. It is not culled before; checking in (`DELETE /api/v1/activations/{activationId}`) returns the lease early and frees the slot. Proven with the machine's activation token.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BorrowRequest.class),
            examples = @ExampleObject(name = "trip", value = """
                    {"token": "eyJhbGciOiJFZERTQSJ9.e30.c2ln", "until": "2026-12-14T18:00:00Z"}""")))
    @APIResponse(responseCode = "200", description = "Borrowed: the token is valid until the borrow ends.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Borrowing.class)))
    @APIResponse(responseCode = "400", description = "`until` is not in the future.",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.VALIDATION_FAILED))
    @APIResponse(responseCode = "401", description = "The token does not prove this activation (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "403", description = "The license is not usable now.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.SUSPENDED + "," + Codes.REVOKED + "," + Codes.EXPIRED))
    @APIResponse(responseCode = "404", description = "No such activation.")
    @APIResponse(responseCode = "409", description = "The license is node-locked, or the activation has ended (culled or checked in).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.NOT_FLOATING + "," + Codes.CULLED))
    @APIResponse(responseCode = "422", description = "`until` is further than the license's `maxBorrow`; `latestUntil` says how far.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.BORROW_TOO_LONG))
    @APIResponse(responseCode = "429", description = "Too many wrong proofs from this address; `Retry-After` says when to retry.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED))
    public Borrowing borrow(@PathParam("activationId") UUID activationId, @NotNull @Valid BorrowRequest request) {
        String serial = proof.serialOf(activationId, request.token(), client.get());
        Borrowings.Borrowed borrowed = borrowings.borrow(activationId, serial, request.until());
        ActivationTokens.Lease lease = tokens.borrowed(borrowed.license(), borrowed.activation(),
                borrowed.facts().standing(), borrowed.facts().now());
        return new Borrowing(borrowed.activation().id, lease.token(), lease.expiresAt(), lease.leaseExpiresAt(),
                borrowed.activation().borrowedUntil);
    }
}
