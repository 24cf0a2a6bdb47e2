package com.licenseforge.billing.invoices;

public enum InvoiceStatus {
    OPEN,
    /** Final: no later or earlier event reopens a paid invoice. */
    PAID
}
