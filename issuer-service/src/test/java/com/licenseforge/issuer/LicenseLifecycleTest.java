package com.licenseforge.issuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LicenseLifecycleTest {

    private static RequestSpecification sales() {
        return given().header("Authorization", Fixtures.SALES).contentType(ContentType.JSON);
    }

    @Test
    void renewalExtendsFromTheCurrentExpiryAndPublishesLicenseRenewed() {
        String id = Fixtures.license(Map.of()).path("id");
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("extendBy", "P1Y", "reason", "annual renewal"))
                    .post("/api/v1/licenses/{id}/renewals", id)
                    .then().statusCode(200)
                    .body("expiresAt", equalTo("2031-01-01T00:00:00Z"))
                    .body("token", notNullValue());
            JsonNode event = probe.await("license.renewed", id);
            assertEquals("2031-01-01T00:00:00Z", event.path("payload").path("expiresAt").asText());
            assertEquals(2, event.path("payload").path("version").asInt());
        }
        sales().body(Map.of("expiresAt", "2032-06-30T00:00:00Z"))
                .post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(200).body("expiresAt", equalTo("2032-06-30T00:00:00Z"));
        sales().body(Map.of("expiresAt", "2031-01-01T00:00:00Z"))
                .post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().body(Map.of("extendBy", "one year"))
                .post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(400).body("errors[0].field", equalTo("extendBy"));
    }

    @Test
    void anExpiredLicenseIsRenewedFromNowAndAPerpetualOneCannotBeRenewed() {
        Instant now = Instant.now();
        String expired = Fixtures.license(Map.of("startsAt", now.minus(400, ChronoUnit.DAYS).toString(),
                "expiresAt", now.minus(1, ChronoUnit.DAYS).toString())).path("id");
        given().header("Authorization", Fixtures.SALES).get("/api/v1/licenses/{id}", expired)
                .then().body("status", equalTo("EXPIRED"));
        String renewed = sales().body(Map.of("extendBy", "P30D")).post("/api/v1/licenses/{id}/renewals", expired)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).extract().path("expiresAt");
        long days = ChronoUnit.DAYS.between(now, Instant.parse(renewed));
        assertTrue(days >= 29 && days <= 30, "extended from now, not from the old expiry: " + days);

        Map<String, Object> perpetual = new HashMap<>();
        perpetual.put("expiresAt", null);
        String id = Fixtures.license(perpetual).path("id");
        sales().body(Map.of("extendBy", "P1Y")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void seatsGoDownAndTheChangeIsPublished() {
        String id = Fixtures.license(Map.of()).path("id");
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("modules", Map.of("finance", 5, "hr", 3), "reason", "downsizing"))
                    .put("/api/v1/licenses/{id}/modules", id)
                    .then().statusCode(200).body("modules.finance", equalTo(5));
            assertEquals(5, probe.await("license.modules-changed", id).path("payload").path("modules").path("finance").asInt());
        }
        sales().body(Map.of("modules", Map.of("payroll", 5)))
                .put("/api/v1/licenses/{id}/modules", id)
                .then().statusCode(400).body("errors[0].field", equalTo("modules.payroll"));
    }

    @Test
    void suspendReinstateAndRevokeFollowTheStateMachine() {
        String id = Fixtures.license(Map.of()).path("id");
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("reason", "fraud check")).post("/api/v1/licenses/{id}/suspend", id)
                    .then().statusCode(200).body("status", equalTo("SUSPENDED"));
            assertEquals("fraud check", probe.await("license.suspended", id).path("payload").path("reason").asText());
            sales().body(Map.of("reason", "again")).post("/api/v1/licenses/{id}/suspend", id)
                    .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                    .body("currentStatus", equalTo("SUSPENDED"));
            sales().body(Map.of("reason", "cleared")).post("/api/v1/licenses/{id}/reinstate", id)
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
            probe.await("license.reinstated", id);
            sales().body(Map.of("reason", "contract terminated")).post("/api/v1/licenses/{id}/revoke", id)
                    .then().statusCode(200).body("status", equalTo("REVOKED"));
            probe.await("license.revoked", id);
        }
        sales().body(Map.of("reason", "oops")).post("/api/v1/licenses/{id}/reinstate", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        sales().body(Map.of("extendBy", "P1Y")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        sales().body(Map.of()).post("/api/v1/licenses/{id}/suspend", id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().header("Authorization", Fixtures.SALES).queryParam("status", "REVOKED").queryParam("size", 500)
                .get("/api/v1/licenses").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void changesNeedTheSalesRole() {
        String id = Fixtures.license(Map.of()).path("id");
        given().header("Authorization", StaffTokens.bearer("bob.billing", "billing")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/v1/licenses/{id}/revoke", id)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(Map.of("extendBy", "P1Y"))
                .post("/api/v1/licenses/{id}/renewals", id).then().statusCode(401);
        sales().body(Map.of("reason", "x")).post("/api/v1/licenses/{id}/suspend", "8d0f5d2e-2f0e-4c6b-9d55-1d3f0c1a2b3c")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
