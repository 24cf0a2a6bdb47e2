package com.licenseforge.billing.standing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.licenseforge.billing.invoices.Invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StandingView(UUID licenseId, String billingRef, String standing, Instant pastDueSince,
                           Instant graceEndsAt, Instant canceledAt, List<OpenInvoice> openInvoices) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenInvoice(String invoiceId, BigDecimal amountDue, Instant dueAt, Instant paymentFailedAt) {

        static OpenInvoice of(Invoice invoice) {
            return new OpenInvoice(invoice.invoiceId, invoice.amountDue, invoice.dueAt, invoice.paymentFailedAt);
        }
    }

    static StandingView of(BillingOverview overview) {
        LicenseStanding license = overview.license();
        return new StandingView(license.licenseId, license.billingRef, license.standing.name(), license.pastDueSince,
                license.graceEndsAt, license.canceledAt, overview.openInvoices().stream().map(OpenInvoice::of).toList());
    }
}
