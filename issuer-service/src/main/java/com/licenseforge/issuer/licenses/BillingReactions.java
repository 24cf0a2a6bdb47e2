package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.events.LicenseEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;

/** How a license follows billing: its standing is mirrored, a renewal extends its expiry. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BillingReactions {

    private static final Logger LOG = Logger.getLogger(BillingReactions.class);

    private final LicenseRepository licenses;
    private final LicenseEvents events;
    private final LicenseAudit audit;

    public BillingReactions(LicenseRepository licenses, LicenseEvents events, LicenseAudit audit) {
        this.licenses = licenses;
        this.events = events;
        this.audit = audit;
    }

    public void standingChanged(BillingStandingChanged change, String actor) {
        licenses.lockById(change.licenseId()).ifPresentOrElse(license -> {
            Map<String, Object> before = LicenseAudit.state(license);
            license.billingStanding = change.standing();
            license.graceEndsAt = change.standing() == Standing.PAST_DUE ? change.graceEndsAt() : null;
            license.updatedAt = Instant.now();
            audit.licenseChanged(Actor.system(actor), "billing standing " + change.standing(), before, license, null);
        }, () -> LOG.warnf("billing standing for unknown license %s ignored", change.licenseId()));
    }

    public void renewed(BillingRenewed renewal, String actor) {
        License license = licenses.lockById(renewal.licenseId()).orElse(null);
        if (license == null) {
            LOG.warnf("billing renewal for unknown license %s ignored", renewal.licenseId());
            return;
        }
        // a billing renewal only ever extends, and never brings a revoked or perpetual license back into play
        if (license.status == SalesStatus.REVOKED || license.expiresAt == null
                || !renewal.periodEnd().isAfter(license.expiresAt)) {
            return;
        }
        Map<String, Object> before = LicenseAudit.state(license);
        license.expiresAt = renewal.periodEnd();
        license.version++;
        license.updatedAt = Instant.now();
        audit.licenseChanged(Actor.system(actor), "renew", before, license, "subscription renewed");
        events.licenseChanged(EventTypes.LICENSE_RENEWED, license.snapshot("subscription renewed"), actor);
    }
}
