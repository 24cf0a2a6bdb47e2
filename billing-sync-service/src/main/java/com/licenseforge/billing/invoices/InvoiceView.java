package com.licenseforge.billing.invoices;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;

/** An invoice as billing staff see it, open or paid. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceView(String invoiceId, String status, BigDecimal amountDue, Instant dueAt, Instant paymentFailedAt,
                          Instant updatedAt) {

    public static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.invoiceId, invoice.status.name(), invoice.amountDue, invoice.dueAt,
                invoice.paymentFailedAt, invoice.updatedAt);
    }
}
