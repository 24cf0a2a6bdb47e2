package com.licenseforge.activation.readmodel;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.AccountRegistered;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.OrganizationRegistered;
import com.licenseforge.common.events.ProductRegistered;
import com.licenseforge.common.events.ProductVersionReleased;
import com.licenseforge.common.events.TrialPolicyChanged;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The issuer's catalogue, customer and license facts: the read model activation answers from. Every event is
 * then announced as {@link LicenseEventApplied} for the rooms that act on license events of their own.
 */
@ApplicationScoped
public class LicenseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final ReadModel readModel;
    private final Event<LicenseEventApplied> applied;

    public LicenseEventsConsumer(IdempotentConsumer consumer, EventCodec codec, ReadModel readModel,
                                 Event<LicenseEventApplied> applied) {
        this.consumer = consumer;
        this.codec = codec;
        this.readModel = readModel;
        this.applied = applied;
    }

    @Incoming("license-events")
    @Blocking
    public void onLicenseEvent(String message) {
        consumer.consume(message, this::apply);
    }

    private void apply(EventEnvelope event) {
        update(event);
        applied.fire(new LicenseEventApplied(event));
    }

    private void update(EventEnvelope event) {
        if (EventTypes.carriesLicenseSnapshot(event.type())) {
            // the previous release's snapshots still carry the offline verifier, which is no field any more
            readModel.license(codec.payload(event, LicenseSnapshot.class),
                    event.payload().path("offlineVerifier").textValue());
            return;
        }
        switch (event.type()) {
            case EventTypes.PRODUCT_REGISTERED -> readModel.product(codec.payload(event, ProductRegistered.class));
            case EventTypes.PRODUCT_VERSION_RELEASED ->
                    readModel.version(codec.payload(event, ProductVersionReleased.class));
            case EventTypes.PRODUCT_TRIAL_POLICY_CHANGED ->
                    readModel.trialPolicy(codec.payload(event, TrialPolicyChanged.class));
            case EventTypes.ACCOUNT_REGISTERED -> readModel.account(codec.payload(event, AccountRegistered.class));
            case EventTypes.ORGANIZATION_REGISTERED ->
                    readModel.organization(codec.payload(event, OrganizationRegistered.class));
            default -> {
                // facts this service does not keep
            }
        }
    }
}
