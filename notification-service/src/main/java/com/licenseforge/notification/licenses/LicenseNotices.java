package com.licenseforge.notification.licenses;

import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseDelivery;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.PoisonEventException;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.notification.contacts.Contacts;
import com.licenseforge.notification.mail.MailKind;
import com.licenseforge.notification.mail.Mailbox;
import com.licenseforge.notification.mail.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the licenses' events mean for the licensee's mail, in the consumer's transaction: the read model is kept
 * (only a newer snapshot changes it) and the mails an event causes are queued, each at most once per cause: the
 * license version for the issuer's changes, the past-due episode for billing's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LicenseNotices {

    private static final Logger LOG = Logger.getLogger(LicenseNotices.class);
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final LicenseFacts facts;
    private final Mailbox mailbox;
    private final Contacts contacts;
    private final Clock clock;

    public LicenseNotices(LicenseFacts facts, Mailbox mailbox, Contacts contacts, Clock clock) {
        this.facts = facts;
        this.mailbox = mailbox;
        this.contacts = contacts;
        this.clock = clock;
    }

    public void changed(String type, LicenseSnapshot snapshot) {
        if (snapshot.licenseId() == null || snapshot.accountId() == null || snapshot.serial() == null
                || snapshot.productCode() == null || snapshot.status() == null) {
            throw new PoisonEventException("license snapshot lacks its id, account, serial, product or status");
        }
        LicenseFact fact = facts.lockById(snapshot.licenseId()).orElse(null);
        if (fact != null && snapshot.version() <= fact.version) {
            return;
        }
        Instant previousExpiry = fact == null ? null : fact.expiresAt;
        boolean announced = fact == null;
        if (announced) {
            fact = new LicenseFact();
            fact.licenseId = snapshot.licenseId();
        }
        fact.version = snapshot.version();
        fact.serial = snapshot.serial();
        fact.accountId = snapshot.accountId();
        fact.productCode = snapshot.productCode();
        fact.status = snapshot.status();
        fact.expiresAt = snapshot.expiresAt();
        fact.maintenanceUntil = snapshot.maintenanceUntil();
        fact.kind = LicenseKind.orPaid(snapshot.kind());
        fact.nextReminderAt = fact.status == SalesStatus.ACTIVE
                ? Reminders.nextAfter(fact, clock.instant()).orElse(null) : null;
        if (announced) {
            facts.persist(fact);
        }
        String cause = "v" + fact.version;
        switch (type) {
            case EventTypes.LICENSE_RENEWED -> {
                Map<String, Object> data = data(fact);
                data.put("oldExpiresAt", date(previousExpiry));
                data.put("newExpiresAt", date(fact.expiresAt));
                mailbox.post(new Notice(fact.licenseId, fact.accountId, MailKind.LICENSE_RENEWED, cause, data));
            }
            case EventTypes.LICENSE_SUSPENDED ->
                    mailbox.post(new Notice(fact.licenseId, fact.accountId, MailKind.SUSPENDED, cause, data(fact)));
            case EventTypes.LICENSE_REINSTATED ->
                    mailbox.post(new Notice(fact.licenseId, fact.accountId, MailKind.REINSTATED, cause, data(fact)));
            default -> {
                // issued (its mail comes with the sealed delivery), modules changed, revoked, transferred: no mail
            }
        }
    }

    /** The one mail with the CD key and the license file; follows the license's license.issued on its partition. */
    public void delivered(LicenseDelivery delivery) {
        if (delivery.licenseId() == null || delivery.sealed() == null) {
            throw new PoisonEventException("license delivery lacks its license id or sealed content");
        }
        LicenseFact fact = facts.findByIdOptional(delivery.licenseId()).orElseThrow(() ->
                new PoisonEventException("license delivery for a license not announced before"));
        Map<String, Object> data = data(fact);
        data.put("cdKey", "");
        mailbox.post(new Notice(fact.licenseId, fact.accountId, MailKind.LICENSE_ISSUED, "issued", data,
                delivery.sealed()));
    }

    /**
     * A trial the issuer adopted: its prospect becomes the trial account's contact (until sales names others) and is
     * told the serial and the trial's end; follows the trial's license.issued on its partition.
     */
    public void trialStarted(TrialStarted trial) {
        if (trial.licenseId() == null || trial.accountId() == null || trial.contactEmail() == null) {
            throw new PoisonEventException("trial lacks its license, account or contact e-mail");
        }
        LicenseFact fact = facts.findByIdOptional(trial.licenseId()).orElseThrow(() ->
                new PoisonEventException("trial started for a license not announced before"));
        contacts.prospect(trial.accountId(), trial.contactEmail(), trial.language());
        mailbox.post(new Notice(fact.licenseId, fact.accountId, MailKind.TRIAL_STARTED, "trial", data(fact)));
    }

    /** Past due, suspended for non-payment, restored: one mail per past-due episode and step. */
    public void billingChanged(EventEnvelope event, BillingStandingChanged change) {
        Optional<LicenseFact> known = Optional.ofNullable(change.licenseId()).flatMap(facts::findByIdOptional);
        if (known.isEmpty()) {
            LOG.warnf("billing standing of license %s changed before the license was announced; no mail",
                    change.licenseId());
            return;
        }
        LicenseFact fact = known.get();
        MailKind kind = switch (event.type()) {
            case EventTypes.BILLING_PAST_DUE -> MailKind.PAST_DUE;
            case EventTypes.BILLING_SUSPENDED -> MailKind.SUSPENDED;
            case EventTypes.BILLING_RESTORED -> MailKind.REINSTATED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Map<String, Object> data = data(fact);
        data.put("graceEndsAt", date(change.graceEndsAt()));
        data.put("invoices", invoices(change.openInvoices()));
        // a past-due episode is named by its start; a restoration (which has none left) by its event
        String episode = change.pastDueSince() != null ? "billing@" + change.pastDueSince() : "billing:" + event.eventId();
        mailbox.post(new Notice(fact.licenseId, fact.accountId, kind, episode, data));
    }

    static Map<String, Object> data(LicenseFact fact) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("serial", fact.serial);
        data.put("product", fact.productCode);
        data.put("expiresAt", date(fact.expiresAt));
        data.put("maintenanceUntil", date(fact.maintenanceUntil));
        // every template may ask for these (Qute renders strictly: a missing value is an error, not an empty text)
        data.put("graceEndsAt", "");
        data.put("invoices", List.of());
        return data;
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    private static List<Map<String, String>> invoices(List<BillingStandingChanged.OpenInvoice> open) {
        return open == null ? List.of() : open.stream().map(invoice -> Map.of(
                "id", String.valueOf(invoice.invoiceId()),
                "amount", invoice.amountDue() == null ? "" : invoice.amountDue().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                "dueAt", date(invoice.dueAt()))).toList();
    }
}
