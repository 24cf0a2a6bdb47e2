package com.licenseforge.activation.readmodel;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Billing-sync's verdicts on payment standing; a renewal reaches this service as the issuer's license.renewed. */
@ApplicationScoped
public class BillingEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final ReadModel readModel;

    public BillingEventsConsumer(IdempotentConsumer consumer, EventCodec codec, ReadModel readModel) {
        this.consumer = consumer;
        this.codec = codec;
        this.readModel = readModel;
    }

    @Incoming("billing-events")
    @Blocking
    public void onBillingEvent(String message) {
        consumer.consume(message, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.BILLING_PAST_DUE, EventTypes.BILLING_SUSPENDED, EventTypes.BILLING_RESTORED ->
                    readModel.standing(codec.payload(event, BillingStandingChanged.class));
            default -> {
                // billing.renewed: the issuer extends the license and publishes the new snapshot
            }
        }
    }
}
