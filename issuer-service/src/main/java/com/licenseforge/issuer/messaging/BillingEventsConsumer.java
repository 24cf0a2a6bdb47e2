package com.licenseforge.issuer.messaging;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.issuer.service.BillingReactions;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Billing-sync's verdicts: standing changes show in the license status, renewals extend validity. */
@ApplicationScoped
public class BillingEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final BillingReactions reactions;

    public BillingEventsConsumer(IdempotentConsumer consumer, EventCodec codec, BillingReactions reactions) {
        this.consumer = consumer;
        this.codec = codec;
        this.reactions = reactions;
    }

    @Incoming("billing-events")
    @Blocking
    public void onBillingEvent(String message) {
        consumer.consume(message, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.BILLING_PAST_DUE, EventTypes.BILLING_SUSPENDED, EventTypes.BILLING_RESTORED ->
                    reactions.standingChanged(codec.payload(event, BillingStandingChanged.class), event.actor());
            case EventTypes.BILLING_RENEWED ->
                    reactions.renewed(codec.payload(event, BillingRenewed.class), event.actor());
            default -> {
                // other billing facts are not the issuer's concern
            }
        }
    }
}
