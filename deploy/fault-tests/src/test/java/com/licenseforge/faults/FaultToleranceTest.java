package com.licenseforge.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.licenseforge.faults.FaultSystem.Replica;
import com.licenseforge.faults.Licensing.Customer;
import com.licenseforge.faults.Licensing.Issued;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.licenseforge.faults.FaultSystem.A;
import static com.licenseforge.faults.FaultSystem.B;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system under faults, with two replicas of every service on one broker and one database: a poison
 * message on every topic, an outage of the broker, a service killed mid-work, a database restart, and
 * replicas racing each other. Every scenario checks rows and events, not only answers. One system start is
 * shared; the scenarios run in a fixed order because each leaves the system whole for the next.
 */
@ExtendWith(RunningFaultSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final String ISSUER = "issuer-service";
    private static final String ACTIVATION = "activation-service";
    private static final String BILLING = "billing-sync-service";

    private static FaultSystem SYSTEM;
    private static Licensing licensing;
    private static Database issuerDb;
    private static Database activationDb;
    private static Database billingDb;

    @BeforeAll
    static void twoReplicasOfEverything() {
        SYSTEM = RunningFaultSystem.system();
        licensing = new Licensing(SYSTEM);
        issuerDb = new Database(SYSTEM.jdbcUrl("issuer"), "issuer" + FaultSystem.DB_SUFFIX);
        activationDb = new Database(SYSTEM.jdbcUrl("activation"), "activation" + FaultSystem.DB_SUFFIX);
        billingDb = new Database(SYSTEM.jdbcUrl("billing"), "billing" + FaultSystem.DB_SUFFIX);
    }

    @Test
    @Order(1)
    void aPoisonMessageOnEachTopicGoesToItsDeadLetterTopicWithTheReasonAndConsumptionGoesOn() {
        String marker = "poison-" + UUID.randomUUID();
        Map<String, List<String>> consumers = Map.of(
                "license-events", List.of(ACTIVATION, BILLING),
                "billing-events", List.of(ISSUER, ACTIVATION),
                "activation-events", List.of(ISSUER));
        consumers.keySet().forEach(topic -> TopicLog.write(topic, marker, "{\"eventId\": not json " + marker));

        await().atMost(EVENTUAL).untilAsserted(() -> consumers.forEach((topic, services) -> services.forEach(service -> {
            // the poison's own dead letters: one, though a rebalance may hand it to the other replica again
            List<TopicLog.Entry> dead = TopicLog.read(topic + "." + service + ".dlq").stream()
                    .filter(entry -> marker.equals(entry.key())).toList();
            assertEquals(1, dead.size(), "dead letters of the poison in " + topic + "." + service + ".dlq: " + dead);
            String reason = dead.get(0).headers().get("dead-letter-reason");
            assertTrue(reason != null && reason.contains("unparseable event"), "reason header: " + reason);
            assertEquals(topic, dead.get(0).headers().get("dead-letter-topic"));
        })));

        // every consumer goes on: license-events (activation, billing), billing-events (issuer, activation),
        // activation-events (issuer)
        Customer customer = licensing.customer(A, "Poison Holding");
        String billingRef = "sub_" + UUID.randomUUID();
        Issued license = licensing.license(A, customer, 2, billingRef);
        String fingerprint = "fp-" + UUID.randomUUID();
        await().atMost(EVENTUAL).until(() -> licensing.activate(B, license, fingerprint).statusCode() == 201);
        await().atMost(EVENTUAL).untilAsserted(() -> given(licensing.billingStaff(B))
                .get("/api/v1/billing/licenses/{id}", license.id()).then().statusCode(200));
        licensing.webhook(A, "invoice.created", invoice(billingRef, Instant.now().minus(1, ChronoUnit.DAYS)));
        await().atMost(EVENTUAL).untilAsserted(() -> licensing.validate(A, license, fingerprint)
                .then().body("code", equalTo("PAST_DUE")));
        await().atMost(EVENTUAL).untilAsserted(() -> given(licensing.sales(B)).get("/api/v1/licenses/{id}", license.id())
                .then().body("status", equalTo("PAST_DUE")));

        Customer buyer = licensing.customer(A, "Poison Buyer");
        await().atMost(EVENTUAL).until(() -> given(licensing.support(A))
                .body(Map.of("toOrganizationId", buyer.organization(), "transferAccount", true, "reason", "sold"))
                .post("/api/v1/support/serials/{serial}/reassignments", license.serial()).statusCode() == 202);
        await().atMost(EVENTUAL).untilAsserted(() -> given(licensing.sales(A)).get("/api/v1/licenses/{id}", license.id())
                .then().body("accountId", equalTo(buyer.account())));
    }

    @Test
    @Order(2)
    void twoReplicasOfEachServiceGiveEveryEffectExactlyOnce() {
        Customer customer = licensing.customer(A, "Replica Holding");
        List<Issued> licenses = new ArrayList<>();
        List<String> billingRefs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String billingRef = "sub_" + UUID.randomUUID();
            billingRefs.add(billingRef);
            licenses.add(licensing.license(i % 2 == 0 ? A : B, customer, 2, billingRef));
        }
        for (Issued license : licenses) {
            await().atMost(EVENTUAL).untilAsserted(() -> given(licensing.billingStaff(A))
                    .get("/api/v1/billing/licenses/{id}", license.id()).then().statusCode(200));
        }
        for (int i = 0; i < billingRefs.size(); i++) {
            licensing.webhook(i % 2 == 0 ? B : A, "invoice.created",
                    invoice(billingRefs.get(i), Instant.now().minus(1, ChronoUnit.DAYS)));
        }

        // both billing replicas scan every second; both issuer and activation replicas consume
        for (Issued license : licenses) {
            await().atMost(EVENTUAL).untilAsserted(() -> given(licensing.sales(A)).get("/api/v1/licenses/{id}", license.id())
                    .then().body("status", equalTo("PAST_DUE")));
        }
        await().pollDelay(Duration.ofSeconds(3)).atMost(EVENTUAL).untilAsserted(() -> {
            List<JsonNode> billingEvents = events("billing-events");
            List<JsonNode> licenseEvents = events("license-events");
            for (Issued license : licenses) {
                assertEquals(1, ofType(billingEvents, license.id(), "billing.past-due").size(), "one past-due decision");
                assertEquals(1, ofType(licenseEvents, license.id(), "license.issued").size(), "relayed once");
                assertEquals(1, issuerDb.count("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = ?",
                        license.id(), "billing standing PAST_DUE"), "issuer applied the decision once");
                assertEquals("PAST_DUE", activationDb.column(
                        "SELECT standing FROM billing_standing WHERE license_id = ?::uuid", license.id()).get(0));
            }
        });
        assertNoEventPublishedTwice();

        // concurrent activations on both replicas never exceed the license's two slots
        Issued contested = licensing.license(B, customer, 2, "sub_" + UUID.randomUUID());
        await().atMost(EVENTUAL).until(() -> licensing.activate(A, contested, "fp-first-" + UUID.randomUUID()).statusCode() == 201);
        List<Integer> answers = concurrently(6, i -> licensing.activate(i % 2 == 0 ? A : B, contested,
                "fp-" + i + "-" + UUID.randomUUID()).statusCode());
        assertEquals(1, Collections.frequency(answers, 201), "one free slot, taken once: " + answers);
        assertEquals(2, activationDb.count("SELECT count(*) FROM activation WHERE license_id = ?::uuid AND status = 'ACTIVE'",
                contested.id()));
    }

    @Test
    @Order(3)
    void aSigningKeyRotatedOnOneIssuerReplicaSignsOnTheOtherWithoutARestart() {
        Customer customer = licensing.customer(A, "Rotation Holding");
        Issued license = licensing.license(A, customer, 1, "sub_" + UUID.randomUUID());
        long pidOfB = SYSTEM.pid(B, ISSUER);

        String kid = given(licensing.admin(A)).post("/api/v1/admin/signing-keys/rotations")
                .then().statusCode(200).extract().path("kid");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String token = given(licensing.sales(B)).get("/api/v1/licenses/{id}/token", license.id())
                    .then().statusCode(200).extract().asString();
            assertEquals(kid, SignedJWT.parse(token).getHeader().getKeyID(), "replica B signs with the new key");
            String jwks = given(licensing.customer(B)).baseUri("http://127.0.0.1").port(B.issuerPort())
                    .get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
            assertEquals(license.serial(), TokenVerifier.fromJwks(jwks).verify(token, TokenClaims.LICENSE_TYPE).getSubject());
        });
        assertEquals(pidOfB, SYSTEM.pid(B, ISSUER), "no restart");
    }

    @Test
    @Order(4)
    void aBrokerOutageLosesNoEventAndAppliesNoneTwice() {
        Customer customer = licensing.customer(A, "Outage Holding");
        Issued before = licensing.license(A, customer, 3, "sub_" + UUID.randomUUID());
        await().atMost(EVENTUAL).until(() -> licensing.activate(A, before, "fp-" + UUID.randomUUID()).statusCode() == 201);

        SYSTEM.stopBroker();
        List<Issued> duringOutage = new ArrayList<>();
        Issued retried;
        String fingerprint = "fp-" + UUID.randomUUID();
        try {
            for (int i = 0; i < 4; i++) {
                duringOutage.add(licensing.license(i % 2 == 0 ? A : B, customer, 2, "sub_" + UUID.randomUUID()));
            }
            licensing.changeSeats(B, before.id(), 20).then().statusCode(200);
            licensing.changeSeats(A, duringOutage.get(0).id(), 30).then().statusCode(200);
            retried = duringOutage.get(1);
            // the customer's system tries before the license could reach activation-service
            for (int attempt = 0; attempt < 3; attempt++) {
                Response refused = licensing.activate(attempt % 2 == 0 ? A : B, retried, fingerprint);
                assertNotEquals(201, refused.statusCode());
                assertTrue(refused.statusCode() < 500, "no 5xx during the outage: " + refused.asString());
            }
        } finally {
            SYSTEM.startBroker();
        }
        Instant brokerBack = Instant.now();
        // the broker reloads its groups and the consumers rejoin before the relayed license arrives
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> licensing.activate(B, retried, fingerprint).statusCode() == 201);
        Duration toActivation = Duration.between(brokerBack, Instant.now());
        System.out.println("activation succeeded " + toActivation.toMillis() + " ms after the broker was back");

        await().atMost(EVENTUAL).untilAsserted(() -> {
            assertEquals(0, issuerDb.count("SELECT count(*) FROM outbox_event"), "issuer outbox drained");
            List<JsonNode> licenseEvents = events("license-events");
            for (Issued license : duringOutage) {
                assertEquals(1, eventIds(ofType(licenseEvents, license.id(), "license.issued")).size());
                assertReadModelsFollow(license.id());
            }
            assertEquals(1, eventIds(ofType(licenseEvents, before.id(), "license.modules-changed")).size());
            assertEquals(1, eventIds(ofType(licenseEvents, duringOutage.get(0).id(), "license.modules-changed")).size());
            assertReadModelsFollow(before.id());
        });
        assertNoDeadLettersBut();
    }

    @Test
    @Order(5)
    void servicesKilledMidActivationAndMidRelayLeaveNothingHalfDoneLostOrDoubled() throws Exception {
        Customer customer = licensing.customer(A, "Crash Holding");
        Issued license = licensing.license(A, customer, 500, "sub_" + UUID.randomUUID());
        await().atMost(EVENTUAL).until(() -> licensing.activate(A, license, "fp-warm-" + UUID.randomUUID()).statusCode() == 201);

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> activated = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> issued = new ConcurrentLinkedQueue<>();
        AtomicInteger activationsRefused = new AtomicInteger();
        AtomicInteger issuesRefused = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 3; t++) {
            load.submit(() -> {
                while (running.get()) {
                    try {
                        Response answer = licensing.activate(A, license, "fp-" + UUID.randomUUID());
                        if (answer.statusCode() == 201) {
                            activated.add(answer.path("activationId"));
                        }
                    } catch (Exception refused) {
                        // the process is gone (a refused connection): the customer's system would retry later
                        activationsRefused.incrementAndGet();
                    }
                }
            });
        }
        load.submit(() -> {
            while (running.get()) {
                try {
                    Response answer = licensing.issue(A, customer, 1, "sub_" + UUID.randomUUID());
                    if (answer.statusCode() == 201) {
                        issued.add(answer.path("id"));
                    }
                } catch (Exception refused) {
                    // as above
                    issuesRefused.incrementAndGet();
                }
            }
        });
        await().atMost(EVENTUAL).until(() -> activated.size() >= 20 && issued.size() >= 5);
        int activationsRefusedBefore = activationsRefused.get();
        int issuesRefusedBefore = issuesRefused.get();
        SYSTEM.kill(A, ACTIVATION);
        SYSTEM.kill(A, ISSUER);
        // the load meets the killed processes before it stops
        await().atMost(EVENTUAL).until(() -> activationsRefused.get() > activationsRefusedBefore
                && issuesRefused.get() > issuesRefusedBefore);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
        SYSTEM.up(A);

        await().atMost(EVENTUAL).untilAsserted(() -> {
            assertEquals(0, activationDb.count("SELECT count(*) FROM outbox_event"), "activation outbox drained");
            assertEquals(0, issuerDb.count("SELECT count(*) FROM outbox_event"), "issuer outbox drained");
            // every activation that committed has exactly one event, and every event its activation
            Set<String> rows = Set.copyOf(activationDb.column(
                    "SELECT id::text FROM activation WHERE license_id = ?::uuid", license.id()));
            Map<String, Long> created = ofType(events("activation-events"), license.id(), "activation.created").stream()
                    .collect(Collectors.groupingBy(e -> e.path("payload").path("activationId").asText(),
                            Collectors.mapping(e -> e.path("eventId").asText(), Collectors.collectingAndThen(
                                    Collectors.toSet(), ids -> (long) ids.size()))));
            assertEquals(rows, created.keySet(), "activations and their events");
            assertTrue(created.values().stream().allMatch(n -> n == 1), "one event per activation");
            assertTrue(rows.containsAll(activated), "every activation answered 201 was kept");
            // every license that committed has exactly one license.issued, and reached activation and billing
            List<String> licenseRows = issuerDb.column("SELECT id::text FROM license WHERE account_id = ?::uuid",
                    customer.account());
            List<JsonNode> licenseEvents = events("license-events");
            assertTrue(licenseRows.containsAll(issued));
            for (String id : licenseRows) {
                assertEquals(1, eventIds(ofType(licenseEvents, id, "license.issued")).size(), "license.issued of " + id);
                assertReadModelsFollow(id);
            }
        });
        assertEquals(0, activationDb.count("""
                SELECT count(*) FROM (SELECT fingerprint_hash FROM activation WHERE license_id = ?::uuid
                GROUP BY fingerprint_hash HAVING count(*) > 1) doubled""", license.id()));
        assertNoDeadLettersBut();
    }

    @Test
    @Order(6)
    void aDatabaseRestartUnderLoadCostsQuick503sAndServicesRecoverWithoutARestart() throws Exception {
        Customer customer = licensing.customer(A, "Database Holding");
        Issued license = licensing.license(A, customer, 500, "sub_" + UUID.randomUUID());
        String fingerprint = "fp-" + UUID.randomUUID();
        await().atMost(EVENTUAL).until(() -> licensing.activate(A, license, fingerprint).statusCode() == 201);
        Map<String, Long> pids = Map.of(
                "issuer-a", SYSTEM.pid(A, ISSUER), "issuer-b", SYSTEM.pid(B, ISSUER),
                "activation-a", SYSTEM.pid(A, ACTIVATION), "activation-b", SYSTEM.pid(B, ACTIVATION),
                "billing-a", SYSTEM.pid(A, BILLING), "billing-b", SYSTEM.pid(B, BILLING));

        List<Supplier<Response>> requests = List.of(
                () -> licensing.validate(A, license, fingerprint),
                () -> licensing.validate(B, license, fingerprint),
                () -> given(licensing.sales(A)).get("/api/v1/licenses/{id}", license.id()),
                () -> given(licensing.sales(B)).get("/api/v1/licenses/{id}", license.id()),
                () -> given(licensing.billingStaff(A)).get("/api/v1/billing/licenses/{id}", license.id()),
                () -> licensing.activate(B, license, "fp-" + UUID.randomUUID()));
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Supplier<Response> request = requests.get(i);
            int kind = i;
            load.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        Response response = request.get();
                        answers.add(new Answer(kind, Instant.now(), Duration.ofNanos(System.nanoTime() - start),
                                response.statusCode(), response.contentType(), response.asString()));
                    } catch (RuntimeException noAnswer) {
                        answers.add(new Answer(kind, Instant.now(), Duration.ofNanos(System.nanoTime() - start),
                                -1, "", noAnswer.toString()));
                    }
                    sleep(50); // paces the load (some 20 requests a second each) on a small machine
                }
            });
        }
        await().atMost(EVENTUAL).until(() -> everyKindAnswered(answers, requests.size(), Instant.MIN));
        SYSTEM.restartPostgres(Duration.ofSeconds(4));
        Instant databaseBack = Instant.now();
        // every kind of request has been served again since the database came back
        await().atMost(EVENTUAL).until(() -> everyKindAnswered(answers, requests.size(), databaseBack));
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));

        List<Answer> failures = answers.stream().filter(a -> a.status() >= 400 || a.status() < 0).toList();
        assertFalse(failures.isEmpty(), "the restart was felt");
        for (Answer failure : failures) {
            assertEquals(503, failure.status(), "during the gap: " + failure);
            assertTrue(failure.contentType().startsWith("application/problem+json"), failure.toString());
            assertTrue(failure.body().contains("\"code\":\"DATABASE_UNAVAILABLE\""), failure.toString());
        }
        Duration slowest = answers.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
        assertTrue(slowest.compareTo(Duration.ofSeconds(8)) < 0, "no request hung: slowest took " + slowest);
        Instant lastFailure = failures.stream().map(Answer::at).max(Instant::compareTo).orElseThrow();
        assertTrue(lastFailure.isBefore(databaseBack.plusSeconds(10)), "recovered within seconds: last 503 at "
                + Duration.between(databaseBack, lastFailure) + " after the restart");

        // the same processes serve, relay and consume again
        Issued after = licensing.license(B, customer, 1, "sub_" + UUID.randomUUID());
        await().atMost(EVENTUAL).until(() -> licensing.activate(A, after, "fp-" + UUID.randomUUID()).statusCode() == 201);
        await().atMost(EVENTUAL).untilAsserted(() -> assertReadModelsFollow(after.id()));
        assertEquals(pids, Map.of(
                "issuer-a", SYSTEM.pid(A, ISSUER), "issuer-b", SYSTEM.pid(B, ISSUER),
                "activation-a", SYSTEM.pid(A, ACTIVATION), "activation-b", SYSTEM.pid(B, ACTIVATION),
                "billing-a", SYSTEM.pid(A, BILLING), "billing-b", SYSTEM.pid(B, BILLING)));
        assertTrue(pids.values().stream().allMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
        assertNoDeadLettersBut();
    }

    private record Answer(int kind, Instant at, Duration took, int status, String contentType, String body) {
    }

    /** Each of the {@code kinds} of request got a good answer after {@code since}. */
    private static boolean everyKindAnswered(Collection<Answer> answers, int kinds, Instant since) {
        return answers.stream().filter(a -> a.status() > 0 && a.status() < 400 && a.at().isAfter(since))
                .map(Answer::kind).distinct().count() == kinds;
    }

    /** The license as activation and billing hold it follows the issuer's latest version. */
    private static void assertReadModelsFollow(String licenseId) {
        String version = issuerDb.column("SELECT version FROM license WHERE id = ?::uuid", licenseId).get(0);
        assertEquals(List.of(version), activationDb.column(
                "SELECT snapshot_version FROM license WHERE id = ?::uuid", licenseId), "activation's copy of " + licenseId);
        assertEquals(1, billingDb.count("SELECT count(*) FROM license_standing WHERE license_id = ?::uuid", licenseId),
                "billing knows " + licenseId);
    }

    /**
     * Each event id lies once in its topic: replicas never relay one row twice. (A process killed between the
     * broker's acknowledgement and the row's delete may republish; consumers skip the repeat by its id.)
     */
    private static void assertNoEventPublishedTwice() {
        for (String topic : List.of("license-events", "billing-events", "activation-events")) {
            List<String> ids = events(topic).stream().map(e -> e.path("eventId").asText()).toList();
            assertEquals(ids.size(), Set.copyOf(ids).size(), "duplicate event ids in " + topic);
        }
    }

    /** Only the poison messages were dead-lettered: no good event was parked because of a fault. */
    private static void assertNoDeadLettersBut() {
        for (String dlq : List.of("license-events.activation-service.dlq", "license-events.billing-sync-service.dlq",
                "billing-events.issuer-service.dlq", "billing-events.activation-service.dlq",
                "activation-events.issuer-service.dlq")) {
            List<TopicLog.Entry> parked = TopicLog.read(dlq).stream()
                    .filter(entry -> entry.key() == null || !entry.key().startsWith("poison-")).toList();
            assertEquals(List.of(), parked, "good events parked in " + dlq);
        }
    }

    private static List<JsonNode> events(String topic) {
        return TopicLog.read(topic).stream().map(TopicLog.Entry::event).filter(e -> e != null && e.has("eventId")).toList();
    }

    private static List<JsonNode> ofType(List<JsonNode> events, String licenseId, String type) {
        return events.stream().filter(e -> licenseId.equals(e.path("licenseId").asText())
                && type.equals(e.path("type").asText())).toList();
    }

    private static Set<String> eventIds(List<JsonNode> events) {
        return events.stream().map(e -> e.path("eventId").asText()).collect(Collectors.toSet());
    }

    private static String invoice(String billingRef, Instant dueAt) {
        return """
                {"billingRef":"%s","invoiceId":"in_%s","amountDue":1200.00,"dueAt":"%s"}"""
                .formatted(billingRef, UUID.randomUUID(), dueAt);
    }

    private static List<Integer> concurrently(int n, java.util.function.IntFunction<Integer> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> request.apply(index)));
            }
            List<Integer> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
