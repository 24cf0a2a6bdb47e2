package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.events.AccountTransferRequested;
import com.licenseforge.common.events.ActivationChanged;
import com.licenseforge.common.events.EventCodec;
import com.licenseforge.common.events.EventPayload;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseReassigned;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.outbox.Outbox;
import com.licenseforge.common.staff.Actor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** What this service tells others, through the outbox of the caller's transaction, keyed by license id. */
@ApplicationScoped
public class ActivationEvents {

    private static final String CUSTOMER_SYSTEM = "customer-system";

    private final Outbox outbox;
    private final EventCodec codec;

    public ActivationEvents(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    public void changed(String type, License license, Activation activation) {
        changed(type, license, activation, CUSTOMER_SYSTEM);
    }

    /** {@link #changed} by another actor than the customer's system (the service itself, culling leases). */
    public void changed(String type, License license, Activation activation, String actor) {
        ActivationChanged payload = new ActivationChanged(activation.id, license.id, license.serial,
                activation.organizationId, activation.fingerprintHash, activation.productVersion,
                activation.status.name());
        publish(type, license, actor, payload);
    }

    /** Many activations' changes by one actor, queued in one statement (culling leases). */
    public void allChanged(String type, List<ActivationChanged> changes, String actor) {
        outbox.publishAll(Topics.ACTIVATION_EVENTS, changes.stream()
                .map(change -> new Outbox.Message(change.licenseId().toString(),
                        codec.envelope(type, change.licenseId(), actor, change)))
                .toList());
    }

    /** A trial started here, for the issuer to adopt as a license. */
    public void trialStarted(TrialStarted trial) {
        outbox.publish(Topics.ACTIVATION_EVENTS, trial.licenseId().toString(), codec.envelope(
                EventTypes.ACTIVATION_TRIAL_STARTED, trial.licenseId(), CUSTOMER_SYSTEM, trial));
    }

    /** The binding moved; one event for the move and every activation it ended. */
    public void reassigned(License license, UUID fromOrganizationId, List<UUID> endedActivationIds, String reason,
                           Actor actor) {
        publish(EventTypes.ACTIVATION_REASSIGNED, license, actor.name(), new LicenseReassigned(license.id,
                license.serial, fromOrganizationId, license.boundOrganizationId, license.accountId,
                endedActivationIds, reason));
    }

    /** Asks the issuer, who owns accounts, to move the license to another account. */
    public void accountTransferRequested(License license, AccountTransferRequested request) {
        publish(EventTypes.ACTIVATION_ACCOUNT_TRANSFER_REQUESTED, license, request.requestedBy(), request);
    }

    private void publish(String type, License license, String actor, EventPayload payload) {
        outbox.publish(Topics.ACTIVATION_EVENTS, license.id.toString(), codec.envelope(type, license.id, actor, payload));
    }
}
