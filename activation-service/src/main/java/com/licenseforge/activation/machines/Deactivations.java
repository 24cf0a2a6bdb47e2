package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.events.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Frees a machine's slot at the customer's request, under the license row lock. */
@ApplicationScoped
@Transactional
public class Deactivations {

    private final ActivationLock lock;
    private final SeatAssignmentRepository seats;
    private final ActivationEvents events;

    public Deactivations(ActivationLock lock, SeatAssignmentRepository seats, ActivationEvents events) {
        this.lock = lock;
        this.seats = seats;
        this.events = events;
    }

    /** Frees the slot (and the seats held on the machine); deactivating twice changes nothing. */
    public void deactivate(UUID activationId, String cdKey, String clientAddress) {
        ActivationLock.Locked locked = lock.lock(activationId, cdKey, clientAddress);
        License license = locked.license();
        Activation activation = locked.activation();
        if (!activation.isActive()) {
            return;
        }
        activation.end(ActivationStatus.DEACTIVATED, Instant.now());
        seats.deleteOf(activation.id);
        events.changed(EventTypes.ACTIVATION_DEACTIVATED, license, activation);
    }
}
