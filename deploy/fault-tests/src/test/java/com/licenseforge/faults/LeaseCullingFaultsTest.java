package com.licenseforge.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.faults.Licensing.Customer;
import com.licenseforge.faults.Licensing.Issued;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Floating licenses' machines that stop renewing their leases, culled by both activation-service replicas while one
 * of them is killed in the middle of a cull transaction: each lease ends CULLED once, with one event, one audit entry
 * and its slot freed once.
 */
@ExtendWith(RunningFaultSystem.class)
class LeaseCullingFaultsTest {

    private static final String ACTIVATION = "activation-service";
    /** 10 licenses of 100 machines; more or fewer with -Dfaults.leases. */
    private static final int LEASES = Integer.getInteger("faults.leases", 1000);
    private static final int LICENSES = 10;
    private static final int MACHINES_PER_LICENSE = LEASES / LICENSES;

    private static FaultSystem system;
    private static Licensing licensing;
    private static Database activationDb;

    @BeforeAll
    static void twoReplicasOfEverything() {
        system = RunningFaultSystem.system();
        licensing = new Licensing(system);
        activationDb = new Database(system.jdbcUrl("activation"), "activation" + FaultSystem.DB_SUFFIX);
    }

    @Test
    void leasesCulledByTwoReplicasOneKilledMidBatchEndOnceWithOneEventOneAuditEntryAndTheirSlotFreedOnce()
            throws Exception {
        Customer customer = licensing.customer(A, "Floating Holding");
        List<Issued> licenses = new ArrayList<>();
        for (int i = 0; i < LICENSES; i++) {
            licenses.add(licensing.floatingLicense(i % 2 == 0 ? A : B, customer, MACHINES_PER_LICENSE));
        }
        ConcurrentLinkedQueue<String> machines = new ConcurrentLinkedQueue<>();
        for (Issued license : licenses) {
            String fingerprint = "fp-" + UUID.randomUUID();
            await().atMost(Duration.ofSeconds(30)).until(() -> activated(licensing.activate(A, license, fingerprint), machines));
        }
        // every machine takes a slot on a one-minute lease and is never heard of again
        Instant start = Instant.now();
        ExecutorService customers = Executors.newFixedThreadPool(8);
        for (Issued license : licenses) {
            for (int i = 1; i < MACHINES_PER_LICENSE; i++) {
                FaultSystem.Replica replica = i % 2 == 0 ? A : B;
                customers.submit(() -> activated(licensing.activate(replica, license, "fp-" + UUID.randomUUID()), machines));
            }
        }
        customers.shutdown();
        assertTrue(customers.awaitTermination(120, TimeUnit.SECONDS));
        Duration activating = Duration.between(start, Instant.now());
        assertEquals(LICENSES * MACHINES_PER_LICENSE, machines.size(), "every machine activated");
        Set<String> ids = Set.copyOf(machines);
        String licenseIds = licenses.stream().map(l -> "'" + l.id() + "'").collect(Collectors.joining(","));

        // the leases end a minute after their activation, and are due 2 s later; both replicas cull every 2 s
        long pidOfA = system.pid(A, ACTIVATION);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> culled(licenseIds) >= 100);
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> Backends.inTransaction(activationDb, "activation", "RowExclusiveLock", pidOfA));
        system.kill(A, ACTIVATION);
        long culledAtKill = culled(licenseIds);
        String logOfA = Files.readString(system.logOf(A, ACTIVATION));
        assertTrue(culledAtKill < ids.size(), "killed mid-culling: " + culledAtKill + " of " + ids.size());
        system.up(A);

        await().atMost(Duration.ofSeconds(90)).until(() -> culled(licenseIds) == ids.size());
        await().atMost(Duration.ofSeconds(30)).until(() -> activationDb.count("SELECT count(*) FROM outbox_event") == 0);
        assertEquals(ids, Set.copyOf(activationDb.column(
                "SELECT id::text FROM activation WHERE status = 'CULLED' AND license_id IN (" + licenseIds + ")")));
        assertEquals(List.of(), activationDb.column(
                "SELECT id::text FROM license WHERE id IN (" + licenseIds + ") AND live_activations <> 0"),
                "licenses whose slot count is not their live machines (none)");

        // one event per lease (a relay killed between the broker's acknowledgement and its commit may publish an
        // event again under its own id, which consumers skip), one audit entry per lease
        List<JsonNode> events = TopicLog.read("activation-events").stream().map(TopicLog.Entry::event)
                .filter(e -> e != null && "activation.culled".equals(e.path("type").asText())
                        && ids.contains(e.path("payload").path("activationId").asText())).toList();
        Map<String, Set<String>> eventIds = events.stream().collect(Collectors.groupingBy(
                e -> e.path("payload").path("activationId").asText(),
                Collectors.mapping(e -> e.path("eventId").asText(), Collectors.toSet())));
        assertEquals(ids, eventIds.keySet(), "every culled machine has its event");
        assertTrue(eventIds.values().stream().allMatch(set -> set.size() == 1), "one event per machine");
        Map<String, Long> audits = activationDb.column(
                "SELECT target_id FROM audit_entry WHERE action = 'cull activation' AND serial IN ("
                        + licenses.stream().map(l -> "'" + l.serial() + "'").collect(Collectors.joining(",")) + ")")
                .stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertEquals(ids, audits.keySet());
        assertTrue(audits.values().stream().allMatch(n -> n == 1), "one audit entry per machine");

        String logOfB = Files.readString(system.logOf(B, ACTIVATION));
        System.out.println(ids.size() + " machines activated in " + activating.toMillis() + " ms; replica A killed in a"
                + " cull transaction with " + culledAtKill + " culled; culling runs completed before: A "
                + logOfA.lines().filter(l -> l.contains("floating leases")).count() + ", B (to the end) "
                + logOfB.lines().filter(l -> l.contains("floating leases")).count() + "; " + events.size()
                + " activation.culled records for " + eventIds.size() + " machines");

        // the freed slots are there once: a license takes exactly its maximum of new machines again
        Issued refilled = licenses.get(0);
        ConcurrentLinkedQueue<String> again = new ConcurrentLinkedQueue<>();
        ExecutorService returning = Executors.newFixedThreadPool(4);
        for (int i = 0; i < MACHINES_PER_LICENSE + 5; i++) {
            FaultSystem.Replica replica = i % 2 == 0 ? A : B;
            returning.submit(() -> activated(licensing.activate(replica, refilled, "fp-" + UUID.randomUUID()), again));
        }
        returning.shutdown();
        assertTrue(returning.awaitTermination(120, TimeUnit.SECONDS));
        assertEquals(MACHINES_PER_LICENSE, again.size());
        assertEquals(MACHINES_PER_LICENSE, activationDb.count(
                "SELECT live_activations FROM license WHERE id = ?::uuid", refilled.id()));
        assertEquals("TOO_MANY_ACTIVATIONS", licensing.activate(B, refilled, "fp-" + UUID.randomUUID())
                .then().statusCode(409).extract().path("code"));
    }

    private static boolean activated(Response answer, ConcurrentLinkedQueue<String> machines) {
        if (answer.statusCode() != 201) {
            return false;
        }
        machines.add(answer.path("activationId"));
        return true;
    }

    private static long culled(String licenseIds) {
        return activationDb.count("SELECT count(*) FROM activation WHERE status = 'CULLED' AND license_id IN ("
                + licenseIds + ")");
    }
}
