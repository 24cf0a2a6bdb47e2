package com.licenseforge.issuer.licenses;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.AccountTransferRequested;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Activation-service's requests that only the issuer may decide: moving a license to another account. */
@ApplicationScoped
public class ActivationEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final AccountTransfers transfers;

    public ActivationEventsConsumer(IdempotentConsumer consumer, EventCodec codec, AccountTransfers transfers) {
        this.consumer = consumer;
        this.codec = codec;
        this.transfers = transfers;
    }

    @Incoming("activation-events")
    @Blocking
    public void onActivationEvent(String message) {
        // activations themselves are activation-service's facts, not the issuer's: only transfer requests count
        consumer.consume(message, EventTypes.ACTIVATION_ACCOUNT_TRANSFER_REQUESTED::equals, this::apply);
    }

    private void apply(EventEnvelope event) {
        transfers.requested(codec.payload(event, AccountTransferRequested.class));
    }
}
