package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.sales;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LicenseLifecycleTest {

    @Test
    void renewalExtendsFromTheCurrentExpiryAndPublishesLicenseRenewed() {
        var issued = Fixtures.license(Map.of());
        String id = issued.path("id");
        String token = issued.path("token");
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            String renewedToken = sales().body(Map.of("extendBy", "P1Y", "reason", "annual renewal"))
                    .post("/api/v1/licenses/{id}/renewals", id)
                    .then().statusCode(200)
                    .body("expiresAt", equalTo("2031-01-01T00:00:00Z"))
                    .body("token", notNullValue())
                    .body("$", not(hasKey("cdKey")))
                    .extract().path("token");
            assertTrue(!renewedToken.equals(token), "the change re-minted the token");
            JsonNode event = probe.await("license.renewed", id);
            Fixtures.assertEnvelope(event, "license.renewed", "sam.sales", issued.path("cdKey"));
            assertEquals(id, event.path("licenseId").asText());
            assertEquals("2031-01-01T00:00:00Z", event.path("payload").path("expiresAt").asText());
            assertEquals("annual renewal", event.path("payload").path("reason").asText());
            assertEquals(2, event.path("payload").path("version").asInt());
        }
        sales().body(Map.of("extendBy", "P6M")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(200).body("expiresAt", equalTo("2031-07-01T00:00:00Z"));
        sales().body(Map.of("expiresAt", "2032-06-30T00:00:00Z"))
                .post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(200).body("expiresAt", equalTo("2032-06-30T00:00:00Z"));
    }

    @Test
    void badRenewalsAreRefusedNamingTheField() {
        String id = Fixtures.licenseId();
        sales().body(Map.of("expiresAt", "2029-01-01T00:00:00Z")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("expiresAt"));
        for (String duration : List.of("one year", "P0D", "-P1Y", "PT24H", "P", "1Y", "P999999999Y", "P-1M")) {
            sales().body(Map.of("extendBy", duration)).post("/api/v1/licenses/{id}/renewals", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("extendBy"));
        }
        sales().body(Map.of("extendBy", "P1Y", "expiresAt", "2035-01-01T00:00:00Z")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().body(Map.of()).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().body(Map.of("expiresAt", "+999999999-01-01T00:00:00Z")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        sales().body(Map.of("extendBy", 12)).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().get("/api/v1/licenses/{id}", id).then().body("expiresAt", equalTo("2030-01-01T00:00:00Z"));
    }

    @Test
    void anExpiredLicenseIsRenewedFromNowAndAPerpetualOneCannotBeRenewed() {
        Instant now = Instant.now();
        String expired = Fixtures.license(Map.of("startsAt", now.minus(400, ChronoUnit.DAYS).toString(),
                "expiresAt", now.minus(1, ChronoUnit.DAYS).toString())).path("id");
        sales().get("/api/v1/licenses/{id}", expired).then().body("status", equalTo("EXPIRED"));
        String renewed = sales().body(Map.of("extendBy", "P30D")).post("/api/v1/licenses/{id}/renewals", expired)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).extract().path("expiresAt");
        long days = ChronoUnit.DAYS.between(now, Instant.parse(renewed));
        assertTrue(days >= 29 && days <= 30, "extended from now, not from the old expiry: " + days);

        Map<String, Object> perpetual = new HashMap<>();
        perpetual.put("expiresAt", null);
        String id = Fixtures.license(perpetual).path("id");
        for (Map<String, String> renewal : List.of(Map.of("extendBy", "P1Y"), Map.of("expiresAt", "2040-01-01T00:00:00Z"))) {
            sales().body(renewal).post("/api/v1/licenses/{id}/renewals", id)
                    .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                    .body("action", equalTo("renew")).body("detail", org.hamcrest.Matchers.containsString("perpetual"));
        }
    }

    @Test
    void aLicenseInPaymentTroubleCannotBeRenewedBySales() {
        UUID id = UUID.fromString(Fixtures.licenseId());
        TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.past-due", id,
                new BillingStandingChanged(id, Standing.PAST_DUE, Instant.now(), Instant.now().plus(Duration.ofDays(14))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                sales().get("/api/v1/licenses/{id}", id).then().body("status", equalTo("PAST_DUE")));
        sales().body(Map.of("extendBy", "P1Y")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION")).body("billingStanding", equalTo("PAST_DUE"));
    }

    @Test
    void seatsGoUpAndDownAndTheChangeIsPublished() {
        var issued = Fixtures.license(Map.of());
        String id = issued.path("id");
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("modules", Map.of("finance", 5, "hr", 30), "reason", "reorganisation"))
                    .put("/api/v1/licenses/{id}/modules", id)
                    .then().statusCode(200).body("modules.finance", equalTo(5)).body("modules.hr", equalTo(30))
                    .body("token", notNullValue());
            JsonNode event = probe.await("license.modules-changed", id);
            Fixtures.assertEnvelope(event, "license.modules-changed", "sam.sales", issued.path("cdKey"));
            assertEquals(5, event.path("payload").path("modules").path("finance").asInt());
            assertEquals("reorganisation", event.path("payload").path("reason").asText());
        }
        sales().body(Map.of("modules", Map.of("finance", 0))).put("/api/v1/licenses/{id}/modules", id)
                .then().statusCode(200).body("modules.finance", equalTo(0)).body("modules", not(hasKey("hr")));
        sales().body(Map.of("modules", Map.of("payroll", 5)))
                .put("/api/v1/licenses/{id}/modules", id)
                .then().statusCode(400).body("errors[0].field", equalTo("modules.payroll"));
        sales().body(Map.of("modules", Map.of("finance", -1)))
                .put("/api/v1/licenses/{id}/modules", id)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("modules.finance"));
        sales().body(Map.of("modules", Map.of())).put("/api/v1/licenses/{id}/modules", id)
                .then().statusCode(400).body("errors[0].field", equalTo("modules"));
        sales().body(Map.of("modules", Map.of("finance", 1))).put("/api/v1/licenses/{id}/modules", UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void suspendReinstateAndRevokeFollowTheStateMachine() {
        var issued = Fixtures.license(Map.of());
        String id = issued.path("id");
        String cdKey = issued.path("cdKey");
        sales().body(Map.of("reason", "nothing to reinstate")).post("/api/v1/licenses/{id}/reinstate", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("action", equalTo("reinstate")).body("currentStatus", equalTo("ACTIVE"));
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("reason", "fraud check")).post("/api/v1/licenses/{id}/suspend", id)
                    .then().statusCode(200).body("status", equalTo("SUSPENDED"));
            JsonNode suspended = probe.await("license.suspended", id);
            Fixtures.assertEnvelope(suspended, "license.suspended", "sam.sales", cdKey);
            assertEquals("fraud check", suspended.path("payload").path("reason").asText());
            assertEquals("SUSPENDED", suspended.path("payload").path("status").asText());

            sales().body(Map.of("reason", "again")).post("/api/v1/licenses/{id}/suspend", id)
                    .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                    .body("currentStatus", equalTo("SUSPENDED"));
            // a suspended license can still be renewed and resized
            sales().body(Map.of("extendBy", "P1M")).post("/api/v1/licenses/{id}/renewals", id)
                    .then().statusCode(200).body("status", equalTo("SUSPENDED"));

            sales().body(Map.of("reason", "cleared")).post("/api/v1/licenses/{id}/reinstate", id)
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
            JsonNode reinstated = probe.await("license.reinstated", id);
            Fixtures.assertEnvelope(reinstated, "license.reinstated", "sam.sales", cdKey);
            assertEquals("ACTIVE", reinstated.path("payload").path("status").asText());

            sales().body(Map.of("reason", "contract terminated")).post("/api/v1/licenses/{id}/revoke", id)
                    .then().statusCode(200).body("status", equalTo("REVOKED"));
            JsonNode revoked = probe.await("license.revoked", id);
            Fixtures.assertEnvelope(revoked, "license.revoked", "sam.sales", cdKey);
            assertEquals("REVOKED", revoked.path("payload").path("status").asText());
            assertEquals(5, revoked.path("payload").path("version").asInt());
        }
        // revocation is final
        for (String action : List.of("suspend", "reinstate", "revoke")) {
            sales().body(Map.of("reason", "after the end")).post("/api/v1/licenses/{id}/" + action, id)
                    .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                    .body("currentStatus", equalTo("REVOKED"));
        }
        sales().body(Map.of("extendBy", "P1Y")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        sales().body(Map.of("modules", Map.of("finance", 1))).put("/api/v1/licenses/{id}/modules", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        sales().get("/api/v1/licenses/{id}", id).then().body("status", equalTo("REVOKED"));
        sales().queryParam("status", "REVOKED").queryParam("accountId", (String) issued.path("accountId"))
                .get("/api/v1/licenses").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void statusChangesNeedAReason() {
        String id = Fixtures.licenseId();
        for (String action : List.of("suspend", "reinstate", "revoke")) {
            sales().body(Map.of()).post("/api/v1/licenses/{id}/" + action, id)
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("reason"));
            sales().body(Map.of("reason", "x".repeat(501))).post("/api/v1/licenses/{id}/" + action, id)
                    .then().statusCode(400).body("errors.field", hasItem("reason"));
        }
        sales().body(Map.of("reason", "x")).post("/api/v1/licenses/{id}/suspend", UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        sales().get("/api/v1/licenses/{id}", id).then().body("status", equalTo("ACTIVE"));
    }
}
