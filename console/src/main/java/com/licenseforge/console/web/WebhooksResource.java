package com.licenseforge.console.web;

import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.NotificationApi;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.ServiceProblem;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/**
 * Admin: the vendor's webhook endpoints, registering one (its secret shown once, on the page answering the
 * registration), an endpoint's delivery log, redelivering, and enabling an endpoint disabled after failing.
 */
@Path("/admin/webhooks")
public class WebhooksResource {

    private static final int PAGE_SIZE = 25;

    private final NotificationApi notifications;
    private final Pages pages;

    WebhooksResource(NotificationApi notifications, Pages pages) {
        this.notifications = notifications;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") Integer page, @QueryParam("done") String done) {
        return pages.of(NotificationPages.webhooks(notifications.endpoints(Query.page(page, PAGE_SIZE)),
                notifications.eventTypes(), WebhookDraft.blank(), done));
    }

    /** A refusal (the URL guard's included) shows the form again as filled in, the service's reason beside the field. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response register(@RestForm String url, @RestForm List<String> events, @RestForm String description) {
        WebhookDraft draft = WebhookDraft.submitted(url, events, description);
        try {
            NotificationApi.RegisteredEndpoint registered = notifications.register(draft.request());
            return Response.ok(pages.of(NotificationPages.webhookRegistered(registered))).build();
        } catch (ServiceProblem refused) {
            if (!refused.correctable()) {
                throw refused;
            }
            Listing<NotificationApi.Endpoint> found = notifications.endpoints(Query.page(0, PAGE_SIZE));
            return Response.status(refused.status()).entity(pages.of(NotificationPages.webhooks(found,
                    notifications.eventTypes(), draft.refusedWith(refused), null))).build();
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance endpoint(@PathParam("id") String id, @QueryParam("page") Integer page,
                                     @QueryParam("done") String done) {
        String endpointId = Paths.uuid(id);
        return pages.of(NotificationPages.webhook(notifications.endpoint(endpointId),
                notifications.deliveries(endpointId, Query.page(page, PAGE_SIZE)), done));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliveries")
    @Produces(MediaType.TEXT_HTML)
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        String endpointId = Paths.uuid(id);
        notifications.redeliver(endpointId, Paths.uuid(deliveryId));
        return Response.seeOther(URI.create("/admin/webhooks/" + endpointId + "?done=redelivery+queued")).build();
    }

    @POST
    @Path("/{id}/enablements")
    @Produces(MediaType.TEXT_HTML)
    public Response enable(@PathParam("id") String id) {
        String endpointId = Paths.uuid(id);
        notifications.enable(endpointId);
        return Response.seeOther(URI.create("/admin/webhooks/" + endpointId + "?done=endpoint+enabled")).build();
    }
}
