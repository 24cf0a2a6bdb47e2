package com.licenseforge.issuer.licenses;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.AccountTransferRequested;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.TrialStarted;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Activation-service's requests that only the issuer may decide (moving a license to another account), and the
 * trials it started, which the issuer adopts as licenses.
 */
@ApplicationScoped
public class ActivationEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final AccountTransfers transfers;
    private final TrialAdoption trials;

    public ActivationEventsConsumer(IdempotentConsumer consumer, EventCodec codec, AccountTransfers transfers,
                                    TrialAdoption trials) {
        this.consumer = consumer;
        this.codec = codec;
        this.transfers = transfers;
        this.trials = trials;
    }

    @Incoming("activation-events")
    @Blocking
    public void onActivationEvent(String message) {
        // activations themselves are activation-service's facts, not the issuer's: only transfer requests and
        // started trials count
        consumer.consume(message, type -> EventTypes.ACTIVATION_ACCOUNT_TRANSFER_REQUESTED.equals(type)
                || EventTypes.ACTIVATION_TRIAL_STARTED.equals(type), this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.ACTIVATION_TRIAL_STARTED.equals(event.type())) {
            trials.adopt(codec.payload(event, TrialStarted.class), event.actor());
        } else {
            transfers.requested(codec.payload(event, AccountTransferRequested.class));
        }
    }
}
