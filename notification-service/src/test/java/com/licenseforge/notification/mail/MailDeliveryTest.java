package com.licenseforge.notification.mail;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.notification.Issuer;
import com.licenseforge.notification.MailServer;
import com.licenseforge.notification.Mails;
import com.licenseforge.notification.Messages;
import com.licenseforge.notification.Sending;
import com.licenseforge.notification.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.licenseforge.notification.Issuer.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mail from the issuer's events to the contacts' inboxes, through the real broker and a real mail server. */
@QuarkusTest
class MailDeliveryTest {

    private static final String CD_KEY = "7QX2M-4KD9H-NA3PV-8RT6W-ZC5YB";

    @Inject
    MailSender sender;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Test
    void aNewLicenseIsMailedOnceToEachLicensesContactWithItsCdKeyAndFileInTheContactsLanguage() {
        UUID account = UUID.randomUUID();
        String english = "it-" + account + "@contoso.example";
        String german = "einkauf-" + account + "@contoso.example";
        String billingOnly = "ap-" + account + "@contoso.example";
        Issuer.contacts(account, 1, contact(english, "en", "LICENSES"), contact(german, "de", "LICENSES", "BILLING"),
                contact(billingOnly, "zh", "BILLING"));
        LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, account,
                Instant.parse("2031-01-01T00:00:00Z"), null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, license);
        Issuer.delivery(license, CD_KEY);
        Issuer.delivery(license, CD_KEY);   // the issuer's event again (as a replayed outbox row would be)
        LicenseSnapshot suspended = Issuer.snapshot(license.licenseId(), 2, account,
                Instant.parse("2031-01-01T00:00:00Z"), null, SalesStatus.SUSPENDED);
        Issuer.license(EventTypes.LICENSE_SUSPENDED, suspended);

        // the suspension follows both deliveries on the license's partition: once its mails are queued, so is all before
        List<Map<String, Object>> queued = Mails.await(license.licenseId(), Mails.count(4));
        assertEquals(2, queued.stream().filter(m -> m.get("kind").equals("LICENSE_ISSUED")).count());
        Sending.all(sender, clock);

        List<Message> inbox = MailServer.inbox(english);
        assertEquals(2, inbox.size());
        Messages issued = inbox.stream().map(Messages::read).filter(m -> m.subject().startsWith("Your license"))
                .findFirst().orElseThrow();
        assertEquals("Your license " + license.serial() + " for erp", issued.subject());
        assertTrue(issued.text().contains("CD key: " + CD_KEY), issued.text());
        assertTrue(issued.text().contains("Valid until: 2031-01-01"), issued.text());
        assertTrue(issued.html().contains(CD_KEY) && issued.html().contains("<p"), issued.html());
        assertEquals(Issuer.licenseFile(license), issued.attachments().get(license.serial() + ".lic"));

        Messages german1 = MailServer.inbox(german).stream().map(Messages::read)
                .filter(m -> m.subject().startsWith("Ihre Lizenz")).findFirst().orElseThrow();
        assertTrue(german1.text().contains("CD-Key: " + CD_KEY), german1.text());
        assertTrue(MailServer.inbox(billingOnly).isEmpty());

        List<Map<String, Object>> sent = Mails.of(license.licenseId());
        assertTrue(sent.stream().allMatch(m -> m.get("status").equals("SENT") && (int) m.get("attempts") >= 1), sent.toString());
        assertFalse(sent.toString().contains(CD_KEY));
        // the sealed CD key is gone from the database once the mail is out
        long sealed = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "SELECT count(m) FROM Mail m WHERE m.licenseId = :id AND m.sealedDelivery IS NOT NULL")
                .setParameter("id", license.licenseId()).getSingleResult());
        assertEquals(0, sealed);
    }

    @Test
    void aProductThatKeepsCdKeysOutOfMailSendsTheFileAlone() {
        UUID account = UUID.randomUUID();
        String address = "it-" + account + "@fabrikam.example";
        Issuer.contacts(account, 1, contact(address, "zh", "LICENSES"));
        LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, account, null, null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, license);
        Issuer.delivery(license, null);
        Mails.await(license.licenseId(), Mails.count(1));
        Sending.all(sender, clock);

        Messages mail = Messages.read(MailServer.inbox(address).get(0));
        assertEquals("您的 erp 许可证 " + license.serial(), mail.subject());
        assertFalse(mail.text().contains("CD"), mail.text());
        assertTrue(mail.text().contains("永久有效"), mail.text());
        assertEquals(Issuer.licenseFile(license), mail.attachments().get(license.serial() + ".lic"));
    }

    @Test
    void twoSendersAtOnceSendEachMailOnce() throws Exception {
        UUID account = UUID.randomUUID();
        List<String> addresses = List.of("a-" + account + "@contoso.example", "b-" + account + "@contoso.example",
                "c-" + account + "@contoso.example", "d-" + account + "@contoso.example");
        Issuer.contacts(account, 1, addresses.stream().map(a -> contact(a, "en", "LICENSES"))
                .toArray(com.licenseforge.common.events.AccountContactsChanged.Contact[]::new));
        LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, account, null, null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, license);
        Issuer.delivery(license, CD_KEY);
        Mails.await(license.licenseId(), Mails.count(4));

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> send = sender::sendDue;
            List<Future<Integer>> runs = replicas.invokeAll(List.of(send, send));
            int handled = 0;
            for (Future<Integer> run : runs) {
                handled += run.get();
            }
            assertTrue(handled >= 4, "handled " + handled);
        } finally {
            replicas.shutdown();
        }
        Sending.all(sender, clock);   // a send that timed out is retried; a mail sent twice would show below
        for (String address : addresses) {
            assertEquals(1, MailServer.inbox(address).size(), address);
        }
    }

    @Test
    void aMailSentAgainAfterACrashBeforeItsCommitCarriesTheSameMessageIdAsTheFirstCopy() throws Exception {
        UUID account = UUID.randomUUID();
        String address = "it-" + account + "@contoso.example";
        Issuer.contacts(account, 1, contact(address, "en", "LICENSES"));
        LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, account, null, null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, license);
        Issuer.delivery(license, CD_KEY);
        Mails.await(license.licenseId(), Mails.count(1));
        Sending.all(sender, clock);
        UUID mailId = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createQuery(
                "SELECT m.id FROM Mail m WHERE m.licenseId = :id").setParameter("id", license.licenseId()).getSingleResult());
        // the row as a process killed after the server's acceptance leaves it: its claim rolled back, still PENDING
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                UPDATE mail SET status = 'PENDING', sent_at = NULL, next_attempt_at = :now WHERE id = :id""")
                .setParameter("now", clock.instant()).setParameter("id", mailId).executeUpdate());
        Sending.all(sender, clock);

        List<Message> inbox = MailServer.inbox(address);
        assertEquals(2, inbox.size(), "the second copy is sent: the service cannot know the first arrived");
        for (Message copy : inbox) {
            assertEquals("<" + mailId + "@licenseforge.local>", copy.getHeader("Message-ID")[0]);
            assertEquals(mailId.toString(), copy.getHeader("X-LicenseForge-Mail")[0]);
        }
    }

    @Test
    void aMailServerThatIsDownDelaysMailWithGrowingWaitsAndFailsItAfterTheLastAttempt() {
        UUID account = UUID.randomUUID();
        String address = "it-" + account + "@contoso.example";
        Issuer.contacts(account, 1, contact(address, "en", "LICENSES"));
        LicenseSnapshot delayed = Issuer.snapshot(UUID.randomUUID(), 1, account, null, null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, delayed);
        Issuer.delivery(delayed, CD_KEY);
        Mails.await(delayed.licenseId(), Mails.count(1));

        MailServer.down();
        try {
            sender.sendDue();
            assertEquals(Map.of("status", "PENDING", "attempts", 1), state(delayed.licenseId()));
            sender.sendDue();   // not due again before its first wait (1 min) has passed
            assertEquals(Map.of("status", "PENDING", "attempts", 1), state(delayed.licenseId()));
            clock.advance(Duration.ofMinutes(1));
            sender.sendDue();
            assertEquals(Map.of("status", "PENDING", "attempts", 2), state(delayed.licenseId()));
        } finally {
            MailServer.up();
        }
        // a send after the restart over a pooled connection the server dropped is one more failed attempt: at most
        // one per connection of the pool (4), then a fresh connection goes through
        for (int tries = 0; tries < 5 && !"SENT".equals(state(delayed.licenseId()).get("status")); tries++) {
            clock.advance(Duration.ofHours(1));
            sender.sendDue();
        }
        assertEquals("SENT", state(delayed.licenseId()).get("status"));
        assertTrue((int) state(delayed.licenseId()).get("attempts") >= 3);
        assertEquals(1, MailServer.inbox(address).size());

        LicenseSnapshot lost = Issuer.snapshot(UUID.randomUUID(), 1, account, null, null, SalesStatus.ACTIVE);
        Issuer.license(EventTypes.LICENSE_ISSUED, lost);
        Issuer.delivery(lost, CD_KEY);
        Mails.await(lost.licenseId(), Mails.count(1));
        MailServer.down();
        try {
            for (int attempt = 0; attempt < 8; attempt++) {
                sender.sendDue();
                clock.advance(Duration.ofHours(1));
            }
        } finally {
            MailServer.up();
        }
        assertEquals(Map.of("status", "FAILED", "attempts", 8), state(lost.licenseId()));
        assertNull(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "SELECT m.sealedDelivery FROM Mail m WHERE m.licenseId = :id", String.class)
                .setParameter("id", lost.licenseId()).getSingleResult()));
        clock.advance(Duration.ofHours(1));
        sender.sendDue();
        assertEquals(Map.of("status", "FAILED", "attempts", 8), state(lost.licenseId()));
    }

    private static Map<String, Object> state(UUID licenseId) {
        Map<String, Object> mail = Mails.of(licenseId).get(0);
        return Map.of("status", mail.get("status"), "attempts", mail.get("attempts"));
    }
}
