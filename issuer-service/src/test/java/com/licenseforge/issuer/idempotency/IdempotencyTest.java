package com.licenseforge.issuer.idempotency;

import com.licenseforge.common.events.Topics;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyKeys keys;

    @Inject
    EntityManager em;

    @Test
    void aRepeatedIssuanceWithTheSameKeyIssuesOneLicenseAndReplaysItWithoutTheCdKey() {
        String product = Fixtures.product("finance");
        String account = Fixtures.account();
        Map<String, Object> body = Map.of("productCode", product, "accountId", account,
                "modules", Map.of("finance", 3), "maxActivations", 1);
        String key = UUID.randomUUID().toString();

        var first = sales().header("Idempotency-Key", key).body(body).post("/api/v1/licenses")
                .then().statusCode(201).body("cdKey", notNullValue()).extract();
        String id = first.path("id");
        sales().header("Idempotency-Key", key).body(body).post("/api/v1/licenses")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(id))
                .body("serial", equalTo(first.path("serial")))
                .body("cdKey", nullValue());
        sales().queryParam("accountId", account).get("/api/v1/licenses").then().body("$", hasSize(1));

        sales().header("Idempotency-Key", key)
                .body(Map.of("productCode", product, "accountId", account, "modules", Map.of("finance", 4), "maxActivations", 1))
                .post("/api/v1/licenses")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        sales().header("Idempotency-Key", key).body(Map.of("name", "Contoso")).post("/api/v1/accounts")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aRepeatedRenewalExtendsOnceAndPublishesOneEvent() {
        String id = Fixtures.licenseId();
        String key = UUID.randomUUID().toString();
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            for (int i = 0; i < 3; i++) {
                sales().header("Idempotency-Key", key).body(Map.of("extendBy", "P1Y"))
                        .post("/api/v1/licenses/{id}/renewals", id)
                        .then().statusCode(200).body("expiresAt", equalTo("2031-01-01T00:00:00Z"));
            }
            probe.await("license.renewed", id);
            sales().body(Map.of("reason", "marker")).post("/api/v1/licenses/{id}/suspend", id).then().statusCode(200);
            probe.await("license.suspended", id);
            assertThrows(AssertionError.class, () -> probe.await(e -> "license.renewed".equals(e.path("type").asText())
                    && id.equals(e.path("licenseId").asText()) && e.path("payload").path("version").asInt() > 2,
                    Duration.ofMillis(300)), "the repeats published no second renewal");
        }
        sales().get("/api/v1/licenses/{id}", id).then().body("expiresAt", equalTo("2031-01-01T00:00:00Z"));
        sales().queryParam("serial", (String) sales().get("/api/v1/licenses/{id}", id).then().extract().path("serial"))
                .get("/api/v1/audit").then().body("findAll { it.action == 'renew' }", hasSize(1));
    }

    @Test
    void keysArePerStaffMemberAndRepeatsReplayCreatedResources() {
        String key = UUID.randomUUID().toString();
        String code = "crm-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> product = Map.of("code", code, "name", "CRM", "modules", List.of("leads"));
        String location = sales().header("Idempotency-Key", key).body(product).post("/api/v1/products")
                .then().statusCode(201).extract().header("Location");
        sales().header("Idempotency-Key", key).body(product).post("/api/v1/products")
                .then().statusCode(201).header("Location", equalTo(location)).header("Idempotent-Replayed", "true")
                .body("code", equalTo(code));
        // without a key a repeat is a new request and meets the duplicate
        sales().body(product).post("/api/v1/products").then().statusCode(409).body("code", equalTo("PRODUCT_EXISTS"));
        // the same key from another staff member is another request
        Fixtures.as(com.licenseforge.common.testing.StaffTokens.bearer("sally.sales", "sales"))
                .header("Idempotency-Key", key).body(product).post("/api/v1/products")
                .then().statusCode(409).body("code", equalTo("PRODUCT_EXISTS"));

        String account = Fixtures.account();
        String orgKey = UUID.randomUUID().toString();
        String org = sales().header("Idempotency-Key", orgKey).body(Map.of("name", "Contoso AG"))
                .post("/api/v1/accounts/{id}/organizations", account).then().statusCode(201).extract().path("id");
        sales().header("Idempotency-Key", orgKey).body(Map.of("name", "Contoso AG"))
                .post("/api/v1/accounts/{id}/organizations", account).then().statusCode(201).body("id", equalTo(org));
        sales().get("/api/v1/accounts/{id}", account).then().body("organizations", hasSize(1));
        assertEquals(org, sales().get("/api/v1/accounts/{id}", account).then().extract().path("organizations[0].id"));
    }

    @Test
    void aFailedFirstAttemptCanBeRetriedWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        String code = "crm-" + UUID.randomUUID().toString().substring(0, 8);
        sales().header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", "CRM", "modules", List.of("Bad Module")))
                .post("/api/v1/products").then().statusCode(400);
        sales().header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", "CRM", "modules", List.of("sales")))
                .post("/api/v1/products").then().statusCode(201);
    }

    @Test
    void aRefusalKeepsItsCodeAndLeavesTheKeyFree() {
        String code = Fixtures.product("sales");
        String key = UUID.randomUUID().toString();
        sales().header("Idempotency-Key", key).body(Map.of("code", code, "name", "CRM", "modules", List.of("sales")))
                .post("/api/v1/products").then().statusCode(409).body("code", equalTo("PRODUCT_EXISTS"));
        String other = "crm-" + UUID.randomUUID().toString().substring(0, 8);
        sales().header("Idempotency-Key", key).body(Map.of("code", other, "name", "CRM", "modules", List.of("sales")))
                .post("/api/v1/products").then().statusCode(201);
    }

    @Test
    void aClaimWhoseRequestNeverCommittedIsTakenOverOnceItIsOld() {
        String key = UUID.randomUUID().toString();
        assertTrue(keys.claim("sam.sales", key, "op", "hash").isEmpty());
        ProblemException running = assertThrows(ProblemException.class, () -> keys.claim("sam.sales", key, "op", "hash"));
        assertEquals(IdempotencyKeys.IN_PROGRESS, running.code());

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE idempotency_key SET created_at = now() - interval '3 minutes' WHERE key = :key")
                .setParameter("key", key).executeUpdate());
        assertTrue(keys.claim("sam.sales", key, "op", "hash").isEmpty(), "an abandoned claim is taken over");
        assertThrows(ProblemException.class, () -> keys.claim("sam.sales", key, "op", "hash"));
    }

    @Test
    void aMalformedKeyIsRefused() {
        sales().header("Idempotency-Key", "x".repeat(201)).body(Map.of("name", "Contoso")).post("/api/v1/accounts")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        sales().header("Idempotency-Key", " ").body(Map.of("name", "Contoso")).post("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
