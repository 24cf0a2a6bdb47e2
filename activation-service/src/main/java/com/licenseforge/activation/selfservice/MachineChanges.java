package com.licenseforge.activation.selfservice;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.machines.ActivationRepository;
import com.licenseforge.activation.machines.ActivationStatus;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a customer changes on their machines in the portal, each under the license row lock and audited with the
 * customer as actor: freeing a machine (at most the product's {@code selfServiceDeactivations} per license in 30
 * days; the lock keeps two concurrent frees from both passing the last one) and freeing a user's seat. A machine
 * out of the token's scope, or no longer live, is answered as one that does not exist.
 */
@ApplicationScoped
@Transactional
public class MachineChanges {

    private final LicenseRepository licenses;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final CustomerMachines machines;
    private final SelfServiceDeactivationRepository frees;
    private final ActivationEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public MachineChanges(LicenseRepository licenses, ActivationRepository activations,
                          SeatAssignmentRepository seats, CustomerMachines machines,
                          SelfServiceDeactivationRepository frees, ActivationEvents events, AuditTrail audit,
                          Clock clock) {
        this.licenses = licenses;
        this.activations = activations;
        this.seats = seats;
        this.machines = machines;
        this.frees = frees;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public void free(CustomerScope scope, UUID activationId, Actor actor) {
        Live live = lockLive(scope, activationId);
        SelfServiceAllowance allowance = machines.allowance(live.license());
        if (allowance.reached()) {
            throw new ProblemException(409, Codes.SELF_SERVICE_LIMIT_REACHED, "this license's machines were freed "
                    + allowance.used() + " times in the last 30 days, as many as allowed here"
                    + (allowance.nextPossibleAt() == null ? "" : "; the next is possible at " + allowance.nextPossibleAt())
                    + ". To free one sooner, contact the vendor's support.")
                    .with("limit", allowance.limit())
                    .with("nextPossibleAt", allowance.nextPossibleAt());
        }
        Instant now = clock.instant();
        Activation activation = live.activation();
        activation.end(ActivationStatus.DEACTIVATED, now);
        seats.deleteOf(activation.id);
        SelfServiceDeactivation free = new SelfServiceDeactivation();
        free.id = UUID.randomUUID();
        free.licenseId = live.license().id;
        free.activationId = activation.id;
        free.actor = actor.name();
        free.at = now;
        frees.persist(free);
        events.changed(EventTypes.ACTIVATION_DEACTIVATED, live.license(), activation, actor.name());
        audit.record(actor, "free machine", AuditTarget.activation(activation.id, live.license().serial),
                Map.of("status", "ACTIVE"), Map.of("status", activation.status.name()), "freed by the customer");
    }

    public void unassign(CustomerScope scope, UUID activationId, String module, String user, Actor actor) {
        Live live = lockLive(scope, activationId);
        if (!seats.deleteOf(activationId, module, user)) {
            throw ProblemException.notFound("seat of " + module + " held by", user);
        }
        audit.record(actor, "unassign seat", AuditTarget.activation(activationId, live.license().serial),
                Map.of("module", module, "user", user), null, "freed by the customer");
    }

    private record Live(License license, Activation activation) {
    }

    /** The live machine in scope, its license locked; the machine read again under the lock. */
    private Live lockLive(CustomerScope scope, UUID activationId) {
        Activation found = activations.findByIdOptional(activationId)
                .orElseThrow(() -> ProblemException.notFound("machine", activationId));
        License license = licenses.lockById(found.licenseId).filter(l -> scope.covers(l.id, l.accountId))
                .orElseThrow(() -> ProblemException.notFound("machine", activationId));
        activations.getEntityManager().refresh(found);
        if (!found.isActive()) {
            throw ProblemException.notFound("machine", activationId);
        }
        return new Live(license, found);
    }
}
