package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.BillingStandingRepository;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Optional;

/**
 * Gathers the {@link LicenseFacts} of a serial, either to read them or under the license row lock to change them.
 * Every read goes by index to the rows the request is about, or counts: a license with ten thousand machines
 * costs what one with ten does.
 */
@ApplicationScoped
public class LicenseFactsLoader {

    private final LicenseRepository licenses;
    private final BillingStandingRepository standings;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final ActivationRead activationReads;
    private final CatalogueRepository catalogue;
    private final Clock clock;

    public LicenseFactsLoader(LicenseRepository licenses, BillingStandingRepository standings,
                              ActivationRepository activations, SeatAssignmentRepository seats,
                              ActivationRead activationReads, CatalogueRepository catalogue, Clock clock) {
        this.licenses = licenses;
        this.catalogue = catalogue;
        this.standings = standings;
        this.activations = activations;
        this.seats = seats;
        this.activationReads = activationReads;
        this.clock = clock;
    }

    /** The facts of an existing activation's license as they bear on the machine {@code fingerprintHash}. */
    public LicenseFacts forMachine(License license, String fingerprintHash) {
        return new LicenseFacts(license, standings.of(license.id), activations.activeOn(license.id, fingerprintHash),
                0, 0, seats.assignedByModule(license.id), clock.instant());
    }

    /**
     * Reads the read-model facts about {@code intent} no lock guards (its organization and version) before the
     * license row lock, so the checks under it find them in the persistence context instead of waiting on the
     * database with the lock held.
     */
    public void prefetch(ActivationIntent intent) {
        catalogue.organization(intent.organizationId());
        catalogue.version(intent.productCode(), intent.productVersion());
    }

    /** The license's live activation on the machine {@code fingerprintHash}, if any. */
    public Optional<Activation> liveOn(License license, String fingerprintHash) {
        return activations.activeOn(license.id, fingerprintHash).stream().findFirst();
    }

    /**
     * The license row alone, locked when asked (the counts read after it then stay true until the caller's
     * transaction ends): credentials are checked on it before anything else is read, so a
     * wrong key costs the same work whether the serial exists here or not.
     */
    public Optional<License> license(String serial, boolean lock) {
        return lock ? licenses.lockBySerial(serial) : licenses.findBySerial(serial);
    }

    /** The facts activating {@code intent} is checked on: its machine's candidates, the slots held, the versions run. */
    public LicenseFacts forActivation(License license, ActivationIntent intent) {
        return activationReads.read(license, intent);
    }
}
