package com.licenseforge.common.consumer;

import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.InvoicePaid;

/**
 * Billing-sync's verdicts as a service that follows them receives them: standing changes and renewals, each
 * applied once. A service subclasses it with its {@code @Incoming("billing-events")} method calling
 * {@link #consume} and says what a standing change (and, if it cares, a renewal) means to it. Subclasses are
 * {@code @Singleton}: a client proxy would need a no-argument constructor this class does not offer.
 */
public abstract class BillingEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;

    protected BillingEventsConsumer(IdempotentConsumer consumer, EventCodec codec) {
        this.consumer = consumer;
        this.codec = codec;
    }

    protected final void consume(String message) {
        consumer.consume(message, this::apply);
    }

    /** Past due, suspended or restored. */
    protected abstract void standingChanged(BillingStandingChanged change, String actor);

    /** A paid renewal; services that learn of it from the issuer's license.renewed leave it alone. */
    protected void renewed(BillingRenewed renewal, String actor) {
    }

    /** A paid invoice; only the issuer acts on it (a trial's first paid invoice converts it). */
    protected void invoicePaid(InvoicePaid payment, String actor) {
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.BILLING_PAST_DUE, EventTypes.BILLING_SUSPENDED, EventTypes.BILLING_RESTORED ->
                    standingChanged(codec.payload(event, BillingStandingChanged.class), event.actor());
            case EventTypes.BILLING_RENEWED -> renewed(codec.payload(event, BillingRenewed.class), event.actor());
            case EventTypes.BILLING_INVOICE_PAID -> invoicePaid(codec.payload(event, InvoicePaid.class), event.actor());
            default -> {
                // other billing facts concern no follower
            }
        }
    }
}
