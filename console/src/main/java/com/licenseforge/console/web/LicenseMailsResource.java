package com.licenseforge.console.web;

import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.NotificationApi;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.api.ServiceProblem;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The mails sent about a license, a page of its own that the license page loads into itself: so a notification
 * service that is down or slow costs the license page only this section, which then says that mails are unavailable.
 */
@Path("/licenses/{id}/mails")
public class LicenseMailsResource {

    private static final int PAGE_SIZE = 10;

    private final NotificationApi notifications;
    private final Pages pages;

    LicenseMailsResource(NotificationApi notifications, Pages pages) {
        this.notifications = notifications;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mails(@PathParam("id") String id, @QueryParam("page") Integer page) {
        String licenseId = Paths.uuid(id);
        try {
            Listing<NotificationApi.Mail> mails = notifications.mails(licenseId, Query.page(page, PAGE_SIZE));
            long failed = mails.items().stream().filter(NotificationApi.Mail::failed).count();
            return pages.of(NotificationPages.licenseMails(licenseId, mails, failed, null));
        } catch (ServiceProblem problem) {
            if (problem.status() < 500) {
                throw problem;
            }
            return pages.of(NotificationPages.licenseMails(licenseId, null, 0, problem.getMessage()));
        }
    }
}
