package com.licenseforge.activation.selfservice;

import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationRepository;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.readmodel.Product;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A license's live machines for its customer, and the licenses a customer token reaches here: a license out of
 * scope is answered as one that does not exist (404).
 */
@ApplicationScoped
@Transactional
public class CustomerMachines {

    private final LicenseRepository licenses;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final CatalogueRepository catalogue;
    private final SelfServiceDeactivationRepository frees;
    private final Clock clock;

    public CustomerMachines(LicenseRepository licenses, ActivationRepository activations,
                            SeatAssignmentRepository seats, CatalogueRepository catalogue,
                            SelfServiceDeactivationRepository frees, Clock clock) {
        this.licenses = licenses;
        this.activations = activations;
        this.seats = seats;
        this.catalogue = catalogue;
        this.frees = frees;
        this.clock = clock;
    }

    public MachinesView of(CustomerScope scope, UUID licenseId) {
        License license = licenses.findByIdOptional(licenseId).filter(l -> scope.covers(l.id, l.accountId))
                .orElseThrow(() -> ProblemException.notFound("license", licenseId));
        List<Activation> live = activations.activeOf(license.id);
        List<MachinesView.Machine> machines = live.stream().map(activation -> new MachinesView.Machine(
                activation.id, activation.hostname,
                catalogue.organization(activation.organizationId).map(organization -> organization.name).orElse(null),
                activation.productVersion, activation.lastSeenAt, activation.createdAt, activation.status.name(),
                activation.leaseExpiresAt, seats.usersOf(activation.id))).toList();
        return new MachinesView(license.id, live.size(), license.maxActivations, allowance(license), machines);
    }

    /** The customer's frees of {@code license} within the window against its product's limit. */
    SelfServiceAllowance allowance(License license) {
        int limit = catalogue.product(license.productCode).map(Product::selfServiceLimit)
                .orElseGet(() -> new Product().selfServiceLimit());
        return SelfServiceAllowance.of(frees.since(license.id, clock.instant().minus(SelfServiceAllowance.WINDOW)),
                limit);
    }
}
