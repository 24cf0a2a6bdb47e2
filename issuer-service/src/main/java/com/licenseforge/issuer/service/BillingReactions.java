package com.licenseforge.issuer.service;

import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.issuer.domain.License;
import com.licenseforge.issuer.repository.LicenseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/** How a license follows billing: its standing is mirrored, a renewal extends its expiry. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BillingReactions {

    private static final Logger LOG = Logger.getLogger(BillingReactions.class);

    private final LicenseRepository licenses;
    private final IssuerEvents events;

    public BillingReactions(LicenseRepository licenses, IssuerEvents events) {
        this.licenses = licenses;
        this.events = events;
    }

    public void standingChanged(BillingStandingChanged change, String actor) {
        licenses.findForUpdate(change.licenseId()).ifPresentOrElse(license -> {
            license.billingStanding = change.standing();
            license.updatedAt = Instant.now();
        }, () -> LOG.warnf("billing standing for unknown license %s ignored", change.licenseId()));
    }

    public void renewed(BillingRenewed renewal, String actor) {
        License license = licenses.findForUpdate(renewal.licenseId()).orElse(null);
        if (license == null) {
            LOG.warnf("billing renewal for unknown license %s ignored", renewal.licenseId());
            return;
        }
        if (license.expiresAt == null || !renewal.periodEnd().isAfter(license.expiresAt)) {
            return;
        }
        license.expiresAt = renewal.periodEnd();
        license.version++;
        license.updatedAt = Instant.now();
        events.licenseChanged(EventTypes.LICENSE_RENEWED, license, actor, "subscription renewed");
    }
}
