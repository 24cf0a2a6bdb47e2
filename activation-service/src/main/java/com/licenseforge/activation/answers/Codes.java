package com.licenseforge.activation.answers;

/** The activation and validation codes of the API contract, and the codes support actions are refused with. */
public final class Codes {
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String CREDENTIALS_LOCKED = "CREDENTIALS_LOCKED";
    public static final String PRODUCT_MISMATCH = "PRODUCT_MISMATCH";
    public static final String ORGANIZATION_NOT_IN_ACCOUNT = "ORGANIZATION_NOT_IN_ACCOUNT";
    public static final String LICENSE_BOUND_TO_OTHER_ORGANIZATION = "LICENSE_BOUND_TO_OTHER_ORGANIZATION";
    public static final String TOO_MANY_ACTIVATIONS = "TOO_MANY_ACTIVATIONS";
    public static final String VERSION_NOT_COVERED = "VERSION_NOT_COVERED";
    public static final String UPGRADE_REQUIRES_ORIGINAL_MACHINE = "UPGRADE_REQUIRES_ORIGINAL_MACHINE";
    public static final String EXCESS_SEAT_ASSIGNMENTS = "EXCESS_SEAT_ASSIGNMENTS";
    public static final String PAST_DUE = "PAST_DUE";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String REVOKED = "REVOKED";
    public static final String EXPIRED = "EXPIRED";
    public static final String REREGISTRATION_LIMIT_REACHED = "REREGISTRATION_LIMIT_REACHED";
    /** The customer freed as many machines of the license in the portal within 30 days as its product allows. */
    public static final String SELF_SERVICE_LIMIT_REACHED = "SELF_SERVICE_LIMIT_REACHED";
    public static final String OFFLINE_ACTIVATION_UNAVAILABLE = "OFFLINE_ACTIVATION_UNAVAILABLE";
    public static final String REQUEST_SPENT = "REQUEST_SPENT";
    /** Borrowing asked of a node-locked license: only a floating license's machines hold leases. */
    public static final String NOT_FLOATING = "NOT_FLOATING";
    /** A borrow beyond the license's longest borrow ({@code maxBorrow}). */
    public static final String BORROW_TOO_LONG = "BORROW_TOO_LONG";
    public static final String TRIALS_DISABLED = "TRIALS_DISABLED";
    public static final String TRIAL_ALREADY_USED = "TRIAL_ALREADY_USED";
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

    public static final String VALID = "VALID";
    public static final String NOT_ACTIVATED = "NOT_ACTIVATED";
    public static final String FINGERPRINT_MISMATCH = "FINGERPRINT_MISMATCH";
    public static final String REASSIGNED = "REASSIGNED";
    /** A floating license's machine missed its lease by more than the grace; it may activate again. */
    public static final String CULLED = "CULLED";
    public static final String UNKNOWN_SERIAL = "UNKNOWN_SERIAL";
    /** A trial's time is over (or it was converted to a paid license); an activation of it is refused alike. */
    public static final String TRIAL_ENDED = "TRIAL_ENDED";

    public static final String ALREADY_BOUND_TO_ORGANIZATION = "ALREADY_BOUND_TO_ORGANIZATION";
    public static final String ACCOUNT_TRANSFER_PENDING = "ACCOUNT_TRANSFER_PENDING";

    private Codes() {
    }
}
