package com.licenseforge.billing.licenses;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The issuer's license snapshots: which licenses exist and which billing reference names each. */
@ApplicationScoped
public class LicenseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final LicenseRegistry registry;

    public LicenseEventsConsumer(IdempotentConsumer consumer, EventCodec codec, LicenseRegistry registry) {
        this.consumer = consumer;
        this.codec = codec;
        this.registry = registry;
    }

    @Incoming("license-events")
    @Blocking
    public void onLicenseEvent(String message) {
        // catalogue and customer facts are not billing's concern
        consumer.consume(message, EventTypes::carriesLicenseSnapshot, this::apply);
    }

    private void apply(EventEnvelope event) {
        registry.known(codec.payload(event, LicenseSnapshot.class));
    }
}
