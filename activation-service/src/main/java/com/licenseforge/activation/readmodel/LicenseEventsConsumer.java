package com.licenseforge.activation.readmodel;

import com.licenseforge.activation.support.AccountTransfers;
import com.licenseforge.common.consumer.IdempotentConsumer;
import com.licenseforge.common.events.AccountRegistered;
import com.licenseforge.common.events.AccountTransferRefused;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.OrganizationRegistered;
import com.licenseforge.common.events.ProductRegistered;
import com.licenseforge.common.events.ProductVersionReleased;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The issuer's catalogue, customer and license facts: the read model activation answers from. */
@ApplicationScoped
public class LicenseEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final ReadModel readModel;
    private final AccountTransfers transfers;

    public LicenseEventsConsumer(IdempotentConsumer consumer, EventCodec codec, ReadModel readModel,
                                 AccountTransfers transfers) {
        this.consumer = consumer;
        this.codec = codec;
        this.readModel = readModel;
        this.transfers = transfers;
    }

    @Incoming("license-events")
    @Blocking
    public void onLicenseEvent(String message) {
        consumer.consume(message, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.carriesLicenseSnapshot(event.type())) {
            LicenseSnapshot snapshot = codec.payload(event, LicenseSnapshot.class);
            readModel.license(snapshot);
            if (EventTypes.LICENSE_ACCOUNT_TRANSFERRED.equals(event.type())) {
                transfers.confirmed(snapshot);
            }
            return;
        }
        switch (event.type()) {
            case EventTypes.PRODUCT_REGISTERED -> readModel.product(codec.payload(event, ProductRegistered.class));
            case EventTypes.PRODUCT_VERSION_RELEASED ->
                    readModel.version(codec.payload(event, ProductVersionReleased.class));
            case EventTypes.ACCOUNT_REGISTERED -> readModel.account(codec.payload(event, AccountRegistered.class));
            case EventTypes.ORGANIZATION_REGISTERED ->
                    readModel.organization(codec.payload(event, OrganizationRegistered.class));
            case EventTypes.LICENSE_ACCOUNT_TRANSFER_REFUSED ->
                    transfers.refused(codec.payload(event, AccountTransferRefused.class));
            default -> {
                // facts this service does not keep
            }
        }
    }
}
