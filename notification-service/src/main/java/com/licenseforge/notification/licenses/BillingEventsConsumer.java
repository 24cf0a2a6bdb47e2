package com.licenseforge.notification.licenses;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** Billing's standing changes: the dunning mails (past due, suspended, reinstated), each applied once. */
@ApplicationScoped
public class BillingEventsConsumer {

    private static final Set<String> STANDING_CHANGES = Set.of(EventTypes.BILLING_PAST_DUE,
            EventTypes.BILLING_SUSPENDED, EventTypes.BILLING_RESTORED);

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final LicenseNotices notices;

    public BillingEventsConsumer(IdempotentConsumer consumer, EventCodec codec, LicenseNotices notices) {
        this.consumer = consumer;
        this.codec = codec;
        this.notices = notices;
    }

    @Incoming("billing-events")
    @Blocking
    public void onBillingEvent(String message) {
        consumer.consume(message, STANDING_CHANGES::contains, this::apply);
    }

    private void apply(EventEnvelope event) {
        notices.billingChanged(event, codec.payload(event, BillingStandingChanged.class));
    }
}
