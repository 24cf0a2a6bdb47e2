package com.licenseforge.activation.support;

import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.machines.ActivationRepository;
import com.licenseforge.activation.machines.ActivationStatus;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Support ends a serial's activations under the license row lock, audited with its reason; the binding stays. */
@ApplicationScoped
@Transactional
public class ActivationResets {

    private final SupportedSerials serials;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final ActivationEvents events;
    private final AuditTrail audit;
    private final AuditedState state;
    private final SerialOverviews overviews;
    private final Clock clock;

    public ActivationResets(SupportedSerials serials, ActivationRepository activations, SeatAssignmentRepository seats,
                            ActivationEvents events, AuditTrail audit, AuditedState state, SerialOverviews overviews,
                            Clock clock) {
        this.serials = serials;
        this.activations = activations;
        this.seats = seats;
        this.events = events;
        this.audit = audit;
        this.state = state;
        this.overviews = overviews;
        this.clock = clock;
    }

    /** Ends every live activation, or only {@code activationId}, and frees the slots; the binding stays. */
    public SerialOverview reset(String serial, UUID activationId, String reason, Actor actor) {
        License license = serials.lock(serial);
        List<Activation> live = activations.activeOf(license.id);
        if (activationId != null) {
            live = live.stream().filter(a -> a.id.equals(activationId)).toList();
            if (live.isEmpty()) {
                throw ProblemException.notFound("live activation of serial " + license.serial, activationId);
            }
        }
        Map<String, Object> before = state.of(license);
        Instant now = clock.instant();
        for (Activation activation : live) {
            activation.end(ActivationStatus.DEACTIVATED, now);
            seats.deleteOf(activation.id);
            events.changed(EventTypes.ACTIVATION_DEACTIVATED, license, activation);
        }
        if (activationId == null) {
            audit.record(actor, "reset activations", AuditTarget.license(license.id, license.serial), before,
                    state.of(license), reason);
        } else {
            audit.record(actor, "reset activation", AuditTarget.activation(activationId, license.serial), before,
                    state.of(license), reason);
        }
        return overviews.of(license);
    }
}
