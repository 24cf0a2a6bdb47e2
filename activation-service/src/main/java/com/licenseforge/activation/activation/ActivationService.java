package com.licenseforge.activation.activation;

import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Activates a serial on a machine, previews that, and deactivates. Every change runs under the license row lock. */
@ApplicationScoped
@Transactional
public class ActivationService {

    private static final Duration EXPIRY_NOTICE = Duration.ofDays(30);

    private final LicenseFactsLoader facts;
    private final ActivationChecks checks;
    private final CredentialThrottle throttle;
    private final CredentialGate gate;
    private final ActivationRepository activations;
    private final ActivationLock lock;
    private final SeatAssignmentRepository seats;
    private final ActivationEvents events;
    private final CatalogueRepository catalogue;
    private final ReregistrationAllowance reregistrations;

    public ActivationService(LicenseFactsLoader facts, ActivationChecks checks, CredentialThrottle throttle,
                             CredentialGate gate, ActivationRepository activations, ActivationLock lock,
                             SeatAssignmentRepository seats, ActivationEvents events,
                             CatalogueRepository catalogue, ReregistrationAllowance reregistrations) {
        this.facts = facts;
        this.checks = checks;
        this.throttle = throttle;
        this.gate = gate;
        this.activations = activations;
        this.lock = lock;
        this.seats = seats;
        this.events = events;
        this.catalogue = catalogue;
        this.reregistrations = reregistrations;
    }

    /**
     * The activation, and what its token is minted from; {@code created} is false when the machine was already
     * activated. The token is signed after the commit, so the license row lock is not held for the signature.
     */
    public record Activated(License license, Activation activation, BillingStanding standing, Instant at,
                            boolean created) {

        public ActivationTokens.Lease lease(ActivationTokens tokens) {
            return tokens.mint(license, activation, standing, at);
        }
    }

    /** What an activation would find and whether it would succeed; refuses only bad input and bad credentials. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivationPreview preview(ActivationRequest request, String clientAddress) {
        ActivationIntent intent = request.intent();
        LicenseFacts known = facts.forActivation(proven(intent, false, clientAddress), intent);
        Optional<Refusal> refusal = checks.activation(intent, known);
        if (refusal.isPresent() && refusal.get().isAboutTheRequest()) {
            throw throttle.refuse(refusal.get(), intent.serial(), known.known(), clientAddress);
        }
        return describe(intent, known, refusal);
    }

    public Activated activate(ActivationRequest request, String clientAddress) {
        return activate(request.intent(), clientAddress, OneTimeRequest.NONE);
    }

    /**
     * Runs the check chain under the license row lock and, when it passes, binds the license to the
     * organization on its first activation and takes a slot. The same machine again gets its activation back;
     * so does a machine recognised by its components after a hardware change, re-registered in place. A
     * one-time request accepted before never makes a new activation: it gets back the live activation it
     * made, or {@code REQUEST_SPENT} once that ended (reset by support, deactivated by the customer).
     */
    public Activated activate(ActivationIntent intent, String clientAddress, OneTimeRequest once) {
        // read-model facts no lock guards are read before the license row lock, so the checks under it find
        // them in the persistence context instead of waiting on the database with the lock held
        catalogue.organization(intent.organizationId());
        catalogue.version(intent.productCode(), intent.productVersion());
        LicenseFacts locked = facts.forActivation(proven(intent, true, clientAddress), intent);
        Optional<Refusal> refusal = checks.activation(intent, locked);
        if (refusal.isPresent()) {
            throw throttle.refuse(refusal.get(), intent.serial(), locked.known(), clientAddress);
        }
        License license = locked.license();
        Optional<Activation> existing = locked.machineOf(intent);
        Optional<UUID> madeBefore = once.madeBefore(license);
        if (madeBefore.isPresent() && !madeBefore.equals(existing.map(a -> a.id))) {
            throw new ProblemException(409, Codes.REQUEST_SPENT, "this request was used for an activation that has "
                    + "since ended; make a new request on the machine");
        }
        if (existing.isPresent()) {
            Activation activation = existing.get();
            if (!activation.fingerprintHash.equals(intent.fingerprintHash())) {
                reregistrations.move(activation, intent.fingerprintHash(), intent.components(), locked.now());
                events.changed(EventTypes.ACTIVATION_REREGISTERED, license, activation);
            }
            activation.productVersion = intent.productVersion();
            activation.lastSeenAt = locked.now();
            once.made(license, activation);
            return new Activated(license, activation, locked.standing(), locked.now(), false);
        }
        if (license.boundOrganizationId == null) {
            license.bindTo(intent.organizationId(), locked.now());
        }
        Activation activation = new Activation();
        activation.id = UUID.randomUUID();
        activation.licenseId = license.id;
        activation.organizationId = intent.organizationId();
        activation.fingerprintHash = intent.fingerprintHash();
        activation.productVersion = intent.productVersion();
        activation.hostname = intent.hostname();
        activation.recordComponents(intent.components());
        activation.status = ActivationStatus.ACTIVE;
        activation.createdAt = locked.now();
        activation.lastSeenAt = locked.now();
        activations.persist(activation);
        once.made(license, activation);
        events.changed(EventTypes.ACTIVATION_CREATED, license, activation);
        return new Activated(license, activation, locked.standing(), locked.now(), true);
    }

    /** Frees the slot (and the seats held on the machine); deactivating twice changes nothing. */
    public void deactivate(UUID activationId, String cdKey, String clientAddress) {
        ActivationLock.Locked locked = lock.lock(activationId, cdKey, clientAddress);
        License license = locked.license();
        Activation activation = locked.activation();
        if (!activation.isActive()) {
            return;
        }
        activation.end(ActivationStatus.DEACTIVATED, Instant.now());
        seats.deleteOf(activation.id);
        events.changed(EventTypes.ACTIVATION_DEACTIVATED, license, activation);
    }

    /** The license, once the intent's credentials proved it (throttled); the same refusal for an unknown serial. */
    private License proven(ActivationIntent intent, boolean lock, String clientAddress) {
        return gate.admit(intent.serial(), () -> facts.license(intent.serial(), lock), intent.credential(),
                clientAddress);
    }

    private ActivationPreview describe(ActivationIntent intent, LicenseFacts known, Optional<Refusal> refusal) {
        License license = known.license();
        ActivationPreview.Binding binding = license.boundOrganizationId == null ? null
                : new ActivationPreview.Binding(license.boundOrganizationId,
                catalogue.organization(license.boundOrganizationId).map(o -> o.name).orElse(null), license.boundAt);
        return new ActivationPreview(license.serial, license.productCode,
                catalogue.product(license.productCode).map(p -> p.name).orElse(null),
                catalogue.account(license.accountId).map(a -> a.name).orElse(null),
                new ActivationPreview.OrganizationRef(intent.organizationId(),
                        catalogue.organization(intent.organizationId()).map(o -> o.name).orElse(null)),
                binding, known.activeCount(), license.maxActivations, warnings(intent, known),
                refusal.isEmpty(), refusal.map(Refusal::code).orElse(null), refusal.map(Refusal::detail).orElse(null),
                refusal.map(Refusal::data).filter(data -> !data.isEmpty()).orElse(null));
    }

    private static List<ActivationPreview.Warning> warnings(ActivationIntent intent, LicenseFacts known) {
        License license = known.license();
        List<ActivationPreview.Warning> warnings = new ArrayList<>();
        Optional<Activation> existing = known.machineOf(intent);
        if (existing.isPresent() && existing.get().fingerprintHash.equals(intent.fingerprintHash())) {
            warnings.add(new ActivationPreview.Warning("ALREADY_ACTIVATED",
                    "this machine is already activated; activating again returns activation " + existing.get().id));
        } else if (existing.isPresent()) {
            warnings.add(new ActivationPreview.Warning("REREGISTERS_MACHINE", "most hardware components match "
                    + "activation " + existing.get().id + "; activating re-registers it on the new fingerprint"));
        } else if (known.activeCount() == license.maxActivations - 1) {
            warnings.add(new ActivationPreview.Warning("LAST_SLOT",
                    "this activation takes the last of " + license.maxActivations + " slots"));
        }
        if (license.boundOrganizationId == null) {
            warnings.add(new ActivationPreview.Warning("BINDS_ORGANIZATION", "the first activation binds the license to "
                    + "organization " + intent.organizationId() + "; only support can move it afterwards"));
        }
        if (license.expiresAt != null && license.expiresAt.isBefore(known.now().plus(EXPIRY_NOTICE))) {
            warnings.add(new ActivationPreview.Warning("EXPIRES_SOON", "the license expires at " + license.expiresAt));
        }
        return warnings;
    }
}
