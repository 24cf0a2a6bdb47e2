package com.licenseforge.issuer.licenses;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.InvoicePaid;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Billing-sync's verdicts: standing changes show in the license status, renewals extend validity, a trial's first
 * paid invoice converts it.
 */
@Singleton
public class BillingEventsConsumer extends com.licenseforge.common.consumer.BillingEventsConsumer {

    private final BillingReactions reactions;
    private final TrialConversions trials;

    public BillingEventsConsumer(IdempotentConsumer consumer, EventCodec codec, BillingReactions reactions,
                                 TrialConversions trials) {
        super(consumer, codec);
        this.reactions = reactions;
        this.trials = trials;
    }

    @Incoming("billing-events")
    @Blocking
    public void onBillingEvent(String message) {
        consume(message);
    }

    @Override
    protected void standingChanged(BillingStandingChanged change, String actor) {
        reactions.standingChanged(change, actor);
    }

    @Override
    protected void invoicePaid(InvoicePaid payment, String actor) {
        trials.invoicePaid(payment, actor);
    }

    @Override
    protected void renewed(BillingRenewed renewal, String actor) {
        reactions.renewed(renewal, actor);
    }
}
