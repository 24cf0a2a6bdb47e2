package com.licenseforge.notification.licenses;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.notification.Issuer;
import com.licenseforge.notification.MailServer;
import com.licenseforge.notification.Mails;
import com.licenseforge.notification.Messages;
import com.licenseforge.notification.Sending;
import com.licenseforge.notification.TestClock;
import com.licenseforge.notification.contacts.AccountContacts;
import com.licenseforge.notification.mail.MailSender;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.notification.Issuer.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reminders from the licenses' dates: due thresholds only, the latest one after a pause, never one twice. */
@QuarkusTest
class ReminderScanTest {

    @Inject
    ReminderScan scan;

    @Inject
    MailSender sender;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Test
    void theScanSendsTheDueThresholdOnceAndAfterAPauseOnlyTheLatest() {
        UUID account = UUID.randomUUID();
        String licensee = "it-" + account + "@contoso.example";
        String technician = "tech-" + account + "@contoso.example";
        Issuer.contacts(account, 1, contact(licensee, "de", "LICENSES"), contact(technician, "en", "TECHNICAL"));
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(65)).truncatedTo(ChronoUnit.DAYS);
        Instant maintenance = now.plus(Duration.ofDays(35)).truncatedTo(ChronoUnit.DAYS);
        LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, account, expires, maintenance, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, license);
        awaitKnown(license.licenseId());

        scan.scan();
        assertEquals(List.of(), Mails.of(license.licenseId()));

        clock.advance(Duration.between(clock.instant(), expires.minus(Duration.ofDays(59))));
        scan.scan();
        scan.scan();   // a second replica's scan, or the next run: nothing new
        assertEquals(List.of("EXPIRY_REMINDER:" + licensee, "MAINTENANCE_ENDING:" + technician), kinds(license.licenseId()));

        // the scan does not run for 55 days: the 30-day reminder is stale, only the 7-day one goes out
        clock.advance(Duration.between(clock.instant(), expires.minus(Duration.ofDays(4))));
        scan.scan();
        scan.scan();
        assertEquals(List.of("EXPIRY_REMINDER:" + licensee, "MAINTENANCE_ENDING:" + technician,
                "EXPIRY_REMINDER:" + licensee), kinds(license.licenseId()));
        Sending.all(sender, clock);
        List<String> subjects = MailServer.inbox(licensee).stream().map(Messages::read).map(Messages::subject).sorted().toList();
        assertEquals(List.of("Lizenz " + license.serial() + " läuft in 60 Tagen ab",
                "Lizenz " + license.serial() + " läuft in 7 Tagen ab"), subjects);
        Messages maintenanceMail = Messages.read(MailServer.inbox(technician).get(0));
        assertEquals("Maintenance for " + license.serial() + " ends in 30 days", maintenanceMail.subject());
        assertTrue(maintenanceMail.text().contains(LicenseNotices.date(maintenance)), maintenanceMail.text());
        assertEquals(null, nextReminder(license.licenseId()));
    }

    @Test
    void aRenewalMovesTheRemindersToTheNewDateAndNamesOldAndNewValidity() {
        UUID account = UUID.randomUUID();
        String licensee = "it-" + account + "@contoso.example";
        Issuer.contacts(account, 1, contact(licensee, "en", "LICENSES"));
        Instant expires = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.DAYS);
        LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, account, expires, null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, license);
        awaitKnown(license.licenseId());
        assertEquals(expires.minus(Duration.ofDays(7)), nextReminder(license.licenseId()));

        Instant renewed = expires.plus(Duration.ofDays(365));
        Issuer.license(EventTypes.LICENSE_RENEWED, Issuer.snapshot(license.licenseId(), 2, account, renewed, null,
                SalesStatus.ACTIVE));
        Mails.await(license.licenseId(), Mails.count(1));
        assertEquals(renewed.minus(Duration.ofDays(60)), nextReminder(license.licenseId()));
        Sending.all(sender, clock);
        Messages mail = Messages.read(MailServer.inbox(licensee).get(0));
        assertEquals("License " + license.serial() + " renewed until " + LicenseNotices.date(renewed), mail.subject());
        assertTrue(mail.text().contains("Previously valid until: " + LicenseNotices.date(expires)), mail.text());
        assertTrue(mail.text().contains("Now valid until: " + LicenseNotices.date(renewed)), mail.text());
    }

    @Test
    void aTrialsProspectIsToldItsSerialAndRemindedThreeDaysBeforeItsEndOnly() {
        UUID account = UUID.randomUUID();
        String prospect = "Jane.Doe+erp-" + account + "@northwind.example";
        Instant ends = clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS);
        LicenseSnapshot trial = Issuer.trial(UUID.randomUUID(), account, ends);
        Issuer.license(EventTypes.LICENSE_ISSUED, trial);
        Issuer.trialStarted(trial, prospect);
        Mails.await(trial.licenseId(), Mails.count(1));
        assertEquals(ends.minus(Duration.ofDays(3)), nextReminder(trial.licenseId()));

        clock.advance(Duration.between(clock.instant(), ends.minus(Duration.ofDays(3)).plusSeconds(60)));
        scan.scan();
        scan.scan();
        assertEquals(List.of("TRIAL_STARTED:" + prospect, "TRIAL_ENDING:" + prospect), kinds(trial.licenseId()));
        assertEquals(null, nextReminder(trial.licenseId()));
        Sending.all(sender, clock);
        List<Messages> inbox = MailServer.inbox(prospect).stream().map(Messages::read).toList();
        assertEquals(List.of("Your trial of erp ends in 3 days", "Your trial of erp has started"),
                inbox.stream().map(Messages::subject).sorted().toList());
        assertTrue(inbox.stream().allMatch(mail -> mail.text().contains(trial.serial())
                && mail.text().contains(LicenseNotices.date(ends))), inbox.get(0).text());
    }

    @Test
    void aProspectWhoStartedTheTrialInGermanReadsItsMailInGerman() {
        UUID account = UUID.randomUUID();
        String prospect = "erika-" + account + "@northwind.example";
        Instant ends = clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS);
        LicenseSnapshot trial = Issuer.trial(UUID.randomUUID(), account, ends);
        Issuer.license(EventTypes.LICENSE_ISSUED, trial);
        Issuer.trialStarted(trial, prospect, "de");
        Mails.await(trial.licenseId(), Mails.count(1));
        clock.advance(Duration.between(clock.instant(), ends.minus(Duration.ofDays(3)).plusSeconds(60)));
        scan.scan();
        Sending.all(sender, clock);
        List<Messages> inbox = MailServer.inbox(prospect).stream().map(Messages::read).toList();
        assertEquals(List.of("Ihre Testversion von erp endet in 3 Tagen", "Ihre Testversion von erp läuft"),
                inbox.stream().map(Messages::subject).sorted().toList());
        assertTrue(inbox.stream().allMatch(mail -> mail.text().contains(trial.serial())), inbox.get(0).text());
    }

    @Test
    void aListSalesGivesTheTrialsAccountReplacesItsProspect() {
        UUID account = UUID.randomUUID();
        String prospect = "prospect-" + account + "@northwind.example";
        String buyer = "buyer-" + account + "@northwind.example";
        Instant ends = clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS);
        LicenseSnapshot trial = Issuer.trial(UUID.randomUUID(), account, ends);
        Issuer.license(EventTypes.LICENSE_ISSUED, trial);
        Issuer.trialStarted(trial, prospect);
        Mails.await(trial.licenseId(), Mails.count(1));
        Issuer.contacts(account, 1, contact(buyer, "de", "LICENSES"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(AccountContacts.class, account).version == 1));
        clock.advance(Duration.between(clock.instant(), ends.minus(Duration.ofDays(3)).plusSeconds(60)));
        scan.scan();
        // the reminder goes to the contact sales named, not to the prospect any more
        assertEquals(List.of("TRIAL_STARTED:" + prospect, "TRIAL_ENDING:" + buyer), kinds(trial.licenseId()));
    }

    private void awaitKnown(UUID licenseId) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> em.find(LicenseFact.class, licenseId) != null));
    }

    private Instant nextReminder(UUID licenseId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(LicenseFact.class, licenseId).nextReminderAt);
    }

    private static List<String> kinds(UUID licenseId) {
        return Mails.of(licenseId).stream().map((Map<String, Object> m) -> m.get("kind") + ":" + m.get("to")).toList();
    }
}
