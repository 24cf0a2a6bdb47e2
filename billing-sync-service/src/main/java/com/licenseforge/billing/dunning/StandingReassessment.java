package com.licenseforge.billing.dunning;

import com.licenseforge.billing.config.BillingConfig;
import com.licenseforge.billing.invoices.Invoice;
import com.licenseforge.billing.invoices.InvoiceRepository;
import com.licenseforge.billing.standing.BillingEvents;
import com.licenseforge.billing.standing.LicenseStanding;
import com.licenseforge.billing.standing.LicenseStandingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Re-decides a license's standing by the dunning rules at the current time, in the caller's transaction and
 * under the license's row lock, so each change of standing is published exactly once with the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StandingReassessment {

    private final LicenseStandingRepository standings;
    private final InvoiceRepository invoices;
    private final BillingEvents events;
    private final BillingConfig config;
    private final Clock clock;

    public StandingReassessment(LicenseStandingRepository standings, InvoiceRepository invoices, BillingEvents events,
                                BillingConfig config, Clock clock) {
        this.standings = standings;
        this.invoices = invoices;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Unless another transaction holds the license (a webhook, or a scan on another replica, which decides
     * with the same rules). True when the standing changed.
     */
    public boolean reassessIfFree(UUID licenseId) {
        return standings.lockIfFree(licenseId).map(this::reassess).orElse(false);
    }

    /** {@code license} is locked by the caller. True when the standing changed. */
    public boolean reassess(LicenseStanding license) {
        Instant now = clock.instant();
        List<Invoice> open = invoices.openOf(license.licenseId);
        Assessment assessment = Assessment.of(open, now, config.grace());
        if (!assessment.differsFrom(license)) {
            return false;
        }
        assessment.applyTo(license, now);
        events.standingChanged(license, open);
        return true;
    }
}
