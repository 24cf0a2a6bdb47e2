package com.licenseforge.common.token;

/** Claim names and token types of the license and activation tokens (see DESIGN.md). */
public final class TokenClaims {
    public static final String LICENSE_ID = "lic";
    public static final String ACCOUNT = "acct";
    public static final String PRODUCT = "prd";
    public static final String EDITION = "edn";
    public static final String MODULES = "mods";
    public static final String MAX_ACTIVATIONS = "maxAct";
    public static final String MAINTENANCE_UNTIL = "mnt";
    public static final String ORGANIZATION = "org";
    public static final String FINGERPRINT = "fp";
    public static final String ACTIVATION_ID = "act";
    /** {@code NODE_LOCKED} or {@code FLOATING}; absent in tokens from before floating licenses (node-locked). */
    public static final String MODEL = "model";
    /** A floating license's heartbeat interval in seconds: how often a machine must validate to keep its lease. */
    public static final String HEARTBEAT_INTERVAL = "hbi";
    /** A floating license's borrowed activation token: until when the machine may run offline (epoch seconds). */
    public static final String BORROWED_UNTIL = "borrow";
    /** {@code TRIAL} or {@code PAID}; absent in tokens minted before trials existed, which were all paid. */
    public static final String KIND = "knd";
    /** A trial's end (epoch seconds): in an activation token its {@code exp} is the lease, which may end sooner. */
    public static final String TRIAL_ENDS_AT = "trialEnd";

    /** JOSE {@code typ} of a license token: what is signed carries its type. */
    public static final String LICENSE_TYPE = "license+jwt";
    /** JOSE {@code typ} of an activation token. */
    public static final String ACTIVATION_TYPE = "activation+jwt";

    private TokenClaims() {
    }
}
