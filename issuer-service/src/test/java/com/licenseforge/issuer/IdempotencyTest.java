package com.licenseforge.issuer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IdempotencyTest {

    @Test
    void aRepeatedIssuanceWithTheSameKeyIssuesOneLicenseAndReplaysItWithoutTheCdKey() {
        String product = Fixtures.product("finance");
        String account = Fixtures.account();
        Map<String, Object> body = Map.of("productCode", product, "accountId", account,
                "modules", Map.of("finance", 3), "maxActivations", 1);
        String key = UUID.randomUUID().toString();

        String id = given().header("Authorization", Fixtures.SALES).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/licenses")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Fixtures.SALES).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/licenses")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id))
                .body("cdKey", nullValue());
        given().header("Authorization", Fixtures.SALES).queryParam("accountId", account).get("/api/v1/licenses")
                .then().body("$", hasSize(1));

        given().header("Authorization", Fixtures.SALES).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("productCode", product, "accountId", account,
                        "modules", Map.of("finance", 4), "maxActivations", 1))
                .post("/api/v1/licenses")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aFailedFirstAttemptCanBeRetriedWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        String code = "crm-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", Fixtures.SALES).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "CRM", "modules", java.util.List.of("Bad Module")))
                .post("/api/v1/products").then().statusCode(400);
        given().header("Authorization", Fixtures.SALES).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "CRM", "modules", java.util.List.of("sales")))
                .post("/api/v1/products").then().statusCode(201);
    }
}
