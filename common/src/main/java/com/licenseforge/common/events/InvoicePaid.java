package com.licenseforge.common.events;

import java.time.Instant;
import java.util.UUID;

/** {@code billing.invoice-paid}: the provider reported an invoice of the license paid; {@code periodEnd} if it named one. */
public record InvoicePaid(UUID licenseId, String invoiceId, String billingRef, Instant periodEnd) implements EventPayload {
}
