package com.licenseforge.activation.support;

import com.licenseforge.activation.machines.ActivationRepository;
import com.licenseforge.activation.machines.ReregistrationAllowance;
import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.BillingStandingRepository;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.staff.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Support's view of a serial: the license as known here, its binding, machines and their seats, billing
 * standing, re-registration allowance, latest account transfer and recent history.
 */
@ApplicationScoped
public class SerialOverviews {

    private static final int HISTORY = 20;

    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final BillingStandingRepository standings;
    private final CatalogueRepository catalogue;
    private final ReregistrationAllowance reregistrations;
    private final AccountTransferRepository transfers;
    private final AuditRepository auditEntries;
    private final Clock clock;

    public SerialOverviews(ActivationRepository activations, SeatAssignmentRepository seats,
                           BillingStandingRepository standings, CatalogueRepository catalogue,
                           ReregistrationAllowance reregistrations, AccountTransferRepository transfers,
                           AuditRepository auditEntries, Clock clock) {
        this.activations = activations;
        this.seats = seats;
        this.standings = standings;
        this.catalogue = catalogue;
        this.reregistrations = reregistrations;
        this.transfers = transfers;
        this.auditEntries = auditEntries;
        this.clock = clock;
    }

    public SerialOverview of(License license) {
        Instant now = clock.instant();
        BillingStanding standing = standings.of(license.id);
        SerialOverview.Binding binding = license.boundOrganizationId == null ? null
                : new SerialOverview.Binding(license.boundOrganizationId,
                catalogue.organization(license.boundOrganizationId).map(o -> o.name).orElse(null), license.boundAt);
        List<SerialOverview.ActivationView> machines = activations.allOf(license.id).stream()
                .map(a -> new SerialOverview.ActivationView(a.id, a.organizationId, a.fingerprintHash,
                        a.productVersion, a.hostname, a.status.name(), a.createdAt, a.lastSeenAt, a.endedAt,
                        a.isActive() ? seats.usersOf(a.id) : null, a.isActive() ? a.leaseExpiresAt : null,
                        a.isActive() ? a.borrowedUntil : null))
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
                transfers.latestOf(license.id).map(SerialOverviews::transferView).orElse(null),
                history, license.model.name(), license.isFloating() ? license.heartbeatIntervalSeconds : null);
    }

    private static SerialOverview.Transfer transferView(AccountTransfer t) {
        return new SerialOverview.Transfer(t.id, t.status.name(), t.fromAccountId, t.toAccountId, t.toOrganizationId,
                t.requestedBy, t.requestedAt, t.decidedAt, t.refusal);
    }
}
