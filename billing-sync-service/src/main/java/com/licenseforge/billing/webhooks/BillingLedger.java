package com.licenseforge.billing.webhooks;

import com.licenseforge.billing.dunning.StandingReassessment;
import com.licenseforge.billing.invoices.Invoice;
import com.licenseforge.billing.invoices.InvoiceRepository;
import com.licenseforge.billing.standing.BillingEvents;
import com.licenseforge.billing.standing.LicenseStanding;
import com.licenseforge.billing.standing.LicenseStandingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Applies provider events to a license's invoices and has its standing decided again, in the caller's
 * transaction and under the license's row lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BillingLedger {

    private final LicenseStandingRepository standings;
    private final InvoiceRepository invoices;
    private final BillingEvents events;
    private final StandingReassessment reassessment;
    private final Clock clock;

    public BillingLedger(LicenseStandingRepository standings, InvoiceRepository invoices, BillingEvents events,
                         StandingReassessment reassessment, Clock clock) {
        this.standings = standings;
        this.invoices = invoices;
        this.events = events;
        this.reassessment = reassessment;
        this.clock = clock;
    }

    /** Applies the event to the license it names, or parks it while that license is not known yet. */
    public WebhookEvent.Outcome applyOrPark(ProviderEvent event) {
        ProviderEvent.Data data = event.data();
        Optional<LicenseStanding> license = data.licenseId() != null
                ? standings.lockByLicenseId(data.licenseId())
                : standings.lockByBillingRef(data.billingRef());
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
            case INVOICE_PAID -> {
                invoice(license, data).paid();
                events.invoicePaid(license, data.invoiceId(), data.periodEnd());
            }
            case INVOICE_PAYMENT_FAILED -> invoice(license, data).paymentFailed(event.createdAt());
            case SUBSCRIPTION_RENEWED -> events.renewed(license.licenseId, data.periodEnd());
            case SUBSCRIPTION_CANCELED -> license.canceledAt = event.createdAt();
        }
        reassessment.reassess(license);
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
