package com.licenseforge.billing.standing;

import com.licenseforge.billing.invoices.InvoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BillingQueries {

    private final LicenseStandingRepository standings;
    private final InvoiceRepository invoices;

    public BillingQueries(LicenseStandingRepository standings, InvoiceRepository invoices) {
        this.standings = standings;
        this.invoices = invoices;
    }

    public Optional<BillingOverview> overview(UUID licenseId) {
        return standings.findByIdOptional(licenseId)
                .map(license -> new BillingOverview(license, invoices.openOf(licenseId)));
    }
}
