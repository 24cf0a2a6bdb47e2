package com.licenseforge.notification.vocabulary;

/** This service's own refusal codes; the generic ones are in common's {@code ErrorCodes}. */
public final class Codes {
    /** A webhook URL that is not https/http, or names (or resolves to) an address outbound calls may not reach. */
    public static final String WEBHOOK_URL_REFUSED = "WEBHOOK_URL_REFUSED";

    private Codes() {
    }
}
