package com.licenseforge.billing.standing;

import com.licenseforge.billing.invoices.Invoice;

import java.util.List;

/** A license's standing with the invoices still open. */
public record BillingOverview(LicenseStanding license, List<Invoice> openInvoices) {
}
