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

    private Codes() {
    }
}
