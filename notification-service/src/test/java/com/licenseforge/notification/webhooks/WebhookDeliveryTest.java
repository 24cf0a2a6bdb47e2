package com.licenseforge.notification.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.testing.StaffTokens;
import com.licenseforge.notification.Issuer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed deliveries to a real HTTP receiver: signature, log, redelivery, no redirects, one queue per endpoint. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String ADMIN = StaffTokens.bearer("ada.admin", "admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookSender sender;

    @Test
    void anEventReachesTheReceiverSignedAndIsLoggedAndRedelivered() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Map<String, Object> registered = as(ADMIN).body(Map.of("url", receiver.url("/ok"),
                            "events", List.of(EventTypes.LICENSE_SUSPENDED), "description", "CRM"))
                    .post("/api/v1/webhook-endpoints").then().statusCode(201)
                    .body("secret", startsWith("whsec_")).extract().jsonPath().getMap("$");
            String endpoint = (String) registered.get("id");
            String secret = (String) registered.get("secret");

            LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, UUID.randomUUID(), null, null,
                    SalesStatus.SUSPENDED);
            Issuer.license(EventTypes.LICENSE_ISSUED, license);   // not subscribed
            UUID eventId = Issuer.license(EventTypes.LICENSE_SUSPENDED, license);
            awaitDeliveries(endpoint, 1);
            sender.deliverDue();

            assertEquals(1, receiver.at("/ok").size());
            Receiver.Request request = receiver.at("/ok").get(0);
            assertTrue(verifies(secret, request.signature(), request.body()), request.signature());
            assertTrue(!verifies(secret + "x", request.signature(), request.body()));
            JsonNode envelope = JSON.readTree(request.body());
            assertEquals(eventId.toString(), envelope.path("eventId").asText());
            assertEquals(EventTypes.LICENSE_SUSPENDED, envelope.path("type").asText());

            Map<String, Object> delivery = deliveries(endpoint).get(0);
            assertEquals("DELIVERED", delivery.get("status"));
            assertEquals(200, delivery.get("lastStatusCode"));
            assertEquals(1, delivery.get("attempts"));

            as(ADMIN).post("/api/v1/webhook-endpoints/{e}/deliveries/{d}/redeliveries", endpoint, delivery.get("id"))
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            sender.deliverDue();
            assertEquals(2, receiver.at("/ok").size());
            assertEquals(eventId.toString(), JSON.readTree(receiver.at("/ok").get(1).body()).path("eventId").asText());
            assertEquals(2, deliveries(endpoint).get(0).get("attempts"));

            as(StaffTokens.bearer("sam.sales", "sales")).get("/api/v1/webhook-endpoints/{e}/deliveries", endpoint)
                    .then().statusCode(403);
            as(ADMIN).get("/api/v1/webhook-endpoints/{e}/deliveries", UUID.randomUUID()).then().statusCode(404);
        }
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailedAttempt() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String endpoint = register(receiver.url("/redirect"), EventTypes.LICENSE_REVOKED);
            LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, UUID.randomUUID(), null, null,
                    SalesStatus.REVOKED);
            Issuer.license(EventTypes.LICENSE_REVOKED, license);
            awaitDeliveries(endpoint, 1);
            sender.deliverDue();
            assertEquals(1, receiver.received.size());
            Map<String, Object> delivery = deliveries(endpoint).get(0);
            assertEquals("PENDING", delivery.get("status"));
            assertEquals(302, delivery.get("lastStatusCode"));
            Instant next = Instant.parse((String) delivery.get("nextAttemptAt"));
            assertTrue(next.isAfter(Instant.now().plusSeconds(10)), "retried later with backoff: " + next);
        }
    }

    @Test
    void aSlowEndpointDoesNotDelayAnother() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String slow = register(receiver.url("/slow"), EventTypes.LICENSE_REINSTATED);
            String fast = register(receiver.url("/ok"), EventTypes.LICENSE_REINSTATED);
            LicenseSnapshot license = Issuer.snapshot(UUID.randomUUID(), 1, UUID.randomUUID(), null, null,
                    SalesStatus.ACTIVE);
            Issuer.license(EventTypes.LICENSE_REINSTATED, license);
            awaitDeliveries(slow, 1);
            awaitDeliveries(fast, 1);
            Instant start = Instant.now();
            sender.onSchedule();
            await().atMost(Duration.ofSeconds(3)).until(() -> "DELIVERED".equals(deliveries(fast).get(0).get("status")));
            assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(3)) < 0);
            assertEquals("PENDING", deliveries(slow).get(0).get("status"));
            await().atMost(Duration.ofSeconds(15)).until(() -> "DELIVERED".equals(deliveries(slow).get(0).get("status")));
        }
    }

    @Test
    void urlsIntoTheNetworkAreRefusedAtRegistrationAndOnlyAdminsRegister() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://0xA9FEA9FE/",
                "http://[::ffff:127.0.0.1]/", "http://10.0.0.1/", "http://2130706433/", "ftp://example.com/")) {
            as(ADMIN).body(Map.of("url", url, "events", List.of("*"))).post("/api/v1/webhook-endpoints")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("WEBHOOK_URL_REFUSED"));
        }
        as(ADMIN).body(Map.of("url", "https://crm.example.com/", "events", List.of("not an event")))
                .post("/api/v1/webhook-endpoints").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(StaffTokens.bearer("sam.sales", "sales")).body(Map.of("url", "http://127.0.0.1:9/", "events", List.of("*")))
                .post("/api/v1/webhook-endpoints").then().statusCode(403);
    }

    private static String register(String url, String type) {
        return as(ADMIN).body(Map.of("url", url, "events", List.of(type))).post("/api/v1/webhook-endpoints")
                .then().statusCode(201).extract().path("id");
    }

    private static void awaitDeliveries(String endpoint, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(endpoint).size() == count);
    }

    private static List<Map<String, Object>> deliveries(String endpoint) {
        return as(ADMIN).get("/api/v1/webhook-endpoints/{e}/deliveries", endpoint).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** What a receiver does: recompute the HMAC over "t.body" and compare in constant time. */
    private static boolean verifies(String secret, String header, String body) throws Exception {
        Matcher parts = java.util.regex.Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(header);
        if (!parts.matches()) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts.group(1) + "." + body).getBytes(StandardCharsets.UTF_8));
        return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts.group(2)));
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }
}
