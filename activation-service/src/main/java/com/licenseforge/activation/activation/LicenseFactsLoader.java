package com.licenseforge.activation.activation;

import com.licenseforge.activation.readmodel.BillingStandingRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Gathers the {@link LicenseFacts} of a serial, either to read them or under the license row lock to change them. */
@ApplicationScoped
public class LicenseFactsLoader {

    private final LicenseRepository licenses;
    private final BillingStandingRepository standings;
    private final ActivationRepository activations;
    private final SeatAssignmentRepository seats;
    private final Clock clock;

    public LicenseFactsLoader(LicenseRepository licenses, BillingStandingRepository standings,
                              ActivationRepository activations, SeatAssignmentRepository seats, Clock clock) {
        this.licenses = licenses;
        this.standings = standings;
        this.activations = activations;
        this.seats = seats;
        this.clock = clock;
    }

    /**
     * The facts a validating machine needs: of the activations only the one on its fingerprint,
     * so a heartbeat costs the same whether the license holds two machines or two thousand.
     */
    public LicenseFacts readForMachine(String serial, String fingerprintHash) {
        return of(licenses.findBySerial(serial), license -> activations.activeOn(license.id, fingerprintHash));
    }

    /**
     * The license row alone, locked when asked (the counts read after it then stay true until the caller's
     * transaction ends): credentials are checked on it before anything else is read, so a
     * wrong key costs the same work whether the serial exists here or not.
     */
    public Optional<License> license(String serial, boolean lock) {
        return lock ? licenses.lockBySerial(serial) : licenses.findBySerial(serial);
    }

    public LicenseFacts of(License license) {
        return of(Optional.of(license), this::allActive);
    }

    private List<Activation> allActive(License license) {
        return activations.activeOf(license.id);
    }

    private LicenseFacts of(Optional<License> license, Function<License, List<Activation>> active) {
        Instant now = clock.instant();
        return license.map(l -> new LicenseFacts(l, standings.of(l.id), active.apply(l),
                seats.usersByModule(l.id), now)).orElseGet(() -> LicenseFacts.unknown(now));
    }
}
