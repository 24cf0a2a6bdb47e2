package com.licenseforge.activation.offline;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.CountedOutcome;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * Activation for a machine without a connection: someone carries its request file here and the answer, a
 * license file holding the activation token, back to the machine. Same checks and slots as online; the CD key
 * is proven, not sent.
 */
@Tag(name = "Activations")
@Path("/api/v1/offline/activations")
public class OfflineActivationResource {

    private final OfflineResponses responses;
    private final ClientAddress client;

    public OfflineActivationResource(OfflineResponses responses, ClientAddress client) {
        this.responses = responses;
        this.client = client;
    }

    @CountedOutcome(CountedOutcome.Kind.OFFLINE_ACTIVATION)
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "activateOffline", summary = "Activate a machine offline",
            description = "Takes a request file (format in OFFLINE.md) and answers the license file for that machine; same checks and slots as online, the CD key proven rather than sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "request", value = """
                    -----BEGIN LICENSEFORGE ACTIVATION REQUEST-----
                    Serial: 7KQ2-M9XD-4HRT-W3P0
                    ...
                    -----END LICENSEFORGE ACTIVATION REQUEST-----""")))
    @APIResponse(responseCode = "200", description = "The license file for the machine (`Content-Disposition: attachment`).",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "The proof does not match the license (counted towards the lock).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "403", description = "The license may not be activated now, or not in this organization or version.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.ORGANIZATION_NOT_IN_ACCOUNT + "," + Codes.VERSION_NOT_COVERED + "," + Codes.PAST_DUE + "," + Codes.SUSPENDED + "," + Codes.REVOKED + "," + Codes.EXPIRED))
    @APIResponse(responseCode = "409", description = "The license predates offline activation, is bound elsewhere, has no free slot, has excess seat assignments, an upgrade needs the original machine, or the request file was spent on an activation that has since ended (make a new request file).",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.REQUEST_SPENT + "," + Codes.OFFLINE_ACTIVATION_UNAVAILABLE + "," + Codes.LICENSE_BOUND_TO_OTHER_ORGANIZATION + "," + Codes.TOO_MANY_ACTIVATIONS + "," + Codes.UPGRADE_REQUIRES_ORIGINAL_MACHINE + "," + Codes.EXCESS_SEAT_ASSIGNMENTS + "," + ErrorCodes.CONFLICT))
    @APIResponse(responseCode = "413", description = "The request file is larger than any real one (16 KiB).",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.PAYLOAD_TOO_LARGE))
    @APIResponse(responseCode = "422", description = "The license is for another product.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.PRODUCT_MISMATCH))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for the serial or the client address (`Retry-After` says when to retry), or a machine recognised by its components needs a re-registration the yearly allowance no longer has.",
            headers = @Header(name = "Retry-After", description = "Seconds until the lock ends", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.CREDENTIALS_LOCKED + "," + Codes.REREGISTRATION_LIMIT_REACHED))
    public Response activate(String file) {
        return responses.answer(responses.parse(file), client.get()).download();
    }
}
