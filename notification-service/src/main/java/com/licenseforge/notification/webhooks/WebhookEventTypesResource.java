package com.licenseforge.notification.webhooks;

import com.licenseforge.common.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Tag(name = "Webhooks")
@Path("/api/v1/webhook-event-types")
public class WebhookEventTypesResource {

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types an endpoint can subscribe to",
            description = "Every event type delivered to endpoints that want it; `*` in an endpoint's `events` stands for all of them. Roles `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The event type names.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
    public List<String> list() {
        return WebhookEventTypes.ALL;
    }
}
