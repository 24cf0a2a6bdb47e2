package com.licenseforge.activation.service;

import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.activation.domain.Activation;
import com.licenseforge.activation.domain.ActivationStatus;
import com.licenseforge.activation.domain.Actor;
import com.licenseforge.activation.domain.BillingStanding;
import com.licenseforge.activation.domain.License;
import com.licenseforge.activation.domain.Organization;
import com.licenseforge.activation.domain.ReregistrationGrant;
import com.licenseforge.activation.repository.ActivationRepository;
import com.licenseforge.activation.repository.AuditRepository;
import com.licenseforge.activation.repository.BillingStandingRepository;
import com.licenseforge.activation.repository.CatalogueRepository;
import com.licenseforge.activation.repository.LicenseRepository;
import com.licenseforge.activation.repository.ReregistrationGrantRepository;
import com.licenseforge.activation.repository.ReregistrationRepository;
import com.licenseforge.activation.repository.SeatAssignmentRepository;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Support's view of a serial and its interventions: moving a license activated into the wrong organization,
 * resetting activations, granting extra re-registrations. Every intervention is audited with its reason.
 */
@ApplicationScoped
@Transactional
public class SupportService {

    private static final Duration YEAR = Duration.ofDays(365);
    private static final int HISTORY = 20;

    private final LicenseRepository licenses;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final BillingStandingRepository standings;
    private final CatalogueRepository catalogue;
    private final ReregistrationRepository reregistrations;
    private final ReregistrationGrantRepository grants;
    private final AuditRepository auditEntries;
    private final AuditTrail audit;
    private final ActivationEvents events;
    private final ActivationConfig config;

    public SupportService(LicenseRepository licenses, ActivationRepository activations,
                          SeatAssignmentRepository seats, BillingStandingRepository standings,
                          CatalogueRepository catalogue, ReregistrationRepository reregistrations,
                          ReregistrationGrantRepository grants, AuditRepository auditEntries, AuditTrail audit,
                          ActivationEvents events, ActivationConfig config) {
        this.licenses = licenses;
        this.activations = activations;
        this.seats = seats;
        this.standings = standings;
        this.catalogue = catalogue;
        this.reregistrations = reregistrations;
        this.grants = grants;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.events = events;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SerialOverview lookup(String serial) {
        return overview(licenses.findBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial)));
    }

    /** Moves the binding to another organization of the account; the machines activated so far end as REASSIGNED. */
    public SerialOverview reassign(String serial, UUID toOrganizationId, String reason, Actor actor) {
        License license = lock(serial);
        Organization target = catalogue.organization(toOrganizationId)
                .filter(o -> o.accountId.equals(license.accountId))
                .orElseThrow(() -> new ProblemException(403, Codes.ORGANIZATION_NOT_IN_ACCOUNT,
                        "organization " + toOrganizationId + " does not belong to the license's account"));
        if (target.id.equals(license.boundOrganizationId)) {
            throw ProblemException.validation("toOrganizationId", "already holds the license");
        }
        Map<String, Object> before = state(license);
        endLiveActivations(license, ActivationStatus.REASSIGNED);
        license.bindTo(target.id, Instant.now());
        audit.record(actor, "reassign", license.serial, before, state(license), reason);
        return overview(license);
    }

    /** Ends every live activation and frees its slot; the binding stays. */
    public SerialOverview resetActivations(String serial, String reason, Actor actor) {
        License license = lock(serial);
        Map<String, Object> before = state(license);
        endLiveActivations(license, ActivationStatus.DEACTIVATED);
        audit.record(actor, "reset activations", license.serial, before, state(license), reason);
        return overview(license);
    }

    public SerialOverview grantReregistrations(String serial, int extra, String reason, Actor actor) {
        License license = lock(serial);
        Map<String, Object> before = state(license);
        ReregistrationGrant grant = new ReregistrationGrant();
        grant.id = UUID.randomUUID();
        grant.licenseId = license.id;
        grant.extra = extra;
        grant.grantedAt = Instant.now();
        grants.persist(grant);
        audit.record(actor, "grant re-registrations", license.serial, before, state(license), reason);
        return overview(license);
    }

    private License lock(String serial) {
        return licenses.lockBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial));
    }

    private void endLiveActivations(License license, ActivationStatus reason) {
        Instant now = Instant.now();
        for (Activation activation : activations.activeOf(license.id)) {
            activation.end(reason, now);
            seats.deleteOf(activation.id);
            events.changed(EventTypes.ACTIVATION_DEACTIVATED, license, activation);
        }
    }

    private Map<String, Object> state(License license) {
        Map<String, Object> state = new HashMap<>();
        state.put("boundOrganizationId", license.boundOrganizationId == null ? null : license.boundOrganizationId.toString());
        state.put("liveActivations", activations.activeOf(license.id).size());
        state.put("reregistrationAllowance", allowance(license, Instant.now()));
        return state;
    }

    private int allowance(License license, Instant now) {
        return config.reregistrationsPerYear() + grants.extraSince(license.id, now.minus(YEAR));
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
        List<SerialOverview.HistoryEntry> history = auditEntries.search(license.serial, null, null, null, 0, HISTORY)
                .stream().map(e -> new SerialOverview.HistoryEntry(e.at, e.actor, e.action, e.reason)).toList();
        return new SerialOverview(license.serial, license.id, license.productCode, license.accountId,
                catalogue.account(license.accountId).map(a -> a.name).orElse(null),
                license.effectiveStatus(standing, now), license.expiresAt, license.maintenanceUntil, license.modules,
                license.maxActivations, binding,
                new SerialOverview.Billing(standing.standing, standing.pastDueSince, standing.graceEndsAt), machines,
                new SerialOverview.Reregistrations(allowance(license, now),
                        reregistrations.since(license.id, now.minus(YEAR)).size()),
                history);
    }
}
