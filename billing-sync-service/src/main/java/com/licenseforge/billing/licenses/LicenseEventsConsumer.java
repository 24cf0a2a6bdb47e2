package com.licenseforge.billing.licenses;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.TrialConverted;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The issuer's license snapshots (which licenses exist and which billing reference names each) and its trial
 * conversions (a reference moving from a trial to its paid license).
 */
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
        consumer.consume(message, type -> EventTypes.carriesLicenseSnapshot(type)
                || EventTypes.LICENSE_TRIAL_CONVERTED.equals(type), this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.LICENSE_TRIAL_CONVERTED.equals(event.type())) {
            registry.trialConverted(codec.payload(event, TrialConverted.class));
        } else {
            registry.known(codec.payload(event, LicenseSnapshot.class));
        }
    }
}
