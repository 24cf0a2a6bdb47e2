package com.licenseforge.faults;

import com.licenseforge.faults.Licensing.Customer;
import com.licenseforge.faults.Licensing.Issued;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static com.licenseforge.faults.FaultSystem.A;
import static com.licenseforge.faults.FaultSystem.B;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail to licensees under faults, with both notification-service replicas on one database and the tests' own
 * GreenMail behind a relay: every mail the system queues arrives, read over IMAP, once per license, kind, threshold
 * and recipient; a copy sent again after a crash carries the Message-ID of the first.
 */
@ExtendWith(RunningFaultSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailFaultsTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final String NOTIFICATION = "notification-service";
    /** Licenses issued at once, a mail each; fewer with -Dfaults.mails on a heavily loaded machine. */
    private static final int LICENSES = Integer.getInteger("faults.mails", 200);

    private static FaultSystem system;
    private static Licensing licensing;
    private static Database notificationDb;

    @BeforeAll
    static void twoReplicasOfEverything() {
        system = RunningFaultSystem.system();
        licensing = new Licensing(system);
        notificationDb = new Database(system.jdbcUrl("notification"), "notification" + FaultSystem.DB_SUFFIX);
    }

    @AfterAll
    static void mailAtFullSpeedAgain() {
        system.smtpRelay().delay(Duration.ZERO);
    }

    @Test
    @Order(1)
    void anEventDeliveredAgainToBothReplicasMailsOnce() {
        Customer customer = licensing.customer(A, "Twice Holding");
        String address = "it-" + UUID.randomUUID() + "@twice.example";
        licensing.contact(A, customer, address);
        awaitContactKnown(customer);
        Issued license = licensing.license(B, customer, 1, "sub_" + UUID.randomUUID());
        await().atMost(EVENTUAL).until(() -> mailsOf(license).size() == 1);

        // the issuer's delivery event again with its event id, on every partition: each replica consumes a copy
        TopicLog.Entry delivery = TopicLog.read("license-events").stream()
                .filter(entry -> entry.event() != null && license.id().equals(entry.event().path("licenseId").asText())
                        && "license.delivery-sealed".equals(entry.event().path("type").asText()))
                .findFirst().orElseThrow();
        Map<String, Set<Integer>> members = TopicLog.assignments("notification-service", "license-events");
        assertEquals(2, members.size(), "both replicas read license-events: " + members);
        int copies = TopicLog.writeToEveryPartition("license-events", delivery.key(), delivery.value());
        await().atMost(EVENTUAL).until(() -> TopicLog.consumedToEnd("notification-service", "license-events"));
        System.out.println("delivery event " + delivery.event().path("eventId").asText() + " delivered " + (copies + 1)
                + " times to group members " + members);

        await().atMost(EVENTUAL).untilAsserted(() -> {
            assertEquals(List.of("SENT"), notificationDb.column("SELECT status FROM mail WHERE license_id = ?::uuid",
                    license.id()));
            assertEquals(mailsOf(license), Mailboxes.inbox(address).stream().map(Mailboxes.Delivered::mailId).toList());
        });
        String eventId = delivery.event().path("eventId").asText();
        assertEquals(List.of(), TopicLog.read("license-events.notification-service.dlq").stream()
                .filter(entry -> entry.value().contains(eventId)).toList(), "no copy was parked");
        OwnPostgres.sleep(Duration.ofSeconds(2));   // a second mail would be sent within a send interval
        assertEquals(1, Mailboxes.inbox(address).size());
    }

    @Test
    @Order(2)
    void aReplicaKilledWhileSendingLosesNoMailAndRepeatsAtMostTheOnesItHeld() throws Exception {
        Customer customer = licensing.customer(A, "Kill Holding");
        String address = "licenses-" + UUID.randomUUID() + "@kill.example";
        licensing.contact(A, customer, address);
        awaitContactKnown(customer);
        // a slow relay: each of the server's answers takes 100 ms, some half a second a mail, so mail queues up
        // faster than it is sent and both senders are mid-conversation most of the time
        system.smtpRelay().delay(Duration.ofMillis(100));

        ConcurrentLinkedQueue<String> issued = new ConcurrentLinkedQueue<>();
        ExecutorService sales = Executors.newFixedThreadPool(4);
        for (int i = 0; i < LICENSES; i++) {
            FaultSystem.Replica replica = i % 2 == 0 ? A : B;
            sales.submit(() -> issued.add(licensing.license(replica, customer, 1, "sub_" + UUID.randomUUID()).id()));
        }
        sales.shutdown();
        assertTrue(sales.awaitTermination(120, TimeUnit.SECONDS));
        assertEquals(LICENSES, issued.size());

        long pidOfA = system.pid(A, NOTIFICATION);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(100)).until(() -> sentTo(address) >= LICENSES / 6);
        // killed while it holds a claimed mail in its open transaction, that is, in the middle of sending it, with
        // mail still queued (a kill at the last mail may come just after its commit)
        await().atMost(EVENTUAL).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> sentTo(address) < LICENSES - 5
                        && Backends.inTransaction(notificationDb, "mail", "RowShareLock", pidOfA));
        system.kill(A, NOTIFICATION);
        long sentAtKill = sentTo(address);
        assertTrue(sentAtKill < LICENSES, "the kill came mid-send: " + sentAtKill + " of " + LICENSES + " sent");
        system.up(A);

        await().atMost(Duration.ofSeconds(180)).until(() -> sentTo(address) == LICENSES);
        List<String> rows = notificationDb.column("SELECT id::text FROM mail WHERE recipient = ?", address);
        assertEquals(LICENSES, rows.size(), "one LICENSE_ISSUED mail per license");
        assertEquals(0, notificationDb.count("""
                SELECT count(*) FROM mail WHERE recipient = ? AND (kind <> 'LICENSE_ISSUED' OR threshold <> 'issued')""",
                address));

        List<Mailboxes.Delivered> inbox = Mailboxes.inbox(address);
        Map<String, Long> copies = inbox.stream().collect(Collectors.groupingBy(Mailboxes.Delivered::mailId,
                Collectors.counting()));
        assertEquals(Set.copyOf(rows), copies.keySet(), "every mail arrived, and none that was not queued");
        List<String> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        System.out.println("killed replica A's sender with " + sentAtKill + " of " + LICENSES + " mails sent; "
                + inbox.size() + " messages delivered for " + rows.size() + " mails; sent twice: " + twice);
        // at least once at the mail server: only the mails A held (one per connection) may have been accepted before
        // the kill and sent again; each copy carries the same Message-ID, so per Message-ID delivery is exactly once
        assertTrue(twice.size() <= FaultSystem.MAIL_CONNECTIONS && Collections.max(copies.values()) <= 2,
                "sent twice: " + copies);
        for (Mailboxes.Delivered message : inbox) {
            assertEquals("<" + message.mailId() + "@licenseforge.local>", message.messageId());
        }
        assertEquals(rows.size(), inbox.stream().map(Mailboxes.Delivered::messageId).distinct().count());
    }

    private static void awaitContactKnown(Customer customer) {
        await().atMost(EVENTUAL).until(() -> notificationDb.count(
                "SELECT count(*) FROM account_contacts WHERE account_id = ?::uuid", customer.account()) == 1);
    }

    private static List<String> mailsOf(Issued license) {
        return notificationDb.column("SELECT id::text FROM mail WHERE license_id = ?::uuid", license.id());
    }

    private static long sentTo(String address) {
        return notificationDb.count("SELECT count(*) FROM mail WHERE recipient = ? AND status = 'SENT'", address);
    }
}
