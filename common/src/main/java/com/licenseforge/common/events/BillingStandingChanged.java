package com.licenseforge.common.events;

import com.licenseforge.common.license.Standing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code billing.past-due}, {@code billing.suspended} and {@code billing.restored}. {@code openInvoices}
 * are the invoices still open after the change (what a dunning mail names); events of earlier releases lack it.
 */
public record BillingStandingChanged(
        UUID licenseId,
        Standing standing,
        Instant pastDueSince,
        Instant graceEndsAt,
        List<OpenInvoice> openInvoices) implements EventPayload {

    public BillingStandingChanged(UUID licenseId, Standing standing, Instant pastDueSince, Instant graceEndsAt) {
        this(licenseId, standing, pastDueSince, graceEndsAt, List.of());
    }

    public record OpenInvoice(String invoiceId, BigDecimal amountDue, Instant dueAt) {
    }
}
