package com.licenseforge.billing.service;

import com.licenseforge.billing.config.BillingConfig;
import com.licenseforge.billing.domain.Assessment;
import com.licenseforge.billing.domain.Invoice;
import com.licenseforge.billing.domain.LicenseStanding;
import com.licenseforge.billing.domain.WebhookEvent;
import com.licenseforge.billing.repository.InvoiceRepository;
import com.licenseforge.billing.repository.LicenseStandingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies provider events to a license's invoices and decides its standing, in the caller's transaction and
 * under the license's row lock, so each change of standing is published exactly once with the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BillingLedger {

    private final LicenseStandingRepository standings;
    private final InvoiceRepository invoices;
    private final BillingEvents events;
    private final BillingConfig config;
    private final Clock clock;

    public BillingLedger(LicenseStandingRepository standings, InvoiceRepository invoices, BillingEvents events,
                         BillingConfig config, Clock clock) {
        this.standings = standings;
        this.invoices = invoices;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Applies the event to the license it names, or parks it while that license is not known yet. */
    public WebhookEvent.Outcome applyOrPark(ProviderEvent event) {
        ProviderEvent.Data data = event.data();
        Optional<LicenseStanding> license = data.licenseId() != null
                ? standings.lockByLicenseId(data.licenseId())
                : standings.findByBillingRefForUpdate(data.billingRef());
        if (license.isEmpty()) {
            return WebhookEvent.Outcome.PARKED;
        }
        apply(event, license.get());
        return WebhookEvent.Outcome.APPLIED;
    }

    /** {@code license} is locked by the caller. */
    public void apply(ProviderEvent event, LicenseStanding license) {
        ProviderEvent.Data data = event.data();
        switch (event.kind().orElseThrow()) {
            case INVOICE_CREATED -> invoice(license, data);
            case INVOICE_PAID -> invoice(license, data).paid();
            case INVOICE_PAYMENT_FAILED -> invoice(license, data).paymentFailed(event.createdAt());
            case SUBSCRIPTION_RENEWED -> events.renewed(license.licenseId, data.periodEnd());
            case SUBSCRIPTION_CANCELED -> license.canceledAt = event.createdAt();
        }
        reassess(license);
    }

    /**
     * Re-decides a license's standing at the current time unless another transaction holds it (a webhook, or
     * a scan on another replica, which decides with the same rules). True when the standing changed.
     */
    public boolean reassessIfFree(UUID licenseId) {
        return standings.lockIfFree(licenseId).map(this::reassess).orElse(false);
    }

    private boolean reassess(LicenseStanding license) {
        Instant now = clock.instant();
        Assessment assessment = Assessment.of(invoices.openOf(license.licenseId), now, config.grace());
        if (!assessment.differsFrom(license)) {
            return false;
        }
        license.adopt(assessment, now);
        events.standingChanged(license);
        return true;
    }

    /** The invoice the event is about, created on first mention whichever event that is. */
    private Invoice invoice(LicenseStanding license, ProviderEvent.Data data) {
        Invoice.Key key = new Invoice.Key(license.licenseId, data.invoiceId());
        Invoice invoice = invoices.findByIdOptional(key).orElseGet(() -> {
            Invoice created = Invoice.open(data.invoiceId(), license.licenseId, clock.instant());
            invoices.persist(created);
            return created;
        });
        invoice.describe(data.amountDue(), data.dueAt());
        invoice.updatedAt = clock.instant();
        return invoice;
    }
}
