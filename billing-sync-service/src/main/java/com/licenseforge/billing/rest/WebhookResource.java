package com.licenseforge.billing.rest;

import com.licenseforge.billing.service.ProviderEventReader;
import com.licenseforge.billing.service.Receipt;
import com.licenseforge.billing.service.WebhookIntake;
import com.licenseforge.billing.service.WebhookSignature;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The billing provider's webhook. The body is taken as raw bytes because the signature covers exactly
 * those; it is read as JSON only once the signature holds.
 */
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
    public Response receive(@HeaderParam(WebhookSignature.HEADER) String signed, byte[] body) {
        signature.verify(signed, body);
        Receipt receipt = intake.receive(reader.read(body), body);
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(receipt).build();
    }
}
