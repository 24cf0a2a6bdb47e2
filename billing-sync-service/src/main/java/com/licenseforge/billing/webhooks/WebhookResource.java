package com.licenseforge.billing.webhooks;

import com.licenseforge.billing.vocabulary.Codes;
import com.licenseforge.common.openapi.ProblemResponses;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The billing provider's webhook. The body is taken as raw bytes because the signature covers exactly
 * those; it is read as JSON only once the signature holds.
 */
@Tag(name = "Billing provider", description = "Signed webhooks from the billing provider")
@Path("/api/v1/billing/webhooks")
public class WebhookResource {

    private final WebhookSignature signature;
    private final ProviderEventReader reader;
    private final WebhookIntake intake;

    public WebhookResource(WebhookSignature signature, ProviderEventReader reader, WebhookIntake intake) {
        this.signature = signature;
        this.reader = reader;
        this.intake = intake;
    }

    /** 202 when taken (applied, parked or ignored), 200 for an event id received before. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveBillingEvent", summary = "Receive a billing provider event",
            description = "The provider's signed event (`Billing-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of t.body>`, within 5 minutes of now). The signature covers the raw body, which is read as JSON only once it holds. Rules in DUNNING.md.")
    @Parameter(name = WebhookSignature.HEADER, in = ParameterIn.HEADER, required = true,
            description = "t=<unix seconds>,v1=<hex HMAC-SHA256 over \"t.body\" with the webhook secret>",
            example = "t=1764237600,v1=5f2b0c...", schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProviderEvent.class),
            examples = @ExampleObject(name = "invoiceCreated", value = """
                    {"id": "evt_1", "type": "invoice.created", "createdAt": "2026-11-26T10:00:00Z",
                     "data": {"billingRef": "sub_contoso_1", "invoiceId": "in_1", "amountDue": 1200, "dueAt": "2026-11-26T10:00:00Z"}}""")))
    @APIResponse(responseCode = "202", description = "Taken: applied, parked until the license is known, or kept unapplied for a type not acted on.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "An event id received before: nothing changes.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "401", description = "The signature is missing, wrong or outside the replay window.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.INVALID_SIGNATURE + "," + Codes.STALE_SIGNATURE))
    public Response receive(@HeaderParam(WebhookSignature.HEADER) String signed, byte[] body) {
        signature.verify(signed, body);
        Receipt receipt = intake.receive(reader.read(body), body);
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(receipt).build();
    }
}
