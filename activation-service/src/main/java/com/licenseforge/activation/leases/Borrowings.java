package com.licenseforge.activation.leases;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationChecks;
import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.machines.ActivationRepository;
import com.licenseforge.activation.machines.FloatingLeases;
import com.licenseforge.activation.machines.LicenseFacts;
import com.licenseforge.activation.machines.LicenseFactsLoader;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Takes a floating license's machine's lease out for offline use under the license row lock: the machine keeps
 * its slot until the borrow ends (it is not culled before), or until it checks in earlier.
 */
@ApplicationScoped
@Transactional
public class Borrowings {

    private final ActivationRepository activations;
    private final LicenseRepository licenses;
    private final LicenseFactsLoader facts;
    private final ActivationChecks checks;
    private final FloatingLeases leases;
    private final ActivationEvents events;

    public Borrowings(ActivationRepository activations, LicenseRepository licenses, LicenseFactsLoader facts,
                      ActivationChecks checks, FloatingLeases leases, ActivationEvents events) {
        this.activations = activations;
        this.licenses = licenses;
        this.facts = facts;
        this.checks = checks;
        this.leases = leases;
        this.events = events;
    }

    /** The borrowed activation and what its token is minted from. */
    public record Borrowed(License license, Activation activation, LicenseFacts facts) {
    }

    /** Borrows the lease of {@code activationId}, whose token proved {@code serial}, until {@code until}. */
    public Borrowed borrow(UUID activationId, String serial, Instant until) {
        Activation activation = activations.findByIdOptional(activationId)
                .orElseThrow(() -> ProblemException.notFound("activation", activationId));
        License license = licenses.lockById(activation.licenseId)
                .filter(l -> l.serial.equals(serial))
                .orElseThrow(() -> ProblemException.notFound("activation", activationId));
        activations.getEntityManager().refresh(activation);
        LicenseFacts known = facts.forMachine(license, activation.fingerprintHash);
        checks.existingActivation(known).ifPresent(refusal -> {
            throw refusal.toProblem();
        });
        if (!license.isFloating()) {
            throw new ProblemException(409, Codes.NOT_FLOATING, "the license is node-locked: its machines keep "
                    + "their slots and may run offline until their token expires");
        }
        if (!activation.isActive()) {
            throw new ProblemException(409, Codes.CULLED, "this activation has ended (" + activation.status
                    + "); activate again to take a free slot").with("status", activation.status.name());
        }
        Instant now = known.now();
        if (!until.isAfter(now)) {
            throw ProblemException.validation("until", "must be in the future");
        }
        Instant latest = now.plus(license.maxBorrow());
        if (until.isAfter(latest)) {
            throw new ProblemException(422, Codes.BORROW_TOO_LONG, "the license lets a machine borrow for at most "
                    + LicenseModel.text(license.maxBorrow())).with("maxBorrow", LicenseModel.text(license.maxBorrow()))
                    .with("latestUntil", latest.toString());
        }
        leases.borrow(license, activation, until, now);
        activation.lastSeenAt = now;
        events.changed(EventTypes.ACTIVATION_BORROWED, license, activation);
        return new Borrowed(license, activation, known);
    }
}
