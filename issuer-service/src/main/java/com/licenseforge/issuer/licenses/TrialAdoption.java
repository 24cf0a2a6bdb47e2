package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.customers.CustomerService;
import com.licenseforge.issuer.events.LicenseEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.LinkedHashMap;

/**
 * Makes a trial that activation-service started the issuer's own (docs/decisions.md, "Trials start where
 * customers are answered"): its account and organization, the trial license under the serial and CD key hash it
 * was handed out with, and the trial's record. Published like any issuance ({@code license.issued}), then as
 * {@code license.trial-started} with the contact e-mail and the end, which mail about the trial needs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrialAdoption {

    private static final Logger LOG = Logger.getLogger(TrialAdoption.class);

    private final LicenseRepository licenses;
    private final TrialRepository trials;
    private final CustomerService customers;
    private final LicenseEvents events;
    private final LicenseAudit audit;
    private final Clock clock;

    public TrialAdoption(LicenseRepository licenses, TrialRepository trials, CustomerService customers,
                         LicenseEvents events, LicenseAudit audit, Clock clock) {
        this.licenses = licenses;
        this.trials = trials;
        this.customers = customers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public void adopt(TrialStarted started, String eventActor) {
        if (licenses.findByIdOptional(started.licenseId()).isPresent()) {
            LOG.debugf("trial %s adopted before", started.licenseId());
            return;
        }
        Actor actor = Actor.system(eventActor);
        customers.registerTrialCustomer(started.accountId(), started.organizationId(), started.organizationName(), actor);
        License license = new License();
        license.id = started.licenseId();
        license.serial = started.serial();
        license.cdKeyHash = started.cdKeyHash();
        license.offlinePublicKey = started.offlinePublicKey();
        license.productCode = started.productCode();
        license.accountId = started.accountId();
        license.modules = new LinkedHashMap<>(started.modules());
        license.maxActivations = started.maxActivations();
        license.startsAt = started.startedAt();
        license.expiresAt = started.trialEndsAt();
        license.status = SalesStatus.ACTIVE;
        license.billingRef = started.billingRef();
        license.billingStanding = Standing.CURRENT;
        license.kind = LicenseKind.TRIAL;
        license.version = 1;
        license.createdAt = clock.instant();
        license.updatedAt = license.createdAt;
        licenses.persist(license);
        Trial trial = new Trial();
        trial.licenseId = license.id;
        trial.productCode = license.productCode;
        trial.contactEmail = started.contactEmail();
        trial.organizationName = started.organizationName();
        trial.startedAt = started.startedAt();
        trial.endsAt = started.trialEndsAt();
        trial.status = TrialStatus.RUNNING;
        trials.persist(trial);
        audit.licenseChanged(actor, "start trial", null, license, null);
        events.licenseChanged(EventTypes.LICENSE_ISSUED, license.snapshot(null), actor.name());
        events.trial(EventTypes.LICENSE_TRIAL_STARTED, license.id, started, actor.name());
    }
}
