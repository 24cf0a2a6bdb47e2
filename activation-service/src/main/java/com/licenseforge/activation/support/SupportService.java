package com.licenseforge.activation.support;

import com.licenseforge.activation.activation.Activation;
import com.licenseforge.activation.activation.ActivationEvents;
import com.licenseforge.activation.activation.ActivationRepository;
import com.licenseforge.activation.activation.ActivationStatus;
import com.licenseforge.activation.activation.Codes;
import com.licenseforge.activation.activation.CustomerInput;
import com.licenseforge.activation.activation.ReregistrationAllowance;
import com.licenseforge.activation.audit.Actor;
import com.licenseforge.activation.audit.AuditRepository;
import com.licenseforge.activation.audit.AuditTrail;
import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.BillingStandingRepository;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.readmodel.Organization;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Support's view of a serial and its interventions: moving a license activated into the wrong organization
 * (or the wrong account's), resetting activations, granting extra re-registrations. Each runs under the
 * license row lock, so it and a concurrent activation happen one after the other, and is audited with its reason.
 */
@ApplicationScoped
@Transactional
public class SupportService {

    private static final int HISTORY = 20;

    private final LicenseRepository licenses;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final BillingStandingRepository standings;
    private final CatalogueRepository catalogue;
    private final ReregistrationAllowance reregistrations;
    private final ReregistrationGrantRepository grants;
    private final AccountTransferRepository transfers;
    private final AuditRepository auditEntries;
    private final AuditTrail audit;
    private final AuditedState state;
    private final BindingMove bindingMove;
    private final AccountTransfers accountTransfers;
    private final ActivationEvents events;

    public SupportService(LicenseRepository licenses, ActivationRepository activations,
                          SeatAssignmentRepository seats, BillingStandingRepository standings,
                          CatalogueRepository catalogue, ReregistrationAllowance reregistrations,
                          ReregistrationGrantRepository grants, AccountTransferRepository transfers,
                          AuditRepository auditEntries, AuditTrail audit, AuditedState state, BindingMove bindingMove,
                          AccountTransfers accountTransfers, ActivationEvents events) {
        this.licenses = licenses;
        this.activations = activations;
        this.seats = seats;
        this.standings = standings;
        this.catalogue = catalogue;
        this.reregistrations = reregistrations;
        this.grants = grants;
        this.transfers = transfers;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.state = state;
        this.bindingMove = bindingMove;
        this.accountTransfers = accountTransfers;
        this.events = events;
    }

    /** What a reassignment did: moved the binding at once, or asked the issuer to move the account first. */
    public record Reassigned(SerialOverview overview, boolean pending) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SerialOverview lookup(String serial) {
        return overview(licenses.findBySerial(CustomerInput.serial(serial))
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
            return new Reassigned(overview(license), false);
        }
        if (!transferAccount) {
            throw new ProblemException(403, Codes.ORGANIZATION_NOT_IN_ACCOUNT, "organization " + target.id
                    + " belongs to another account; set transferAccount to move the license to that account")
                    .with("organizationId", target.id)
                    .with("organizationAccountId", target.accountId)
                    .with("licenseAccountId", license.accountId);
        }
        accountTransfers.request(license, target, reason, actor);
        return new Reassigned(overview(license), true);
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
        Instant now = Instant.now();
        for (Activation activation : live) {
            activation.end(ActivationStatus.DEACTIVATED, now);
            seats.deleteOf(activation.id);
            events.changed(EventTypes.ACTIVATION_DEACTIVATED, license, activation);
        }
        if (activationId == null) {
            audit.record(actor, "reset activations", license, before, state.of(license), reason);
        } else {
            audit.record(actor, "reset activation", AuditTrail.ACTIVATION, activationId, license.serial, before,
                    state.of(license), reason);
        }
        return overview(license);
    }

    public SerialOverview grantReregistrations(String serial, int extra, String reason, Actor actor) {
        License license = lock(serial);
        Map<String, Object> before = state.of(license);
        ReregistrationGrant grant = new ReregistrationGrant();
        grant.id = UUID.randomUUID();
        grant.licenseId = license.id;
        grant.extra = extra;
        grant.grantedAt = Instant.now();
        grants.persist(grant);
        audit.record(actor, "grant re-registrations", license, before, state.of(license), reason);
        return overview(license);
    }

    private License lock(String serial) {
        return licenses.lockBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial));
    }

    private SerialOverview overview(License license) {
        Instant now = Instant.now();
        BillingStanding standing = standings.of(license.id);
        SerialOverview.Binding binding = license.boundOrganizationId == null ? null
                : new SerialOverview.Binding(license.boundOrganizationId,
                catalogue.organization(license.boundOrganizationId).map(o -> o.name).orElse(null), license.boundAt);
        List<SerialOverview.ActivationView> machines = activations.allOf(license.id).stream()
                .map(a -> new SerialOverview.ActivationView(a.id, a.organizationId, a.fingerprintHash,
                        a.productVersion, a.hostname, a.status.name(), a.createdAt, a.lastSeenAt, a.endedAt,
                        a.isActive() ? seats.usersOf(a.id) : null))
                .toList();
        List<SerialOverview.HistoryEntry> history = auditEntries.recent(license.serial, HISTORY).stream()
                .map(e -> new SerialOverview.HistoryEntry(e.at, e.actor, e.action, e.reason)).toList();
        return new SerialOverview(license.serial, license.id, license.productCode, license.accountId,
                catalogue.account(license.accountId).map(a -> a.name).orElse(null),
                license.effectiveStatus(standing, now), license.expiresAt, license.maintenanceUntil, license.modules,
                license.maxActivations, binding,
                new SerialOverview.Billing(standing.standing, standing.pastDueSince, standing.graceEndsAt), machines,
                new SerialOverview.Reregistrations(reregistrations.allowance(license.id, now),
                        reregistrations.used(license.id, now)),
                transfers.latestOf(license.id).map(SupportService::transferView).orElse(null),
                history);
    }

    private static SerialOverview.Transfer transferView(AccountTransfer t) {
        return new SerialOverview.Transfer(t.id, t.status.name(), t.fromAccountId, t.toAccountId, t.toOrganizationId,
                t.requestedBy, t.requestedAt, t.decidedAt, t.refusal);
    }
}
