package com.licenseforge.billing.service;

import com.licenseforge.billing.domain.Invoice;
import com.licenseforge.billing.domain.LicenseStanding;

import java.util.List;

/** A license's standing with the invoices still open. */
public record BillingOverview(LicenseStanding license, List<Invoice> openInvoices) {
}
