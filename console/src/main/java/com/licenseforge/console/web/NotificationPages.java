package com.licenseforge.console.web;

import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.NotificationApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The pages of what the notification service knows: a license's mails and the webhook endpoints. */
@CheckedTemplate(requireTypeSafeExpressions = false)
public final class NotificationPages {

    private NotificationPages() {
    }

    /** {@code mails} is null when the service could not be asked; {@code unavailable} then says why. */
    static native TemplateInstance licenseMails(String licenseId, Listing<NotificationApi.Mail> mails, long failed,
                                                String unavailable);

    static native TemplateInstance webhooks(Listing<NotificationApi.Endpoint> found, List<String> eventTypes,
                                            WebhookDraft draft, String done);

    static native TemplateInstance webhookRegistered(NotificationApi.RegisteredEndpoint endpoint);

    static native TemplateInstance webhook(NotificationApi.Endpoint endpoint, Listing<NotificationApi.Delivery> deliveries,
                                           String done);
}
