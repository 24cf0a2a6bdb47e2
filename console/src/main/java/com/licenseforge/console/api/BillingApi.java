package com.licenseforge.console.api;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Billing's standing of licenses and their invoices. */
@ApplicationScoped
public class BillingApi {

    @TemplateData
    public record Standing(UUID licenseId, String billingRef, String standing, Instant pastDueSince, Instant graceEndsAt,
                           Instant canceledAt, List<OpenInvoice> openInvoices) {
    }

    @TemplateData
    public record OpenInvoice(String invoiceId, BigDecimal amountDue, Instant dueAt, Instant paymentFailedAt) {
    }

    @TemplateData
    public record Invoice(String invoiceId, String status, BigDecimal amountDue, Instant dueAt, Instant paymentFailedAt,
                          Instant updatedAt) {
    }

    private final ServiceCalls calls;

    BillingApi(ServiceCalls calls) {
        this.calls = calls;
    }

    public Listing<Standing> standings(Query query) {
        return calls.list(Service.BILLING, "/api/v1/billing/licenses", query, Standing.class);
    }

    /** The standing of the license with this billing reference, if billing knows it. */
    public Standing standingOf(String billingRef) {
        List<Standing> found = standings(Query.page(0, 1).with("billingRef", billingRef)).items();
        return found.isEmpty() ? null : found.get(0);
    }

    public Standing standing(String licenseId) {
        return calls.get(Service.BILLING, "/api/v1/billing/licenses/" + licenseId, Standing.class);
    }

    public Listing<Invoice> invoices(String licenseId, Query query) {
        return calls.list(Service.BILLING, "/api/v1/billing/licenses/" + licenseId + "/invoices", query, Invoice.class);
    }
}
