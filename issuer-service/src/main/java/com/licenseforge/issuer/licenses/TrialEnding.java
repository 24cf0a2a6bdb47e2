package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.events.LicenseEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/**
 * Ends a trial, converted or run out: its license stops at {@code now} (a converted trial does not run on beside
 * the paid license), and the trial's snapshot is published as {@code license.trial-ended} with the outcome as its
 * reason, so activation-service answers {@code TRIAL_ENDED} from then on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrialEnding {

    private final LicenseRepository licenses;
    private final LicenseEvents events;
    private final LicenseAudit audit;
    private final TrialMetrics metrics;

    public TrialEnding(LicenseRepository licenses, LicenseEvents events, LicenseAudit audit, TrialMetrics metrics) {
        this.licenses = licenses;
        this.events = events;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** {@code trial} is locked and running (or, to convert, run out); its license is locked here. */
    void end(Trial trial, TrialStatus outcome, Actor actor, Instant now) {
        License license = licenses.lockById(trial.licenseId).orElseThrow();
        Map<String, Object> before = LicenseAudit.state(license);
        if (license.expiresAt == null || license.expiresAt.isAfter(now)) {
            license.expiresAt = now;
        }
        license.version++;
        license.updatedAt = now;
        if (outcome == TrialStatus.ENDED) {
            metrics.count(trial.productCode, "ended");
        }
        trial.end(outcome, now);
        audit.licenseChanged(actor, "end trial", before, license, outcome.name());
        events.licenseChanged(EventTypes.LICENSE_TRIAL_ENDED, license.snapshot(outcome.name()), actor.name());
    }
}
