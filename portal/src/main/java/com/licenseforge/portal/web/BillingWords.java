package com.licenseforge.portal.web;

import com.licenseforge.portal.api.CustomerApi;

/**
 * A license's billing standing in the customer's words: overdue says until when the service continues (the grace
 * the issuer knows from billing), suspended says why.
 */
public final class BillingWords {

    private BillingWords() {
    }

    public static String of(CustomerApi.License license, Messages msg) {
        if (license.billingStanding() == null) {
            return msg.billingUnknown();
        }
        return switch (license.billingStanding()) {
            case "GOOD" -> msg.billingGood();
            case "PAST_DUE" -> license.graceEndsAt() == null ? msg.status("PAST_DUE")
                    : msg.billingPastDue(Times.day(license.graceEndsAt()));
            case "SUSPENDED" -> msg.billingSuspended();
            default -> msg.billingUnknown();
        };
    }
}
