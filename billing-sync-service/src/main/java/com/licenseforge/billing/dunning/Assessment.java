package com.licenseforge.billing.dunning;

import com.licenseforge.billing.invoices.Invoice;
import com.licenseforge.billing.standing.LicenseStanding;
import com.licenseforge.common.license.Standing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The dunning rules, applied to a license's invoices at one instant. Nothing but the invoices and the clock
 * decides, so the scan, a webhook and a replayed event all reach the same verdict.
 */
public record Assessment(Standing standing, Instant pastDueSince, Instant graceEndsAt) {

    public static final Assessment CURRENT = new Assessment(Standing.CURRENT, null, null);

    /**
     * Past due from the earliest overdue invoice (passed due date or failed payment); suspended once the grace
     * counted from there has run out; current when nothing is overdue.
     */
    public static Assessment of(Collection<Invoice> invoices, Instant now, Duration grace) {
        Optional<Instant> since = invoices.stream()
                .map(invoice -> invoice.overdueSince(now))
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
        if (since.isEmpty()) {
            return CURRENT;
        }
        Instant graceEnds = since.get().plus(grace);
        Standing standing = now.isBefore(graceEnds) ? Standing.PAST_DUE : Standing.SUSPENDED;
        return new Assessment(standing, since.get(), graceEnds);
    }

    public void applyTo(LicenseStanding license, Instant now) {
        license.adopt(standing, pastDueSince, graceEndsAt, now);
    }

    public boolean differsFrom(LicenseStanding current) {
        return standing != current.standing
                || !Objects.equals(pastDueSince, current.pastDueSince)
                || !Objects.equals(graceEndsAt, current.graceEndsAt);
    }
}
