package com.licenseforge.issuer.events;

import com.licenseforge.common.events.AccountTransferRefused;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventPayload;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseDelivery;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Everything the issuer tells other services goes through here, into the outbox of the caller's transaction. */
@ApplicationScoped
public class LicenseEvents {

    private static final Logger LOG = Logger.getLogger(LicenseEvents.class);

    private final Outbox outbox;
    private final EventCodec codec;
    private final MeterRegistry registry;

    public LicenseEvents(Outbox outbox, EventCodec codec, MeterRegistry registry) {
        this.outbox = outbox;
        this.codec = codec;
        this.registry = registry;
    }

    /** A catalogue or customer fact, keyed by its own id. */
    public void fact(String type, String key, String actor, EventPayload payload) {
        outbox.publish(Topics.LICENSE_EVENTS, key, codec.envelope(type, null, actor, payload));
    }

    /** A change of a license: the whole entitlement after the change, keyed by the license id. */
    public void licenseChanged(String type, LicenseSnapshot license, String actor) {
        UUID id = license.licenseId();
        outbox.publish(Topics.LICENSE_EVENTS, id.toString(), codec.envelope(type, id, actor, license));
        registry.counter("licenseforge.license.changes", "change", type).increment();
        LOG.infof("license %s: %s, version %d", id, type, license.version());
    }

    /** A trial the issuer adopted, or converted: keyed by the trial license's id like its changes. */
    public void trial(String type, UUID trialLicenseId, EventPayload trial, String actor) {
        outbox.publish(Topics.LICENSE_EVENTS, trialLicenseId.toString(), codec.envelope(type, trialLicenseId, actor, trial));
    }

    /** A new license's sealed file and CD key for the notification service; keyed by the license id, after its issue. */
    public void licenseDelivery(LicenseDelivery delivery, String actor) {
        UUID id = delivery.licenseId();
        outbox.publish(Topics.LICENSE_EVENTS, id.toString(), codec.envelope(
                EventTypes.LICENSE_DELIVERY_SEALED, id, actor, delivery));
    }

    /** The issuer would not move a license to another account; keyed by the license id like its changes. */
    public void accountTransferRefused(AccountTransferRefused refusal, String actor) {
        UUID id = refusal.licenseId();
        outbox.publish(Topics.LICENSE_EVENTS, id.toString(), codec.envelope(
                EventTypes.LICENSE_ACCOUNT_TRANSFER_REFUSED, id, actor, refusal));
    }
}
