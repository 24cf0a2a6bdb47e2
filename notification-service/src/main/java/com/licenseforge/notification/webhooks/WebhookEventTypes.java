package com.licenseforge.notification.webhooks;

import com.licenseforge.common.events.EventTypes;

import java.util.List;

/**
 * The event types an endpoint can subscribe to and the only ones ever delivered, {@code *} included: every type of
 * the three topics except those for mail only, the sealed delivery of a new license and the customer's sign-in link.
 * The admin picks from this list ({@code GET /api/v1/webhook-event-types}).
 */
public final class WebhookEventTypes {

    public static final List<String> ALL = List.of(
            EventTypes.LICENSE_ISSUED, EventTypes.LICENSE_RENEWED, EventTypes.LICENSE_MODULES_CHANGED,
            EventTypes.LICENSE_SUSPENDED, EventTypes.LICENSE_REINSTATED, EventTypes.LICENSE_REVOKED,
            EventTypes.LICENSE_ACCOUNT_TRANSFERRED, EventTypes.LICENSE_ACCOUNT_TRANSFER_REFUSED,
            EventTypes.LICENSE_TRIAL_STARTED, EventTypes.LICENSE_TRIAL_CONVERTED, EventTypes.LICENSE_TRIAL_ENDED,
            EventTypes.PRODUCT_REGISTERED, EventTypes.PRODUCT_VERSION_RELEASED, EventTypes.PRODUCT_TRIAL_POLICY_CHANGED,
            EventTypes.ACCOUNT_REGISTERED, EventTypes.ORGANIZATION_REGISTERED, EventTypes.ACCOUNT_CONTACTS_CHANGED,
            EventTypes.ACTIVATION_CREATED, EventTypes.ACTIVATION_DEACTIVATED, EventTypes.ACTIVATION_REREGISTERED,
            EventTypes.ACTIVATION_CULLED, EventTypes.ACTIVATION_BORROWED, EventTypes.ACTIVATION_REASSIGNED,
            EventTypes.ACTIVATION_ACCOUNT_TRANSFER_REQUESTED, EventTypes.ACTIVATION_TRIAL_STARTED,
            EventTypes.BILLING_PAST_DUE, EventTypes.BILLING_SUSPENDED, EventTypes.BILLING_RESTORED,
            EventTypes.BILLING_RENEWED, EventTypes.BILLING_INVOICE_PAID);

    private WebhookEventTypes() {
    }
}
