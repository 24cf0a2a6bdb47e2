package com.licenseforge.client.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Why the activation service said no, as a type per {@code code} with the data to act on. Activation,
 * re-registration, seat and offline requests are refused with one of these ({@link RefusedException}); a
 * validation that is not valid carries one too ({@link Validation#reason()}), as does a past-due one.
 * <p>
 * Match on the type ({@code if (refusal instanceof Refusal.ExcessSeatAssignments excess) ...}) or switch on
 * {@link #code()}. A code this version of the library does not know arrives as {@link Other}.
 */
public sealed interface Refusal {

    /** The stable code of the API contract. */
    Code code();

    /** Every code the activation service answers customer systems with. */
    enum Code {
        INVALID_CREDENTIALS, CREDENTIALS_LOCKED, PRODUCT_MISMATCH, ORGANIZATION_NOT_IN_ACCOUNT,
        LICENSE_BOUND_TO_OTHER_ORGANIZATION, TOO_MANY_ACTIVATIONS, VERSION_NOT_COVERED,
        UPGRADE_REQUIRES_ORIGINAL_MACHINE, EXCESS_SEAT_ASSIGNMENTS, PAST_DUE, SUSPENDED, REVOKED, EXPIRED,
        REREGISTRATION_LIMIT_REACHED, OFFLINE_ACTIVATION_UNAVAILABLE, VALIDATION_FAILED, NOT_FOUND,
        NOT_ACTIVATED, FINGERPRINT_MISMATCH, REASSIGNED, UNKNOWN_SERIAL, TRIAL_ENDED, TRIALS_DISABLED,
        TRIAL_ALREADY_USED, TOO_MANY_REQUESTS,
        /** A code this version of the library does not know; see {@link Other#code()}. */
        OTHER
    }

    /** Serial and CD key (or offline proof) do not match a license; an unknown serial answers the same. */
    record InvalidCredentials() implements Refusal {
        public Code code() { return Code.INVALID_CREDENTIALS; }
    }

    /** Too many wrong CD keys for the serial or from this address; try again after {@code retryAfter}. */
    record CredentialsLocked(Duration retryAfter) implements Refusal {
        public Code code() { return Code.CREDENTIALS_LOCKED; }
    }

    /** The license is for {@code licensedProduct}, not the product that asked. */
    record ProductMismatch(String licensedProduct) implements Refusal {
        public Code code() { return Code.PRODUCT_MISMATCH; }
    }

    /** The organization does not belong to the license's account. */
    record OrganizationNotInAccount(UUID organizationId) implements Refusal {
        public Code code() { return Code.ORGANIZATION_NOT_IN_ACCOUNT; }
    }

    /** The license is bound to another organization (support can reassign it). */
    record LicenseBoundToOtherOrganization(UUID boundOrganizationId, String boundOrganizationName, Instant boundAt)
            implements Refusal {
        public Code code() { return Code.LICENSE_BOUND_TO_OTHER_ORGANIZATION; }
    }

    /** Every activation slot is in use: deactivate a machine first. */
    record TooManyActivations(int activationsUsed, int maxActivations) implements Refusal {
        public Code code() { return Code.TOO_MANY_ACTIVATIONS; }
    }

    /** The version was released after maintenance ended. */
    record VersionNotCovered(Instant releasedAt, Instant maintenanceUntil) implements Refusal {
        public Code code() { return Code.VERSION_NOT_COVERED; }
    }

    /** A newer major version must be activated on a machine that is already activated. */
    record UpgradeRequiresOriginalMachine(int activatedMajorVersion) implements Refusal {
        public Code code() { return Code.UPGRADE_REQUIRES_ORIGINAL_MACHINE; }
    }

    /** More users hold seats than the license allows; remove the named users' assignments. */
    record ExcessSeatAssignments(List<ExcessSeats> excess) implements Refusal {
        public Code code() { return Code.EXCESS_SEAT_ASSIGNMENTS; }
    }

    /** One module's excess: its seats, how many users hold them, and who. */
    record ExcessSeats(String module, int seats, int assigned, List<String> users) {
    }

    /**
     * Payment is past due: new activations are refused, running machines stay valid until {@code graceEndsAt}.
     * {@code pastDueSince} is known on refusals only.
     */
    record PastDue(Instant pastDueSince, Instant graceEndsAt) implements Refusal {
        public Code code() { return Code.PAST_DUE; }
    }

    /** Suspended by {@code suspendedBy}: {@code sales}, or {@code billing} for non-payment. */
    record Suspended(String suspendedBy) implements Refusal {
        public Code code() { return Code.SUSPENDED; }
    }

    /** Revoked for good. */
    record Revoked() implements Refusal {
        public Code code() { return Code.REVOKED; }
    }

    /** The license expired at {@code expiresAt}. */
    record Expired(Instant expiresAt) implements Refusal {
        public Code code() { return Code.EXPIRED; }
    }

    /** The trial ended at {@code trialEndsAt} (ran out, or was converted): enter the serial of a paid license. */
    record TrialEnded(Instant trialEndsAt) implements Refusal {
        public Code code() { return Code.TRIAL_ENDED; }
    }

    /** The product offers no trials. */
    record TrialsDisabled() implements Refusal {
        public Code code() { return Code.TRIALS_DISABLED; }
    }

    /** The product's trial was used by {@code usedBy}: this {@code machine}, one with mostly its {@code components}, or this {@code email}. */
    record TrialAlreadyUsed(String usedBy) implements Refusal {
        public Code code() { return Code.TRIAL_ALREADY_USED; }
    }

    /** Too many trial starts from this address; try again after {@code retryAfter}. */
    record TooManyRequests(Duration retryAfter) implements Refusal {
        public Code code() { return Code.TOO_MANY_REQUESTS; }
    }

    /** The yearly re-registrations are used up until {@code nextAvailableAt}; support can grant more. */
    record ReregistrationLimitReached(int allowance, int used, Instant nextAvailableAt) implements Refusal {
        public Code code() { return Code.REREGISTRATION_LIMIT_REACHED; }
    }

    /** The license predates offline proofs: activate it online. */
    record OfflineActivationUnavailable() implements Refusal {
        public Code code() { return Code.OFFLINE_ACTIVATION_UNAVAILABLE; }
    }

    /** The request was malformed; {@code errors} name the fields (or offline request lines). */
    record ValidationFailed(List<FieldError> errors) implements Refusal {
        public Code code() { return Code.VALIDATION_FAILED; }
    }

    /** A field of the request and what is wrong with it. */
    record FieldError(String field, String message) {
    }

    /** The activation does not exist or has ended. */
    record NotFound() implements Refusal {
        public Code code() { return Code.NOT_FOUND; }
    }

    /** Validation: the license is not activated on any machine. */
    record NotActivated() implements Refusal {
        public Code code() { return Code.NOT_ACTIVATED; }
    }

    /** Validation: the license is activated, but not on this machine. */
    record FingerprintMismatch() implements Refusal {
        public Code code() { return Code.FINGERPRINT_MISMATCH; }
    }

    /** Validation: support moved the license to {@code boundOrganizationId}; this machine's activation ended. */
    record Reassigned(UUID boundOrganizationId) implements Refusal {
        public Code code() { return Code.REASSIGNED; }
    }

    /** Validation: no license has this serial. */
    record UnknownSerial() implements Refusal {
        public Code code() { return Code.UNKNOWN_SERIAL; }
    }

    /** A code this version of the library does not know, with the problem's extra members. */
    record Other(String rawCode, Map<String, Object> data) implements Refusal {
        public Code code() { return Code.OTHER; }
    }
}
