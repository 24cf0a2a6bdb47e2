package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.Organization;
import com.licenseforge.activation.readmodel.ProductVersion;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.activation.seats.SeatExcess;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.license.LicenseStatus;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.problem.ErrorCodes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one chain of checks, in one fixed order, that preview, activation and validation share, so the same
 * situation always gets the same answer: credentials → license status → product → organization in the
 * account → binding → version covered by maintenance → upgrade on an original machine → seats → slots (or,
 * for a machine recognised by its components, the re-registration allowance). Validation runs the steps that
 * apply to an activated machine, in the same order.
 */
@ApplicationScoped
public class ActivationChecks {

    private final CdKeyHasher cdKeys;
    private final CatalogueRepository catalogue;
    private final ActivationRepository activations;
    private final ReregistrationAllowance reregistrations;
    private final SeatAssignmentRepository seatAssignments;
    private final OfflineCredentials offline;

    public ActivationChecks(CdKeyHasher cdKeys, CatalogueRepository catalogue, ActivationRepository activations,
                            ReregistrationAllowance reregistrations, SeatAssignmentRepository seatAssignments,
                            OfflineCredentials offline) {
        this.cdKeys = cdKeys;
        this.offline = offline;
        this.catalogue = catalogue;
        this.activations = activations;
        this.reregistrations = reregistrations;
        this.seatAssignments = seatAssignments;
    }

    /** The first refusal for activating {@code intent}, or empty when the activation may go ahead. */
    public Optional<Refusal> activation(ActivationIntent intent, LicenseFacts facts) {
        return first(
                () -> credentials(intent.serial(), intent.credential(), facts.license()),
                () -> status(facts, true),
                () -> product(intent, facts.license()),
                () -> organization(intent, facts.license()),
                () -> binding(intent, facts.license()),
                () -> version(intent.productVersion(), facts.license()),
                () -> upgrade(intent, facts),
                () -> seats(facts),
                () -> slots(intent, facts));
    }

    /**
     * What a change to an existing activation (seats, re-registration) requires once its credentials proved
     * it: a license that is not revoked, suspended or expired.
     */
    public Optional<Refusal> existingActivation(LicenseFacts facts) {
        return status(facts, false);
    }

    /** The CD key online; offline, the signature or proof made with it. */
    Optional<Refusal> credentials(String serial, Credential credential, License license) {
        if (credential instanceof Credential.Key key) {
            return credentials(serial, key.cdKey(), license);
        }
        return offline.check(credential, license);
    }

    /**
     * Serial and CD key (constant-time keyed hash). An unknown serial gets the same answer as a wrong key, so
     * the answer does not reveal which serials exist.
     */
    public Optional<Refusal> credentials(String serial, String cdKey, License license) {
        String storedHash = license != null ? license.cdKeyHash : null;
        // hashed even for an unknown serial, so the time taken does not tell either
        if (cdKeys.matches(serial, cdKey, storedHash) && license != null) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(401, Codes.INVALID_CREDENTIALS, "serial and CD key do not match a license"));
    }

    /**
     * The verdict on a machine that validates: whether it may go on running, and why not. {@code released} is
     * what the catalogue holds for the {@code productVersion} it runs (read with the facts).
     */
    public Verdict validation(String fingerprintHash, String productVersion, Optional<ProductVersion> released,
                              LicenseFacts facts) {
        if (!facts.known()) {
            return Verdict.invalid(Refusal.of(200, Codes.UNKNOWN_SERIAL, "no license has this serial"));
        }
        Optional<Refusal> refusal = first(
                () -> status(facts, false),
                () -> machine(fingerprintHash, facts),
                () -> productVersion == null ? Optional.empty() : version(productVersion, released, facts.license()),
                () -> seats(facts));
        if (refusal.isPresent()) {
            if (refusal.get().isAboutTheRequest()) {
                throw refusal.get().toProblem();
            }
            return Verdict.invalid(refusal.get());
        }
        Activation activation = facts.activeOn(fingerprintHash).orElseThrow();
        if (facts.standing().isPastDue()) {
            return Verdict.valid(Codes.PAST_DUE, "payment is past due; the license keeps working until the grace ends",
                    activation).with("pastDueSince", facts.standing().pastDueSince)
                    .with("graceEndsAt", facts.standing().graceEndsAt);
        }
        if (facts.license().isTrial()) {
            return Verdict.valid(Codes.VALID, "the trial is valid on this machine until " + facts.license().expiresAt,
                    activation).with("trialEndsAt", facts.license().expiresAt);
        }
        return Verdict.valid(Codes.VALID, "the license is valid on this machine", activation);
    }

    /**
     * Revoked, suspended (by sales or for non-payment), expired (a trial: ended); past-due only refuses new
     * activations.
     */
    Optional<Refusal> status(LicenseFacts facts, boolean refusePastDue) {
        License license = facts.license();
        LicenseStatus status = license.effectiveStatus(facts.standing(), facts.now());
        return switch (status) {
            case REVOKED -> Optional.of(Refusal.of(403, Codes.REVOKED, "the license has been revoked"));
            case SUSPENDED -> Optional.of(Refusal.of(403, Codes.SUSPENDED, license.status == SalesStatus.SUSPENDED
                    ? "the license has been suspended" : "the license is suspended for non-payment")
                    .with("suspendedBy", license.status == SalesStatus.SUSPENDED ? "sales" : "billing"));
            case EXPIRED -> Optional.of(license.isTrial()
                    ? Refusal.of(403, Codes.TRIAL_ENDED, "the trial ended at " + license.expiresAt
                            + "; enter the serial of a paid license").with("trialEndsAt", license.expiresAt)
                    : Refusal.of(403, Codes.EXPIRED, "the license expired at " + license.expiresAt)
                            .with("expiresAt", license.expiresAt));
            case PAST_DUE -> refusePastDue
                    ? Optional.of(Refusal.of(403, Codes.PAST_DUE, "payment is past due: no new activations until it is settled")
                            .with("pastDueSince", facts.standing().pastDueSince)
                            .with("graceEndsAt", facts.standing().graceEndsAt))
                    : Optional.empty();
            case ACTIVE -> Optional.empty();
        };
    }

    Optional<Refusal> product(ActivationIntent intent, License license) {
        if (license.productCode.equals(intent.productCode())) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(422, Codes.PRODUCT_MISMATCH,
                        "the license is for product " + license.productCode + ", not " + intent.productCode())
                .with("licensedProduct", license.productCode));
    }

    Optional<Refusal> organization(ActivationIntent intent, License license) {
        Optional<Organization> organization = catalogue.organization(intent.organizationId());
        if (organization.isPresent() && organization.get().accountId.equals(license.accountId)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(403, Codes.ORGANIZATION_NOT_IN_ACCOUNT,
                        "organization " + intent.organizationId() + " does not belong to the license's account")
                .with("organizationId", intent.organizationId()));
    }

    Optional<Refusal> binding(ActivationIntent intent, License license) {
        UUID bound = license.boundOrganizationId;
        if (bound == null || bound.equals(intent.organizationId())) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(409, Codes.LICENSE_BOUND_TO_OTHER_ORGANIZATION,
                        "the license is bound to organization " + bound + "; support can reassign it")
                .with("boundOrganizationId", bound)
                .with("boundOrganizationName", catalogue.organization(bound).map(o -> o.name).orElse(null))
                .with("boundAt", license.boundAt));
    }

    /** Maintenance covers a version released no later than its end; an unknown version is bad input. */
    Optional<Refusal> version(String productVersion, License license) {
        return version(productVersion, catalogue.version(license.productCode, productVersion), license);
    }

    private static Optional<Refusal> version(String productVersion, Optional<ProductVersion> version, License license) {
        if (version.isEmpty()) {
            return Optional.of(Refusal.of(400, ErrorCodes.VALIDATION_FAILED,
                            "productVersion: " + productVersion + " is not a released version of " + license.productCode)
                    .with("errors", List.of(Map.of("field", "productVersion",
                            "message", "is not a released version of " + license.productCode))));
        }
        if (license.covers(version.get())) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(403, Codes.VERSION_NOT_COVERED, "version " + productVersion + " was released "
                        + version.get().releasedAt + ", after maintenance ended " + license.maintenanceUntil)
                .with("releasedAt", version.get().releasedAt)
                .with("maintenanceUntil", license.maintenanceUntil));
    }

    /** A newer major version than any live activation runs may only be activated on a machine already activated. */
    Optional<Refusal> upgrade(ActivationIntent intent, LicenseFacts facts) {
        if (facts.activeCount() == 0 || facts.machineOf(intent).isPresent()) {
            return Optional.empty();
        }
        int newest = facts.newestMajor();
        if (ProductVersion.major(intent.productVersion()) <= newest) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(409, Codes.UPGRADE_REQUIRES_ORIGINAL_MACHINE, "an upgrade to "
                        + intent.productVersion() + " must be activated on a machine that is already activated")
                .with("activatedMajorVersion", newest));
    }

    /** More users hold a module's seats than the license now allows: the customer must remove the excess first. */
    Optional<Refusal> seats(LicenseFacts facts) {
        List<SeatExcess> excess = SeatExcess.of(facts.seatsAssigned(), facts.license()::seats,
                module -> seatAssignments.users(facts.license().id, module));
        if (excess.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(409, Codes.EXCESS_SEAT_ASSIGNMENTS,
                "more users hold seats than the license allows in " + excess.stream()
                        .map(SeatExcess::module).toList() + "; remove the excess assignments")
                .with("excess", excess.stream().map(SeatExcess::asProblemEntry).toList()));
    }

    /**
     * A new machine needs a free slot. A known machine keeps its slot; when it is recognised by its components
     * under a new fingerprint, it is re-registered in place, which draws on the re-registration allowance.
     */
    Optional<Refusal> slots(ActivationIntent intent, LicenseFacts facts) {
        if (facts.activeOn(intent.fingerprintHash()).isPresent()) {
            return Optional.empty();
        }
        if (facts.machineOf(intent).isPresent()) {
            return reregistrations.exhausted(facts.license().id, facts.now());
        }
        int used = facts.activeCount();
        int max = facts.license().maxActivations;
        if (used < max) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(409, Codes.TOO_MANY_ACTIVATIONS,
                        "all " + max + " activations of the license are in use; deactivate a machine first")
                .with("activationsUsed", used)
                .with("maxActivations", max));
    }

    /**
     * Validation's counterpart of binding and slots: is this machine one of the license's live activations?
     * A machine whose activation ended when support moved the license elsewhere is told so, and so is a floating
     * license's machine culled for missing its lease.
     */
    public Optional<Refusal> machine(String fingerprintHash, LicenseFacts facts) {
        if (facts.activeOn(fingerprintHash).isPresent()) {
            return Optional.empty();
        }
        Optional<ActivationStatus> ended = activations.latestOn(facts.license().id, fingerprintHash).map(a -> a.status);
        if (ended.filter(ActivationStatus.CULLED::equals).isPresent()) {
            return Optional.of(Refusal.of(200, Codes.CULLED, "this machine missed its lease and its slot was freed; "
                    + "activate again to take a free slot"));
        }
        if (ended.filter(ActivationStatus.REASSIGNED::equals).isPresent()) {
            return Optional.of(Refusal.of(200, Codes.REASSIGNED, "the license was moved to organization "
                    + facts.license().boundOrganizationId + "; this machine's activation has ended")
                    .with("boundOrganizationId", facts.license().boundOrganizationId));
        }
        return Optional.of(!activations.anyActive(facts.license().id)
                ? Refusal.of(200, Codes.NOT_ACTIVATED, "the license is not activated on any machine")
                : Refusal.of(200, Codes.FINGERPRINT_MISMATCH, "the license is not activated on this machine"));
    }

    @SafeVarargs
    private static Optional<Refusal> first(Supplier<Optional<Refusal>>... checks) {
        for (Supplier<Optional<Refusal>> check : checks) {
            Optional<Refusal> refusal = check.get();
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
