package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.testing.CustomerTestTokens;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.sales;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Billing-sync's verdicts arrive on the real broker and show in the license. */
@QuarkusTest
class BillingReactionsTest {

    private static final Instant SINCE = Instant.parse("2026-11-01T00:00:00Z");

    private static UUID standing(UUID id, String type, Standing standing) {
        return TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), type, id,
                new BillingStandingChanged(id, standing, SINCE, SINCE.plus(Duration.ofDays(14))));
    }

    private static void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                sales().get("/api/v1/licenses/{id}", id).then().body("status", equalTo(status)));
    }

    @Test
    void billingStandingShowsInTheStatusAndIsAudited() {
        var issued = Fixtures.license(Map.of());
        UUID id = UUID.fromString(issued.path("id"));
        String licensee = CustomerTestTokens.license(issued.path("serial"), id, Instant.now());
        standing(id, "billing.past-due", Standing.PAST_DUE);
        awaitStatus(id, "PAST_DUE");
        sales().queryParam("status", "PAST_DUE").queryParam("accountId", (String) issued.path("accountId"))
                .get("/api/v1/licenses").then().body("id", hasSize(1));
        // the licensee learns until when service continues
        given().header("Authorization", licensee).get("/api/v1/customer/licenses/{id}", id).then().statusCode(200)
                .body("billingStanding", equalTo("PAST_DUE")).body("graceEndsAt", equalTo("2026-11-15T00:00:00Z"));
        standing(id, "billing.suspended", Standing.SUSPENDED);
        awaitStatus(id, "SUSPENDED");
        given().header("Authorization", licensee).get("/api/v1/customer/licenses/{id}", id).then()
                .body("billingStanding", equalTo("SUSPENDED")).body("graceEndsAt", nullValue());
        standing(id, "billing.restored", Standing.CURRENT);
        awaitStatus(id, "ACTIVE");

        sales().queryParam("serial", (String) issued.path("serial")).get("/api/v1/audit")
                .then().body("findAll { it.role == 'system' }.action",
                        contains("billing standing PAST_DUE", "billing standing SUSPENDED",
                                "billing standing CURRENT"));
    }

    @Test
    void aSalesSuspensionOutlastsAPayment() {
        var issued = Fixtures.license(Map.of());
        UUID id = UUID.fromString(issued.path("id"));
        sales().body(Map.of("reason", "fraud check")).post("/api/v1/licenses/{id}/suspend", id).then().statusCode(200);
        standing(id, "billing.past-due", Standing.PAST_DUE);
        standing(id, "billing.restored", Standing.CURRENT);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                sales().queryParam("serial", (String) issued.path("serial")).get("/api/v1/audit")
                        .then().body("findAll { it.role == 'system' }.action",
                                contains("billing standing PAST_DUE", "billing standing CURRENT")));
        sales().get("/api/v1/licenses/{id}", id).then().body("status", equalTo("SUSPENDED"));
    }

    @Test
    void aSubscriptionRenewalExtendsTheLicenseOnceEvenWhenRedelivered() throws Exception {
        var issued = Fixtures.license(Map.of());
        UUID id = UUID.fromString(issued.path("id"));
        EventEnvelope renewal = new EventEnvelope(UUID.randomUUID(), "billing.renewed", EventEnvelope.SCHEMA_VERSION,
                Instant.now(), id, "billing-sync", new ObjectMapper().valueToTree(Map.of("licenseId", id.toString(),
                "periodEnd", "2031-01-01T00:00:00Z")));
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            TestEvents.publishRaw(Topics.BILLING_EVENTS, id.toString(), TestEvents.write(renewal));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    sales().get("/api/v1/licenses/{id}", id).then().body("expiresAt", equalTo("2031-01-01T00:00:00Z")));
            JsonNode event = probe.await("license.renewed", id);
            Fixtures.assertEnvelope(event, "license.renewed", "billing-sync", issued.path("cdKey"));
            assertEquals("2031-01-01T00:00:00Z", event.path("payload").path("expiresAt").asText());
            assertEquals("subscription renewed", event.path("payload").path("reason").asText());

            // the same event again (same eventId), then a marker on the same partition
            TestEvents.publishRaw(Topics.BILLING_EVENTS, id.toString(), TestEvents.write(renewal));
            standing(id, "billing.past-due", Standing.PAST_DUE);
            awaitStatus(id, "PAST_DUE");
        }
        sales().queryParam("serial", (String) issued.path("serial")).get("/api/v1/audit")
                .then().body("findAll { it.action == 'renew' }", hasSize(1));

        // an earlier period end never shortens the license
        TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.renewed", id,
                new BillingRenewed(id, Instant.parse("2030-06-01T00:00:00Z")));
        standing(id, "billing.restored", Standing.CURRENT);
        awaitStatus(id, "ACTIVE");
        sales().get("/api/v1/licenses/{id}", id).then().body("expiresAt", equalTo("2031-01-01T00:00:00Z"));
    }

    @Test
    void aRevokedOrPerpetualLicenseIsNotExtendedByBilling() {
        var issued = Fixtures.license(Map.of());
        UUID revoked = UUID.fromString(issued.path("id"));
        sales().body(Map.of("reason", "terminated")).post("/api/v1/licenses/{id}/revoke", revoked).then().statusCode(200);
        Map<String, Object> perpetual = new HashMap<>();
        perpetual.put("expiresAt", null);
        UUID forever = UUID.fromString(Fixtures.license(perpetual).path("id"));
        for (UUID id : new UUID[] {revoked, forever}) {
            TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.renewed", id,
                    new BillingRenewed(id, Instant.parse("2035-01-01T00:00:00Z")));
            standing(id, "billing.past-due", Standing.PAST_DUE);
        }
        awaitStatus(forever, "PAST_DUE");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                sales().queryParam("serial", (String) issued.path("serial")).get("/api/v1/audit")
                        .then().body("findAll { it.role == 'system' }.action", contains("billing standing PAST_DUE")));
        sales().get("/api/v1/licenses/{id}", revoked).then().body("status", equalTo("REVOKED"))
                .body("expiresAt", equalTo("2030-01-01T00:00:00Z"));
        sales().get("/api/v1/licenses/{id}", forever).then().body("expiresAt", equalTo(null));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        UUID id = UUID.fromString(Fixtures.licenseId());
        try (EventProbe deadLetters = EventProbe.open("billing-events.issuer-service.dlq")) {
            TestEvents.publishRaw(Topics.BILLING_EVENTS, id.toString(), "{this is not an event");
            deadLetters.await(e -> e.has("unparseable"), Duration.ofSeconds(20));
        }
        standing(id, "billing.past-due", Standing.PAST_DUE);
        awaitStatus(id, "PAST_DUE");
    }
}
