package com.licenseforge.billing.licenses;

import com.licenseforge.billing.webhooks.BillingLedger;
import com.licenseforge.billing.webhooks.ProviderEventReader;
import com.licenseforge.billing.standing.LicenseStanding;
import com.licenseforge.billing.webhooks.WebhookEvent;
import com.licenseforge.billing.standing.LicenseStandingRepository;
import com.licenseforge.billing.webhooks.ReferenceLocks;
import com.licenseforge.billing.webhooks.WebhookEventRepository;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.TrialConverted;
import com.licenseforge.common.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * The licenses billing knows, learned from the issuer's snapshots: their id and billing reference. When a
 * license becomes known (or gets a new reference), the provider events parked for it are applied.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LicenseRegistry {

    private static final Logger LOG = Logger.getLogger(LicenseRegistry.class);

    private final LicenseStandingRepository standings;
    private final WebhookEventRepository webhookEvents;
    private final ReferenceLocks locks;
    private final ProviderEventReader reader;
    private final BillingLedger ledger;
    private final Clock clock;

    public LicenseRegistry(LicenseStandingRepository standings, WebhookEventRepository webhookEvents,
                           ReferenceLocks locks, ProviderEventReader reader, BillingLedger ledger, Clock clock) {
        this.standings = standings;
        this.webhookEvents = webhookEvents;
        this.locks = locks;
        this.reader = reader;
        this.ledger = ledger;
        this.clock = clock;
    }

    public void known(LicenseSnapshot snapshot) {
        if (snapshot.licenseId() == null) {
            throw new PoisonEventException("license snapshot lacks a license id");
        }
        String billingRef = snapshot.billingRef() == null || snapshot.billingRef().isBlank()
                ? null : snapshot.billingRef();
        locks.lock(snapshot.licenseId().toString());
        if (billingRef != null) {
            locks.lock(billingRef);
        }
        LicenseStanding license = standings.lockByLicenseId(snapshot.licenseId()).orElse(null);
        if (license != null && snapshot.version() <= license.licenseVersion) {
            return;
        }
        Instant now = clock.instant();
        if (license == null) {
            license = LicenseStanding.current(snapshot.licenseId(), now);
            standings.persist(license);
        }
        license.licenseVersion = snapshot.version();
        license.billingRef = claimable(billingRef, license);
        for (WebhookEvent parked : webhookEvents.lockParkedFor(license.licenseId, license.billingRef)) {
            // stored bodies were read successfully when they arrived
            ledger.apply(reader.read(parked.body.getBytes(StandardCharsets.UTF_8)), license);
            parked.processed(WebhookEvent.Outcome.APPLIED, now);
            LOG.infof("parked webhook event %s (%s) applied to license %s", parked.id, parked.type, license.licenseId);
        }
    }

    /**
     * A trial became {@code paidLicenseId}: the paid license's billing reference names it from now on, also when
     * the trial held that reference until the conversion (its first paid invoice converted it). The paid
     * license's own snapshot may come before or after this, on its own key; either way it keeps the reference.
     */
    public void trialConverted(TrialConverted conversion) {
        String billingRef = conversion.billingRef();
        if (conversion.paidLicenseId() == null || billingRef == null || billingRef.isBlank()) {
            return;
        }
        locks.lock(conversion.paidLicenseId().toString());
        locks.lock(billingRef);
        standings.lockByBillingRef(billingRef)
                .filter(holder -> holder.licenseId.equals(conversion.trialLicenseId()))
                .ifPresent(trial -> {
                    trial.billingRef = null;
                    standings.flush();
                });
        LicenseStanding paid = standings.lockByLicenseId(conversion.paidLicenseId()).orElseGet(() -> {
            LicenseStanding created = LicenseStanding.current(conversion.paidLicenseId(), clock.instant());
            standings.persist(created);
            return created;
        });
        paid.billingRef = claimable(billingRef, paid);
    }

    /** A billing reference names one license; a second license claiming it stays linked by its id only. */
    private String claimable(String billingRef, LicenseStanding license) {
        if (billingRef == null) {
            return null;
        }
        boolean heldElsewhere = standings.findByBillingRef(billingRef)
                .filter(holder -> !holder.licenseId.equals(license.licenseId))
                .isPresent();
        if (heldElsewhere) {
            LOG.warnf("billing reference of license %s already names another license; linked by id only",
                    license.licenseId);
            return null;
        }
        return billingRef;
    }
}
