package com.licenseforge.billing.webhooks;

/** The answer to a webhook delivery: what became of the event, and whether it had been received before. */
public record Receipt(String id, String outcome, boolean duplicate) {
}
