package com.licenseforge.activation.leases;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.activation.Customer;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestClock;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.token.TokenClaims;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Floating licenses: machines hold slots on leases they renew by validating; the culler frees the slots of those
 * that stop; a machine checks in, or borrows its lease for offline use. Time moves by the test clock.
 */
@QuarkusTest
class FloatingLeaseTest {

    private static final Duration INTERVAL = Duration.ofMinutes(1);

    @Inject
    TestClock clock;

    @Inject
    LeaseCuller culler;

    @Inject
    AgroalDataSource db;

    private static TestLicense floating(int slots) {
        return TestLicense.issue(Customer.catalogue(), terms -> {
            terms.maxActivations = slots;
            terms.floating(INTERVAL);
        });
    }

    private static ExtractableResponse<Response> activate(TestLicense license, String machine) {
        return Customer.activate(license.activation(machine, "1.0.0")).statusCode(201).extract();
    }

    private static io.restassured.response.ValidatableResponse heartbeat(TestLicense license, String machine,
                                                                         String token) {
        return Customer.validate(Map.of("serial", license.serial, "fingerprint", machine, "token", token), null);
    }

    @Test
    void aMachineHoldsALeaseThatEachValidationRenewsWithoutANewToken() throws Exception {
        TestLicense license = floating(2);
        Instant before = clock.instant();
        var activated = activate(license, "floating-renew-1");
        String token = activated.path("token");
        Instant firstLease = Instant.parse(activated.path("leaseExpiresAt"));
        assertTrue(!firstLease.isBefore(before.plus(INTERVAL)) && !firstLease.isAfter(clock.instant().plus(INTERVAL)),
                "a lease of one interval: " + firstLease);
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertEquals("FLOATING", claims.getStringClaim(TokenClaims.MODEL));
        assertEquals(60L, claims.getLongClaim(TokenClaims.HEARTBEAT_INTERVAL));

        clock.advance(Duration.ofSeconds(30));
        var renewed = heartbeat(license, "floating-renew-1", token).statusCode(200)
                .body("valid", equalTo(true)).body("code", equalTo("VALID")).extract();
        Instant secondLease = Instant.parse(renewed.path("leaseExpiresAt"));
        assertTrue(secondLease.isAfter(firstLease.plusSeconds(29)), "renewed by the validation: " + secondLease);
        assertEquals(token, renewed.path("token"), "a fresh token comes back as it was: nothing is signed");
        String activationId = activated.path("activationId");
        await().atMost(Duration.ofSeconds(10)).until(() -> secondLease.equals(leaseOf(activationId)));
        given().header("Authorization", SupportStaff.SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200).body("model", equalTo("FLOATING")).body("heartbeatIntervalSeconds", equalTo(60))
                .body("activations[0].leaseExpiresAt", equalTo(secondLease.toString()));

        // a node-locked license's machine holds no lease and gets a new token as before
        TestLicense nodeLocked = TestLicense.issue(Customer.catalogue());
        var fixed = Customer.activate(nodeLocked.activation("node-locked-1", "1.0.0")).statusCode(201)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("leaseExpiresAt"))).extract();
        String again = Customer.validate(Map.of("serial", nodeLocked.serial, "fingerprint", "node-locked-1",
                        "token", fixed.path("token")), null).statusCode(200).body("code", equalTo("VALID"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("leaseExpiresAt")))
                .extract().path("token");
        assertNotEquals(fixed.path("token"), again);
    }

    @Test
    void aMachineThatStopsIsCulledAfterTheGraceAndItsSlotGoesToAnother() throws Exception {
        TestLicense license = floating(2);
        TestLicense nodeLocked = TestLicense.issue(Customer.catalogue(), terms -> terms.maxActivations = 1);
        String kept = activate(license, "floating-kept").path("token");
        var stopped = activate(license, "floating-stopped");
        String stoppedId = stopped.path("activationId");
        String keptId = Customer.validate(license, "floating-kept", null).extract().path("activationId");
        Customer.activate(license.activation("floating-waiting", "1.0.0")).statusCode(409)
                .body("code", equalTo("TOO_MANY_ACTIVATIONS"));
        Customer.activate(nodeLocked.activation("node-locked-never-culled", "1.0.0")).statusCode(201);

        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            clock.advance(Duration.ofSeconds(90));
            Instant keptLease = Instant.parse(heartbeat(license, "floating-kept", kept).statusCode(200)
                    .body("code", equalTo("VALID")).extract().path("leaseExpiresAt"));
            await().atMost(Duration.ofSeconds(10)).until(() -> keptLease.equals(leaseOf(keptId)));
            culler.cullDue();
            assertEquals("ACTIVE", statusOf(stoppedId), "within the grace after its lease end a machine keeps its slot");

            clock.advance(Duration.ofSeconds(60));
            culler.cullDue();
            assertEquals("CULLED", statusOf(stoppedId));
            assertEquals("ACTIVE", statusOf(keptId), "the machine that renewed keeps its lease");
            JsonNode culled = probe.await(e -> "activation.culled".equals(e.path("type").asText())
                    && stoppedId.equals(e.path("payload").path("activationId").asText()), Duration.ofSeconds(20));
            assertEquals("lease-culler", culled.path("actor").asText());
            assertEquals("CULLED", culled.path("payload").path("status").asText());
        }
        assertEquals(1, auditEntries(stoppedId), "audited once, with the system as actor");

        heartbeat(license, "floating-stopped", stopped.path("token")).statusCode(200)
                .body("valid", equalTo(false)).body("code", equalTo("CULLED"));
        activate(license, "floating-waiting");
        Customer.activate(license.activation("floating-stopped", "1.0.0")).statusCode(409)
                .body("code", equalTo("TOO_MANY_ACTIVATIONS"));
        Customer.validate(nodeLocked, "node-locked-never-culled", null).statusCode(200).body("code", equalTo("VALID"));

        // the culled machine takes a slot again once one is free
        Customer.deactivate(Customer.validate(license, "floating-waiting", null).extract().path("activationId"),
                license.cdKey).statusCode(204);
        activate(license, "floating-stopped");
        heartbeat(license, "floating-kept", kept).statusCode(200).body("code", equalTo("VALID"));
    }

    @Test
    void twoCullersOnTheSameExpiredLeasesCullEachOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int l = 0; l < 4; l++) {
            TestLicense license = floating(5);
            for (int m = 0; m < 5; m++) {
                ids.add(activate(license, "floating-replica-" + l + "-" + m).path("activationId"));
            }
        }
        Map<String, Integer> events = new ConcurrentHashMap<>();
        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            clock.advance(Duration.ofMinutes(3));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> culled = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    Callable<Integer> replica = () -> {
                        start.await();
                        return culler.cullDue();
                    };
                    culled.add(replicas.submit(replica));
                }
                start.countDown();
                int total = culled.get(0).get() + culled.get(1).get();
                assertTrue(total >= ids.size(), "every expired lease is culled: " + total);
            } finally {
                replicas.shutdownNow();
            }
            probe.await(e -> {
                String id = e.path("payload").path("activationId").asText();
                if ("activation.culled".equals(e.path("type").asText()) && ids.contains(id)) {
                    events.merge(id, 1, Integer::sum);
                }
                return events.size() == ids.size();
            }, Duration.ofSeconds(30));
        }
        for (String id : ids) {
            assertEquals("CULLED", statusOf(id));
            assertEquals(1, auditEntries(id), "culled once: " + id);
            assertEquals(1, events.get(id), "one activation.culled: " + id);
        }
    }

    @Test
    void checkingInFreesTheSlotAtOnce() {
        TestLicense license = floating(1);
        String id = activate(license, "floating-checkin-1").path("activationId");
        Customer.activate(license.activation("floating-checkin-2", "1.0.0")).statusCode(409)
                .body("code", equalTo("TOO_MANY_ACTIVATIONS"));
        Customer.deactivate(id, license.cdKey).statusCode(204);
        activate(license, "floating-checkin-2");
    }

    @Test
    void aBorrowedLeaseHoldsItsSlotOfflineUntilItEndsOrReturns() throws Exception {
        TestLicense license = floating(1);
        var activated = activate(license, "floating-borrow");
        String id = activated.path("activationId");
        String token = activated.path("token");
        Instant until = clock.instant().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        borrow(id, token, clock.instant().plus(Duration.ofDays(8))).statusCode(422)
                .body("code", equalTo("BORROW_TOO_LONG")).body("maxBorrow", equalTo("P7D"));
        borrow(id, token, clock.instant().minusSeconds(60)).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        borrow(id, activate(floating(1), "floating-borrow-stranger").path("token"), until).statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS"));
        var borrowed = borrow(id, token, until).statusCode(200)
                .body("borrowedUntil", equalTo(until.toString())).body("expiresAt", equalTo(until.toString()))
                .extract();
        JWTClaimsSet claims = SignedJWT.parse(borrowed.path("token")).getJWTClaimsSet();
        assertEquals(until, claims.getExpirationTime().toInstant(), "the token lasts until the borrow ends");
        assertEquals(until.getEpochSecond(), claims.getLongClaim(TokenClaims.BORROWED_UNTIL));

        clock.advance(Duration.ofMinutes(10));
        culler.cullDue();
        assertEquals("ACTIVE", statusOf(id), "a borrowed lease is not culled before the borrow ends");
        Customer.activate(license.activation("floating-borrow-other", "1.0.0")).statusCode(409)
                .body("code", equalTo("TOO_MANY_ACTIVATIONS"));

        Customer.deactivate(id, license.cdKey).statusCode(204);
        activate(license, "floating-borrow-other");
        borrow(id, token, until).statusCode(409).body("code", equalTo("CULLED"));

        TestLicense nodeLocked = TestLicense.issue(Customer.catalogue());
        var fixed = Customer.activate(nodeLocked.activation("node-locked-borrow", "1.0.0")).statusCode(201).extract();
        borrow(fixed.path("activationId"), fixed.path("token"), until).statusCode(409).body("code", equalTo("NOT_FLOATING"));
    }

    @Test
    void exactlyOneOfTwelveConcurrentMachinesGetsTheLastFloatingSlot() throws Exception {
        TestLicense license = floating(2);
        activate(license, "floating-race-early");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Map<String, Object> body = license.activation("floating-race-" + i, "1.0.0");
                Callable<Integer> contender = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(body).post("/api/v1/activations").statusCode();
                };
                outcomes.add(pool.submit(contender));
            }
            start.countDown();
            int won = 0;
            for (Future<Integer> outcome : outcomes) {
                won += outcome.get() == 201 ? 1 : 0;
            }
            assertEquals(1, won, "exactly one winner");
        } finally {
            pool.shutdownNow();
        }
    }

    private static io.restassured.response.ValidatableResponse borrow(String id, String token, Instant until) {
        Map<String, Object> body = new HashMap<>();
        body.put("token", token);
        body.put("until", until.toString());
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/activations/{id}/borrowings", id).then();
    }

    private Instant leaseOf(String activationId) throws SQLException {
        OffsetDateTime at = one("select lease_expires_at from activation where id = ?::uuid", activationId,
                row -> row.getObject(1, OffsetDateTime.class));
        return at == null ? null : at.toInstant();
    }

    private String statusOf(String activationId) throws SQLException {
        return one("select status from activation where id = ?::uuid", activationId, row -> row.getString(1));
    }

    private int auditEntries(String activationId) throws SQLException {
        return one("select count(*) from audit_entry where target_id = ? and action = 'cull activation' "
                + "and actor = 'lease-culler'", activationId, row -> row.getInt(1));
    }

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** What {@code column} reads from the one row {@code sql} finds for {@code parameter}. */
    private <T> T one(String sql, String parameter, Column<T> column) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), "a row for " + parameter);
                return column.read(row);
            }
        }
    }
}
