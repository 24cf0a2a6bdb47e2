package com.licenseforge.notification.webhooks;

import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.staff.CurrentStaff;
import com.licenseforge.common.staff.Roles;
import com.licenseforge.notification.vocabulary.Codes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Tag(name = "Webhooks", description = "Signed deliveries of the platform's events to the vendor's own systems")
@Path("/api/v1/webhook-endpoints")
public class WebhookResource {

    private final WebhookEndpoints endpoints;
    private final ListQueries lists;
    private final CurrentStaff staff;

    public WebhookResource(WebhookEndpoints endpoints, ListQueries lists, CurrentStaff staff) {
        this.endpoints = endpoints;
        this.lists = lists;
        this.staff = staff;
    }

    public record NewEndpoint(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = "\\*|[a-z]+\\.[a-z-]+",
                    message = "must be an event type such as license.issued, or *") String> events,
            @Size(max = 500) String description) {
    }

    /** The endpoint as registered, with its signing secret: shown in this answer only. */
    public record RegisteredEndpoint(UUID id, String url, List<String> events, String description, String secret,
                                     Instant createdAt) {
    }

    public record DeliveryView(UUID id, UUID eventId, String type, WebhookDelivery.Status status, int attempts,
                               Integer lastStatusCode, Instant nextAttemptAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.type, d.status, d.attempts, d.lastStatusCode, d.nextAttemptAt);
        }
    }

    /** An endpoint without its secret; {@code failingSince} and {@code disabledAt} say why it is disabled. */
    public record EndpointView(UUID id, String url, List<String> events, String description, boolean enabled,
                               Instant failingSince, Instant disabledAt, Instant createdAt, LastDelivery lastDelivery) {
        static EndpointView of(WebhookEndpoints.Listed listed) {
            WebhookEndpoint e = listed.endpoint();
            WebhookDelivery d = listed.lastDelivery();
            return new EndpointView(e.id, e.url, e.events, e.description, e.enabled, e.failingSince, e.disabledAt,
                    e.createdAt, d == null ? null : new LastDelivery(d.id, d.type, d.status, d.attempts,
                    d.lastStatusCode, d.deliveredAt, d.createdAt));
        }
    }

    /** The endpoint's newest delivery, as its outcome so far. */
    public record LastDelivery(UUID id, String type, WebhookDelivery.Status status, int attempts, Integer lastStatusCode,
                               Instant deliveredAt, Instant createdAt) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listWebhookEndpoints", summary = "The registered webhook endpoints",
            description = "Newest first, never with their secrets: URL, event types, whether enabled (a disabled one has `disabledAt` and `failingSince`: every delivery failed since then) and the newest delivery's outcome. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of endpoints.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EndpointView.class, type = SchemaType.ARRAY)))
    public RestResponse<List<EndpointView>> list(@Context UriInfo uri) {
        ListQuery query = lists.read(uri);
        return query.respond(endpoints.list(query.page(), query.size()).map(EndpointView::of));
    }

    @GET
    @Path("/{endpointId}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getWebhookEndpoint", summary = "One webhook endpoint",
            description = "As in the list, without the secret. Roles `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The endpoint.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EndpointView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint.")
    public EndpointView get(@PathParam("endpointId") UUID endpointId) {
        return EndpointView.of(endpoints.get(endpointId));
    }

    @POST
    @Path("/{endpointId}/enablements")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "enableWebhookEndpoint", summary = "Enable a disabled endpoint",
            description = "An endpoint disabled after failing every delivery for days takes events again and its pending deliveries go out; its failure clock starts afresh. Enabling an enabled endpoint changes nothing. Audited. Role `admin`.")
    @APIResponse(responseCode = "200", description = "Enabled.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EndpointView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint.")
    public EndpointView enable(@PathParam("endpointId") UUID endpointId) {
        return EndpointView.of(endpoints.enable(endpointId, staff.as(Roles.ADMIN)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerWebhookEndpoint", summary = "Register a webhook endpoint",
            description = "The vendor's system at `url` receives every event of the listed types (`*`: all) as the event envelope, POSTed with `LicenseForge-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\" with the secret>`. The secret is in this answer only. The URL must be https or http and resolve to public addresses (loopback, private, link-local and metadata addresses are refused unless the service's allow-list names them). Audited. Role `admin`.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NewEndpoint.class),
            examples = @ExampleObject(name = "crm", value = """
                    {"url": "https://crm.example.com/hooks/licenseforge", "events": ["license.issued", "license.renewed", "billing.past-due"], "description": "CRM"}""")))
    @APIResponse(responseCode = "201", description = "Registered; `Location` names the endpoint; `secret` is shown once.",
            headers = @Header(name = "Location", description = "URL of the endpoint", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisteredEndpoint.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a URL that may not be called.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.WEBHOOK_URL_REFUSED))
    public Response register(@NotNull @Valid NewEndpoint request, @Context UriInfo uri) {
        WebhookEndpoints.Registered registered = endpoints.register(request.url(), request.events(),
                request.description(), staff.as(Roles.ADMIN));
        WebhookEndpoint endpoint = registered.endpoint();
        return Response.created(uri.getAbsolutePathBuilder().path(endpoint.id.toString()).build())
                .entity(new RegisteredEndpoint(endpoint.id, endpoint.url, endpoint.events, endpoint.description,
                        registered.secret(), endpoint.createdAt))
                .build();
    }

    @GET
    @Path("/{endpointId}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listWebhookDeliveries", summary = "An endpoint's delivery log",
            description = "Newest first: the event, its status (`PENDING` until delivered or retried out, `DELIVERED`, `FAILED` after 24 h of retries), attempts, the receiver's last HTTP status and the next attempt. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `admin`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of deliveries.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such endpoint.")
    public RestResponse<List<DeliveryView>> deliveries(@PathParam("endpointId") UUID endpointId, @Context UriInfo uri) {
        ListQuery query = lists.read(uri);
        return query.respond(endpoints.deliveries(endpointId, query.page(), query.size()).map(DeliveryView::of));
    }

    @POST
    @Path("/{endpointId}/deliveries/{deliveryId}/redeliveries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "redeliverWebhook", summary = "Deliver again",
            description = "Queues the delivery again now with a fresh 24 h of retries (the receiver de-duplicates on the envelope's `eventId`); an endpoint disabled after failing is enabled again. Audited. Role `admin`.")
    @APIResponse(responseCode = "202", description = "Queued.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery.")
    public Response redeliver(@PathParam("endpointId") UUID endpointId, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(DeliveryView.of(endpoints.redeliver(endpointId, deliveryId, staff.as(Roles.ADMIN))))
                .build();
    }
}
