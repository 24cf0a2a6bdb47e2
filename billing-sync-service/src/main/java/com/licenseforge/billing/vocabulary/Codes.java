package com.licenseforge.billing.vocabulary;

/** Billing-sync's own refusal codes; the generic ones are in common's {@code ErrorCodes}. */
public final class Codes {
    public static final String INVALID_SIGNATURE = "INVALID_SIGNATURE";
    public static final String STALE_SIGNATURE = "STALE_SIGNATURE";

    private Codes() {
    }
}
