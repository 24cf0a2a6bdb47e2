package com.licenseforge.activation.support;

import com.licenseforge.activation.activation.Activation;
import com.licenseforge.activation.activation.ActivationEvents;
import com.licenseforge.activation.activation.ActivationRepository;
import com.licenseforge.activation.activation.ActivationStatus;
import com.licenseforge.activation.activation.Codes;
import com.licenseforge.activation.activation.CustomerInput;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.readmodel.Organization;
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

/**
 * Support's interventions on a serial: moving a license activated into the wrong organization
 * (or the wrong account's), resetting activations, granting extra re-registrations. Each runs under the
 * license row lock, so it and a concurrent activation happen one after the other, and is audited with its reason.
 */
@ApplicationScoped
@Transactional
public class SupportService {

    private final LicenseRepository licenses;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final CatalogueRepository catalogue;
    private final ReregistrationGrantRepository grants;
    private final AuditTrail audit;
    private final AuditedState state;
    private final BindingMove bindingMove;
    private final AccountTransfers accountTransfers;
    private final ActivationEvents events;
    private final SerialOverviews overviews;
    private final Clock clock;

    public SupportService(LicenseRepository licenses, ActivationRepository activations,
                          SeatAssignmentRepository seats, CatalogueRepository catalogue,
                          ReregistrationGrantRepository grants, AuditTrail audit, AuditedState state,
                          BindingMove bindingMove, AccountTransfers accountTransfers, ActivationEvents events,
                          SerialOverviews overviews, Clock clock) {
        this.licenses = licenses;
        this.activations = activations;
        this.seats = seats;
        this.catalogue = catalogue;
        this.grants = grants;
        this.audit = audit;
        this.state = state;
        this.bindingMove = bindingMove;
        this.accountTransfers = accountTransfers;
        this.events = events;
        this.overviews = overviews;
        this.clock = clock;
    }

    /** What a reassignment did: moved the binding at once, or asked the issuer to move the account first. */
    public record Reassigned(SerialOverview overview, boolean pending) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SerialOverview lookup(String serial) {
        return overviews.of(licenses.findBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial)));
    }

    /**
     * Moves the binding to another organization of the license's account; the machines activated so far end
     * as REASSIGNED. An organization of another account needs {@code transferAccount}, and then the move waits
     * for the issuer to confirm the new account.
     */
    public Reassigned reassign(String serial, UUID toOrganizationId, boolean transferAccount, String reason,
                               Actor actor) {
        License license = lock(serial);
        Organization target = catalogue.organization(toOrganizationId).orElseThrow(() ->
                ProblemException.notFound("organization", toOrganizationId));
        accountTransfers.requireNonePending(license);
        if (target.id.equals(license.boundOrganizationId)) {
            throw new ProblemException(409, Codes.ALREADY_BOUND_TO_ORGANIZATION,
                    "the license is already bound to organization " + target.id)
                    .with("boundOrganizationId", target.id);
        }
        if (target.accountId.equals(license.accountId)) {
            bindingMove.move(license, target.id, "reassign", state.of(license), reason, actor);
            return new Reassigned(overviews.of(license), false);
        }
        if (!transferAccount) {
            throw new ProblemException(403, Codes.ORGANIZATION_NOT_IN_ACCOUNT, "organization " + target.id
                    + " belongs to another account; set transferAccount to move the license to that account")
                    .with("organizationId", target.id)
                    .with("organizationAccountId", target.accountId)
                    .with("licenseAccountId", license.accountId);
        }
        accountTransfers.request(license, target, reason, actor);
        return new Reassigned(overviews.of(license), true);
    }

    /** Ends every live activation, or only {@code activationId}, and frees the slots; the binding stays. */
    public SerialOverview resetActivations(String serial, UUID activationId, String reason, Actor actor) {
        License license = lock(serial);
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

    public SerialOverview grantReregistrations(String serial, int extra, String reason, Actor actor) {
        License license = lock(serial);
        Map<String, Object> before = state.of(license);
        ReregistrationGrant grant = new ReregistrationGrant();
        grant.id = UUID.randomUUID();
        grant.licenseId = license.id;
        grant.extra = extra;
        grant.grantedAt = clock.instant();
        grants.persist(grant);
        audit.record(actor, "grant re-registrations", AuditTarget.license(license.id, license.serial), before,
                state.of(license), reason);
        return overviews.of(license);
    }

    private License lock(String serial) {
        return licenses.lockBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial));
    }
}
