package com.licenseforge.notification.licenses;

import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.AccountContactsChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseDelivery;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.SigninLinkRequested;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.notification.contacts.Contacts;
import com.licenseforge.notification.mail.SigninMails;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The issuer's license snapshots, sealed deliveries, trials, contact lists and sign-in links, each applied once. */
@ApplicationScoped
public class LicenseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final LicenseNotices notices;
    private final Contacts contacts;
    private final SigninMails signins;

    public LicenseEventsConsumer(IdempotentConsumer consumer, EventCodec codec, LicenseNotices notices,
                                 Contacts contacts, SigninMails signins) {
        this.signins = signins;
        this.consumer = consumer;
        this.codec = codec;
        this.notices = notices;
        this.contacts = contacts;
    }

    @Incoming("license-events")
    @Blocking
    public void onLicenseEvent(String message) {
        consumer.consume(message, LicenseEventsConsumer::actsOn, this::apply);
    }

    private static boolean actsOn(String type) {
        return EventTypes.carriesLicenseSnapshot(type) || EventTypes.LICENSE_DELIVERY_SEALED.equals(type)
                || EventTypes.ACCOUNT_CONTACTS_CHANGED.equals(type) || EventTypes.LICENSE_TRIAL_STARTED.equals(type)
                || EventTypes.CUSTOMER_SIGNIN_LINK_REQUESTED.equals(type);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.LICENSE_DELIVERY_SEALED -> notices.delivered(codec.payload(event, LicenseDelivery.class));
            case EventTypes.ACCOUNT_CONTACTS_CHANGED -> contacts.changed(codec.payload(event, AccountContactsChanged.class));
            case EventTypes.LICENSE_TRIAL_STARTED -> notices.trialStarted(codec.payload(event, TrialStarted.class));
            case EventTypes.CUSTOMER_SIGNIN_LINK_REQUESTED ->
                    signins.post(codec.payload(event, SigninLinkRequested.class));
            default -> notices.changed(event.type(), codec.payload(event, LicenseSnapshot.class));
        }
    }
}
