package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.licenseforge.issuer.Fixtures;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LicenseResourceTest {

    @Test
    void salesIssuesALicenseWhoseEventReachesTheBrokerWithoutTheCdKey() {
        String product = Fixtures.product("finance", "hr");
        String account = Fixtures.account();
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            ExtractableResponse<Response> issued = sales()
                    .body(Map.of("productCode", product, "accountId", account, "edition", "enterprise",
                            "modules", Map.of("finance", 10, "hr", 3), "maxActivations", 2,
                            "startsAt", "2026-01-01T00:00:00Z", "expiresAt", "2030-01-01T00:00:00Z",
                            "maintenanceUntil", "2029-06-30T00:00:00Z", "billingRef", "sub_" + UUID.randomUUID()))
                    .post("/api/v1/licenses")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/licenses/"))
                    .body("status", equalTo("ACTIVE"))
                    .body("cdKey", notNullValue())
                    .body("token", notNullValue())
                    .body("edition", equalTo("enterprise"))
                    .body("modules.finance", equalTo(10))
                    .body("maxActivations", equalTo(2))
                    .body("startsAt", equalTo("2026-01-01T00:00:00Z"))
                    .body("expiresAt", equalTo("2030-01-01T00:00:00Z"))
                    .body("maintenanceUntil", equalTo("2029-06-30T00:00:00Z"))
                    .extract();
            String id = issued.path("id");
            String serial = issued.path("serial");
            String cdKey = issued.path("cdKey");
            assertEquals(serial, Serial.parse(serial).orElseThrow(), "serial is canonical and carries its check character");
            String canonicalKey = CdKey.canonical(cdKey).orElseThrow();
            assertTrue(canonicalKey.length() * 5 >= 120, "CD key has at least 120 bits: " + cdKey);

            JsonNode event = probe.await("license.issued", id);
            Fixtures.assertEnvelope(event, "license.issued", "sam.sales", cdKey);
            assertEquals(id, event.path("licenseId").asText());
            JsonNode payload = event.path("payload");
            assertEquals(serial, payload.path("serial").asText());
            assertEquals(64, payload.path("cdKeyHash").asText().length(), "a keyed hash, not the key");
            assertEquals(1, payload.path("version").asInt());
            assertEquals("ACTIVE", payload.path("status").asText());
            assertEquals(3, payload.path("modules").path("hr").asInt());
            assertFalse(payload.has("cdKey"));

            as(Fixtures.SUPPORT).get("/api/v1/licenses/{id}", id)
                    .then().statusCode(200).body("serial", equalTo(serial)).body("$", not(hasKey("cdKey")))
                    .body(not(containsString(canonicalKey)));
            as(Fixtures.SALES).queryParam("serial", serial).get("/api/v1/licenses")
                    .then().statusCode(200).body("id", contains(id)).body("[0]", not(hasKey("cdKey")))
                    .body(not(containsString(canonicalKey)));
            as(Fixtures.SALES).queryParam("serial", serial).get("/api/v1/audit")
                    .then().statusCode(200).body("action", hasItem("issue")).body(not(containsString(canonicalKey)));
        }
    }

    @Test
    void aPerpetualLicenseHasNoExpiry() {
        Map<String, Object> perpetual = new HashMap<>();
        perpetual.put("expiresAt", null);
        perpetual.put("maintenanceUntil", null);
        String id = Fixtures.license(perpetual).path("id");
        sales().get("/api/v1/licenses/{id}", id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("$", not(hasKey("expiresAt")));
    }

    @Test
    void licensesAreFoundBySerialAccountAndStatusPageByPage() {
        String product = Fixtures.product("finance");
        String account = Fixtures.account();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(sales().body(Map.of("productCode", product, "accountId", account, "modules", Map.of("finance", 1),
                    "maxActivations", 1)).post("/api/v1/licenses").then().statusCode(201).extract().path("id"));
        }
        sales().body(Map.of("reason", "audit")).post("/api/v1/licenses/{id}/suspend", ids.get(0)).then().statusCode(200);

        // newest first
        sales().queryParam("accountId", account).queryParam("size", 2).get("/api/v1/licenses")
                .then().statusCode(200).body("id", contains(ids.get(2), ids.get(1)));
        sales().queryParam("accountId", account).queryParam("size", 2).queryParam("page", 1).get("/api/v1/licenses")
                .then().statusCode(200).body("id", contains(ids.get(0)));
        sales().queryParam("accountId", account).queryParam("size", 2).queryParam("page", 2).get("/api/v1/licenses")
                .then().statusCode(200).body("$", hasSize(0));
        sales().queryParam("accountId", account).queryParam("status", "SUSPENDED").get("/api/v1/licenses")
                .then().statusCode(200).body("id", contains(ids.get(0)));
        sales().queryParam("accountId", account).queryParam("status", "ACTIVE").get("/api/v1/licenses")
                .then().statusCode(200).body("id", contains(ids.get(2), ids.get(1)))
                .body("status", everyItem(equalTo("ACTIVE")));
        String serial = sales().get("/api/v1/licenses/{id}", ids.get(1)).then().extract().path("serial");
        as(Fixtures.BILLING).queryParam("serial", serial.toLowerCase().replace("-", " "))
                .get("/api/v1/licenses").then().statusCode(200).body("id", contains(ids.get(1)));
        sales().queryParam("serial", serial).queryParam("status", "SUSPENDED").get("/api/v1/licenses")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aMistypedSerialIsMalformedNotUnknown() {
        String serial = Fixtures.license(Map.of()).path("serial");
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int position : new int[] {0, 7, serial.length() - 1}) {
            char original = serial.charAt(position);
            char typo = alphabet.charAt((alphabet.indexOf(original) + 1) % alphabet.length());
            String mistyped = serial.substring(0, position) + typo + serial.substring(position + 1);
            assertNotEquals(serial, mistyped);
            sales().queryParam("serial", mistyped).get("/api/v1/licenses")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("serial"));
        }
        String swapped = serial.charAt(1) + serial.substring(0, 1) + serial.substring(2);
        if (!swapped.equals(serial)) {
            sales().queryParam("serial", swapped).get("/api/v1/licenses").then().statusCode(400);
        }
        // a well-formed serial that was never issued is simply not found
        sales().queryParam("serial", Serial.generate()).get("/api/v1/licenses").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void pagingAndFilterParametersAreValidated() {
        Map<String, String> bad = Map.of("page", "-1", "size", "0");
        bad.forEach((name, value) -> sales().queryParam(name, value).get("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo(name)));
        for (Map.Entry<String, String> param : List.of(Map.entry("size", "501"), Map.entry("size", "ten"),
                Map.entry("page", "1e3"), Map.entry("page", "99999999999"), Map.entry("page", "2147483647"),
                Map.entry("status", "BOGUS"), Map.entry("accountId", "not-a-uuid"), Map.entry("serial", "x"))) {
            sales().queryParam(param.getKey(), param.getValue()).get("/api/v1/licenses")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo(param.getKey()));
        }
    }

    @Test
    void unknownLicensesAreNotFound() {
        sales().get("/api/v1/licenses/{id}", UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        sales().get("/api/v1/licenses/{id}/token", UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        sales().get("/api/v1/licenses/{id}/file", UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        sales().get("/api/v1/licenses/{id}", "12345").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void namesEveryBadField() {
        Map<String, Object> valid = Fixtures.issuance(Map.of());
        sales().body(Map.of("modules", Map.of("finance", 0), "maxActivations", -1))
                .post("/api/v1/licenses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("productCode", "accountId", "maxActivations"))
                .body("errors.field", hasItem("modules.finance"));
        sales().body(Fixtures.with(valid, Map.of("modules", Map.of("finance", -5))))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("modules.finance"));
        sales().body(Fixtures.with(valid, Map.of("modules", Map.of())))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("modules"));
        sales().body(Fixtures.with(valid, Map.of("modules", Map.of("finance", 1, "payroll", 2, "crm", 1))))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("modules.crm", "modules.payroll"));
        sales().body(Fixtures.with(valid, Map.of("startsAt", "2027-01-01T00:00:00Z", "expiresAt", "2026-12-31T00:00:00Z")))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        sales().body(Fixtures.with(valid, Map.of("productCode", "no-such-product")))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("productCode"));
        sales().body(Fixtures.with(valid, Map.of("accountId", UUID.randomUUID().toString())))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("accountId"));
        sales().body(Fixtures.with(valid, Map.of("accountId", "not-a-uuid")))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("accountId"));
        sales().body(Fixtures.with(valid, Map.of("maxActivations", "two")))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("maxActivations"));
        sales().body(Fixtures.with(valid, Map.of("modules", Map.of("finance", "ten"))))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("modules.finance"));
        sales().body(Fixtures.with(valid, Map.of("expiresAt", "2030-13-01")))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        String billingRef = "sub_" + UUID.randomUUID();
        sales().body(Fixtures.with(valid, Map.of("billingRef", billingRef))).post("/api/v1/licenses").then().statusCode(201);
        sales().body(Fixtures.with(valid, Map.of("billingRef", billingRef)))
                .post("/api/v1/licenses")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("field", equalTo("billingRef"));
        sales().body("{not json").post("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("body"));
    }

    @Test
    void hostileBodiesNeverCauseAServerError() {
        Map<String, Object> valid = Fixtures.issuance(Map.of());
        List<String> bodies = List.of(
                "", "null", "[]", "42", "\"license\"", "{}", "{\"modules\": null}",
                "{\"productCode\": {\"$gt\": \"\"}}",
                "{\"maxActivations\": 1e400}",
                "{\"maxActivations\": 99999999999999999999}",
                "{\"modules\": {\"finance\": 1.5}}",
                "{\"modules\": [\"finance\"]}",
                "{\"modules\": {\"\": 1}}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"expiresAt\": \"+999999999-01-01T00:00:00Z\"}",
                "{\"productCode\": \"a\\u0000b\"}");
        for (String body : bodies) {
            sales().body(body).post("/api/v1/licenses")
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        for (String date : List.of("+999999999-01-01T00:00:00Z", "-099999-01-01T00:00:00Z", "10000-01-01T00:00:00Z")) {
            sales().body(Fixtures.with(valid, Map.of("expiresAt", date)))
                    .post("/api/v1/licenses")
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("expiresAt"));
        }
        sales().body(Fixtures.with(valid, Map.of("edition", "pro\u0000fessional")))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("errors[0].field", equalTo("edition"));
        sales().body(Fixtures.with(valid, Map.of("modules", Map.of("finance\u0000", 1))))
                .post("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().body(Map.of("name", "Contoso\u0000 Holding")).post("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().header("Authorization", Fixtures.SALES).contentType(ContentType.XML).body("<license/>")
                .post("/api/v1/licenses").then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        sales().delete("/api/v1/licenses").then().statusCode(405).body("code", equalTo("METHOD_NOT_ALLOWED"));
    }
}
