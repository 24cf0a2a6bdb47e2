package com.licenseforge.billing.standing;

import com.licenseforge.billing.invoices.Invoice;
import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventPayload;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.InvoicePaid;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What billing tells the issuer and activation, into the outbox of the caller's transaction, keyed by license. */
@ApplicationScoped
public class BillingEvents {

    static final String ACTOR = "billing-sync";

    private final Outbox outbox;
    private final EventCodec codec;
    private final MeterRegistry registry;

    public BillingEvents(Outbox outbox, EventCodec codec, MeterRegistry registry) {
        this.outbox = outbox;
        this.codec = codec;
        this.registry = registry;
    }

    /**
     * {@code billing.past-due}, {@code billing.suspended} or {@code billing.restored}, after the new standing, with
     * the invoices still open (the dunning mail names them).
     */
    public void standingChanged(LicenseStanding license, List<Invoice> open) {
        String type = switch (license.standing) {
            case CURRENT -> EventTypes.BILLING_RESTORED;
            case PAST_DUE -> EventTypes.BILLING_PAST_DUE;
            case SUSPENDED -> EventTypes.BILLING_SUSPENDED;
        };
        publish(type, license.licenseId, new BillingStandingChanged(license.licenseId, license.standing,
                license.pastDueSince, license.graceEndsAt, open.stream()
                .map(invoice -> new BillingStandingChanged.OpenInvoice(invoice.invoiceId, invoice.amountDue, invoice.dueAt))
                .toList()));
        registry.counter("licenseforge.dunning.transitions", "to", license.standing.name()).increment();
    }

    public void renewed(UUID licenseId, Instant periodEnd) {
        publish(EventTypes.BILLING_RENEWED, licenseId, new BillingRenewed(licenseId, periodEnd));
    }

    /** {@code billing.invoice-paid}: what converts a trial whose billing reference the subscription carries. */
    public void invoicePaid(LicenseStanding license, String invoiceId, Instant periodEnd) {
        publish(EventTypes.BILLING_INVOICE_PAID, license.licenseId,
                new InvoicePaid(license.licenseId, invoiceId, license.billingRef, periodEnd));
    }

    private void publish(String type, UUID licenseId, EventPayload payload) {
        outbox.publish(Topics.BILLING_EVENTS, licenseId.toString(), codec.envelope(type, licenseId, ACTOR, payload));
    }
}
