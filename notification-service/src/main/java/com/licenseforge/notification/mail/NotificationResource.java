package com.licenseforge.notification.mail;

import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Tag(name = "Notifications", description = "Mail to the licensee")
@Path("/api/v1/licenses/{licenseId}/notifications")
public class NotificationResource {

    private final MailRepository mails;
    private final ListQueries lists;

    public NotificationResource(MailRepository mails, ListQueries lists) {
        this.mails = mails;
        this.lists = lists;
    }

    /** A mail as staff see it: never its body (the CD key of LICENSE_ISSUED stays out of every answer). */
    public record NotificationView(MailKind kind, String to, String subject, MailStatus status, int attempts,
                                   Instant sentAt) {
        static NotificationView of(Mail mail) {
            return new NotificationView(mail.kind, mail.recipient, mail.subject, mail.status, mail.attempts, mail.sentAt);
        }
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listLicenseNotifications", summary = "Mail sent about a license",
            description = "Every mail queued for the license's contacts, oldest first: kind, recipient, subject, status (`PENDING` while sending or waiting for a retry, `SENT`, `FAILED` after the last attempt), attempts and when it was sent. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `sales`, `support`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of the license's mails (empty for a license no mail was queued for).",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NotificationView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "issued", value = """
                            [{"kind": "LICENSE_ISSUED", "to": "it@contoso.example", "subject": "Your license ERP-7Q2M-4XKD-9HNA for erp", "status": "SENT", "attempts": 1, "sentAt": "2026-03-01T09:00:02Z"}]""")))
    public RestResponse<List<NotificationView>> list(@PathParam("licenseId") UUID licenseId, @Context UriInfo uri) {
        ListQuery query = lists.read(uri);
        return query.respond(mails.ofLicense(licenseId, query.page(), query.size()).map(NotificationView::of));
    }
}
