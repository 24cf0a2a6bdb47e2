package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.InvoicePaid;
import com.licenseforge.common.events.TrialConverted;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.events.LicenseEvents;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a trial into a paid license with its own serial and CD key, for sales or on the first paid invoice of the
 * trial's billing reference; the trial ends {@code CONVERTED}. Both run under the trial's row lock, so a trial
 * converts once whoever asks first.
 */
@ApplicationScoped
@Transactional
public class TrialConversions {

    private static final Logger LOG = Logger.getLogger(TrialConversions.class);

    private final LicenseService issuance;
    private final LicenseRepository licenses;
    private final TrialRepository trials;
    private final TrialEnding ending;
    private final LicenseEvents events;
    private final TrialMetrics metrics;
    private final Clock clock;

    public TrialConversions(LicenseService issuance, LicenseRepository licenses, TrialRepository trials,
                            TrialEnding ending, LicenseEvents events, TrialMetrics metrics, Clock clock) {
        this.issuance = issuance;
        this.licenses = licenses;
        this.trials = trials;
        this.ending = ending;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Sales' conversion; answers the paid license with its CD key, which exists in clear only here. */
    public LicenseService.Issued convert(UUID trialId, TrialConversion terms, Actor actor) {
        License license = licenses.findByIdOptional(trialId).orElseThrow(() -> ProblemException.notFound("license", trialId));
        if (license.kind != LicenseKind.TRIAL) {
            throw new ProblemException(Response.Status.CONFLICT, Codes.NOT_A_TRIAL,
                    "license " + trialId + " is a paid license, not a trial");
        }
        Trial trial = trials.lockByLicenseId(trialId).orElseThrow();
        if (trial.status == TrialStatus.CONVERTED) {
            throw new ProblemException(Response.Status.CONFLICT, Codes.TRIAL_ALREADY_CONVERTED,
                    "the trial was converted to license " + trial.convertedTo).with("paidLicenseId", trial.convertedTo);
        }
        license.requireChangeable("convert");
        IssueLicense paid = new IssueLicense(license.productCode,
                terms.accountId() != null ? terms.accountId() : license.accountId, null, terms.modules(),
                terms.maxActivations(), null, terms.expiresAt(), terms.maintenanceUntil(), terms.billingRef(), null, null,
                null);
        return converted(trial, issuance.issue(paid, actor), actor);
    }

    /**
     * A paid invoice: the first one of a trial that was not converted yet converts it, with the trial's modules
     * and activations, valid to the invoice's period end (perpetual without one), and the billing reference
     * moved to the paid license so the subscription's next invoices are its. Anything else is no trial's business.
     */
    public void invoicePaid(InvoicePaid payment, String eventActor) {
        Trial trial = trials.lockByLicenseId(payment.licenseId()).orElse(null);
        if (trial == null || trial.status == TrialStatus.CONVERTED) {
            return;
        }
        License license = licenses.lockById(trial.licenseId).orElseThrow();
        String billingRef = license.billingRef;
        license.billingRef = null;
        licenses.flush();
        Instant now = clock.instant();
        Instant expiresAt = payment.periodEnd() != null && payment.periodEnd().isAfter(now) ? payment.periodEnd() : null;
        Actor actor = Actor.system(eventActor);
        IssueLicense paid = new IssueLicense(license.productCode, license.accountId, null, Map.copyOf(license.modules),
                license.maxActivations, null, expiresAt, null, billingRef, null, null, null);
        LicenseService.Issued issued = converted(trial, issuance.issue(paid, actor), actor);
        LOG.infof("trial %s converted to license %s by paid invoice %s", trial.licenseId, issued.license().id,
                payment.invoiceId());
    }

    private LicenseService.Issued converted(Trial trial, LicenseService.Issued issued, Actor actor) {
        License paid = issued.license();
        trial.convertedTo = paid.id;
        ending.end(trial, TrialStatus.CONVERTED, actor, clock.instant());
        events.trial(EventTypes.LICENSE_TRIAL_CONVERTED, trial.licenseId, new TrialConverted(trial.licenseId, paid.id,
                paid.serial, paid.productCode, paid.accountId, trial.contactEmail, paid.billingRef, actor.name()),
                actor.name());
        metrics.count(trial.productCode, "converted");
        return issued;
    }
}
