package com.licenseforge.activation.support;

import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.machines.ActivationRepository;
import com.licenseforge.activation.machines.ActivationStatus;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves a license's binding to another organization, in the caller's transaction and under its license row
 * lock: every live activation ends as REASSIGNED (its machine is told so and no longer gets a token), the
 * binding moves, and one {@code activation.reassigned} event and one audit entry record it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BindingMove {

    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final ActivationEvents events;
    private final AuditTrail audit;
    private final AuditedState state;
    private final Clock clock;

    public BindingMove(ActivationRepository activations, SeatAssignmentRepository seats, ActivationEvents events,
                       AuditTrail audit, AuditedState state, Clock clock) {
        this.activations = activations;
        this.seats = seats;
        this.events = events;
        this.audit = audit;
        this.state = state;
        this.clock = clock;
    }

    /** {@code before} is the audited state when the action began (a transfer changes the account first). */
    public void move(License license, UUID toOrganizationId, String action, Map<String, Object> before, String reason,
                     Actor actor) {
        Instant now = clock.instant();
        UUID from = license.boundOrganizationId;
        List<UUID> ended = new ArrayList<>();
        for (Activation activation : activations.activeOf(license.id)) {
            activation.end(ActivationStatus.REASSIGNED, now);
            seats.deleteOf(activation.id);
            ended.add(activation.id);
        }
        license.bindTo(toOrganizationId, now);
        events.reassigned(license, from, ended, reason, actor);
        audit.record(actor, action, AuditTarget.license(license.id, license.serial), before,
                state.of(license), reason);
    }
}
