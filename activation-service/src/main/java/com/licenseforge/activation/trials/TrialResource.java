package com.licenseforge.activation.trials;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.machines.ActivationTokens;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import java.util.UUID;

/** A product's installer starts a trial for a prospect: no credentials, one trial per product, machine and person. */
@Tag(name = "Trials", description = "Prospects start a trial of a product from its installer")
@Path("/api/v1/trials")
public class TrialResource {

    private final TrialStarts starts;
    private final ClientAddress client;
    private final ActivationTokens tokens;

    public TrialResource(TrialStarts starts, ClientAddress client, ActivationTokens tokens) {
        this.starts = starts;
        this.client = client;
        this.tokens = tokens;
    }

    /** The trial license, activated on the machine; {@code cdKey} appears in this answer only. */
    public record TrialResponse(UUID licenseId, String serial, String cdKey, UUID activationId, String token,
                                Instant expiresAt, Instant trialEndsAt, String billingRef) {
    }

    @POST
    @Operation(operationId = "startTrial", summary = "Start a trial",
            description = "Creates a trial license (`kind: TRIAL`) of its own account and organization (named `organizationName`), by the product's trial policy, and activates it on this machine. Refused when the product offers no trials, and when this machine, a machine sharing most of its reported `components`, or this contact e-mail (compared lower-case, without `+tag`, without dots at Gmail) already had the product's trial. Starts are limited per client address. The prospect's mail (the trial's start, its end coming) is in `language`, else in the language `Accept-Language` prefers, else in English. The CD key is in this answer only; `billingRef` is what the shop puts on the subscription the prospect buys, whose first paid invoice converts the trial.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TrialRequest.class),
            examples = @ExampleObject(name = "erp", value = """
                    {"productCode": "erp", "productVersion": "2.0.0", "organizationName": "Northwind Traders", "contactEmail": "jane.doe@northwind.example", "fingerprint": "host-7f3a9c1e-board-22", "components": {"cpu": "BFEBFBFF000906EA", "board": "NWT-4411", "disk": "S4EWNX0R"}, "hostname": "nw-erp-01", "language": "en"}""")))
    @APIResponse(responseCode = "201", description = "The trial, activated on this machine.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrialResponse.class),
                    examples = @ExampleObject(name = "started", value = """
                            {"licenseId": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "serial": "7KQ2M9XD4HRTW3P0", "cdKey": "K7F3Q-9XW2D-M4HRT-P8N6B-C2V5J", "activationId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "token": "eyJhbGciOiJFZERTQSJ9.e30.c2ln", "expiresAt": "2026-12-27T10:00:00Z", "trialEndsAt": "2026-12-27T10:00:00Z", "billingRef": "trial-7KQ2M9XD4HRTW3P0"}""")))
    @APIResponse(responseCode = "403", description = "The product offers no trials.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.TRIALS_DISABLED))
    @APIResponse(responseCode = "409", description = "The product's trial was used by this machine, a machine with mostly the same hardware, or this contact e-mail (`usedBy`: `machine`, `components`, `email`); or a concurrent start won.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.TRIAL_ALREADY_USED + "," + ErrorCodes.CONFLICT))
    @APIResponse(responseCode = "429", description = "Too many trial starts from this address; `Retry-After` says when to retry.",
            headers = @Header(name = "Retry-After", description = "Seconds until a start is accepted again", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.TOO_MANY_REQUESTS))
    public Response start(@NotNull @Valid TrialRequest request,
                          @Parameter(description = "Decides the language of the prospect's mail when the request names none (`en`, `de` or `zh`; English when it names none of them).")
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        TrialStarts.Started started = starts.start(request, client.get(),
                TrialLanguage.of(request.language(), acceptLanguage));
        ActivationTokens.Lease lease = started.activated().lease(tokens);
        return Response.status(Response.Status.CREATED)
                .entity(new TrialResponse(started.trial().licenseId(), started.trial().serial(), started.cdKey(),
                        started.activated().activation().id,
                        lease.token(), lease.expiresAt(), started.trial().trialEndsAt(), started.trial().billingRef()))
                .build();
    }
}
