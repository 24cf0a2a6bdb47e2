package com.licenseforge.activation.readmodel;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventCodec;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Billing-sync's verdicts on payment standing; a renewal reaches this service as the issuer's license.renewed. */
@Singleton
public class BillingEventsConsumer extends com.licenseforge.common.consumer.BillingEventsConsumer {

    private final ReadModel readModel;

    public BillingEventsConsumer(IdempotentConsumer consumer, EventCodec codec, ReadModel readModel) {
        super(consumer, codec);
        this.readModel = readModel;
    }

    @Incoming("billing-events")
    @Blocking
    public void onBillingEvent(String message) {
        consume(message);
    }

    @Override
    protected void standingChanged(BillingStandingChanged change, String actor) {
        readModel.standing(change);
    }
}
