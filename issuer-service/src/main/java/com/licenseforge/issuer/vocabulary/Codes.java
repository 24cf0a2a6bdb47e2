package com.licenseforge.issuer.vocabulary;


/**
 * The issuer's own refusal codes, for its answers and for the account transfers it refuses; the generic ones are
 * in common's {@code ErrorCodes}.
 */
public final class Codes {
    public static final String PRODUCT_EXISTS = "PRODUCT_EXISTS";
    public static final String VERSION_EXISTS = "VERSION_EXISTS";
    public static final String ACCOUNT_EXISTS = "ACCOUNT_EXISTS";
    public static final String ILLEGAL_TRANSITION = IllegalTransition.CODE;
    public static final String REVOKED = "REVOKED";
    /** Only a trial license converts to a paid one. */
    public static final String NOT_A_TRIAL = "NOT_A_TRIAL";
    /** The trial became a paid license already. */
    public static final String TRIAL_ALREADY_CONVERTED = "TRIAL_ALREADY_CONVERTED";
    public static final String ACCOUNT_CHANGED = "ACCOUNT_CHANGED";
    public static final String ORGANIZATION_NOT_IN_ACCOUNT = "ORGANIZATION_NOT_IN_ACCOUNT";
    /** A sign-in link that is unknown, expired, used, or redeemed from another browser: one code for all. */
    public static final String SIGNIN_LINK_INVALID = "SIGNIN_LINK_INVALID";
    /** A serial and CD key that do not belong together (or no such serial). */
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    /** The customer session reached its end (8 hours after the sign-in): sign in again. */
    public static final String SESSION_ENDED = "SESSION_ENDED";
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

    private Codes() {
    }
}
