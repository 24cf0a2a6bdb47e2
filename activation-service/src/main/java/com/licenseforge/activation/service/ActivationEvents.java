package com.licenseforge.activation.service;

import com.licenseforge.activation.domain.Activation;
import com.licenseforge.activation.domain.License;
import com.licenseforge.common.events.ActivationChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** What this service tells others, through the outbox of the caller's transaction, keyed by license id. */
@ApplicationScoped
public class ActivationEvents {

    /** Not yet in common's EventTypes: an activation moved to a new machine fingerprint. */
    public static final String ACTIVATION_REREGISTERED = "activation.reregistered";

    private static final String CUSTOMER_SYSTEM = "customer-system";

    private final Outbox outbox;
    private final EventCodec codec;

    public ActivationEvents(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    public void changed(String type, License license, Activation activation) {
        ActivationChanged payload = new ActivationChanged(activation.id, license.id, license.serial,
                activation.organizationId, activation.fingerprintHash, activation.productVersion,
                activation.status.name());
        outbox.publish(Topics.ACTIVATION_EVENTS, license.id.toString(),
                codec.envelope(type, license.id, CUSTOMER_SYSTEM, payload));
    }
}
