package com.licenseforge.issuer.audit;

import com.licenseforge.issuer.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class AuditTest {

    @Inject
    EntityManager em;

    @Test
    void everyChangeIsAuditedWithWhoRoleWhatBeforeAfterAndWhy() {
        var issued = Fixtures.license(Map.of());
        String id = issued.path("id");
        String serial = issued.path("serial");
        sales().header("X-Request-Id", "req-42").body(Map.of("reason", "customer asked for a pause"))
                .post("/api/v1/licenses/{id}/suspend", id).then().statusCode(200);
        sales().body(Map.of("reason", "paid")).post("/api/v1/licenses/{id}/reinstate", id).then().statusCode(200);
        sales().body(Map.of("extendBy", "P1Y", "reason", "annual renewal")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(200);
        sales().body(Map.of("modules", Map.of("finance", 4), "reason", "fewer users"))
                .put("/api/v1/licenses/{id}/modules", id).then().statusCode(200);
        sales().body(Map.of("reason", "contract ended")).post("/api/v1/licenses/{id}/revoke", id).then().statusCode(200);
        // refused changes leave no trace
        sales().body(Map.of("reason", "too late")).post("/api/v1/licenses/{id}/suspend", id).then().statusCode(409);

        as(Fixtures.SUPPORT).queryParam("serial", serial.toLowerCase()).get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", contains("issue", "suspend", "reinstate", "renew", "change modules", "revoke"))
                .body("actor", everyItem(equalTo("sam.sales")))
                .body("role", everyItem(equalTo("sales")))
                .body("targetType", everyItem(equalTo("license")))
                .body("targetId", everyItem(equalTo(id)))
                .body("serial", everyItem(equalTo(serial)))
                .body("[0].before", nullValue())
                .body("[0].after.status", equalTo("ACTIVE"))
                .body("[0].after.modules.finance", equalTo(10))
                .body("[1].reason", equalTo("customer asked for a pause"))
                .body("[1].requestId", equalTo("req-42"))
                .body("[1].before.status", equalTo("ACTIVE"))
                .body("[1].after.status", equalTo("SUSPENDED"))
                .body("[2].after.status", equalTo("ACTIVE"))
                .body("[3].before.expiresAt", equalTo("2030-01-01T00:00:00Z"))
                .body("[3].after.expiresAt", equalTo("2031-01-01T00:00:00Z"))
                .body("[3].reason", equalTo("annual renewal"))
                .body("[4].before.modules.finance", equalTo(10))
                .body("[4].after.modules.finance", equalTo(4))
                .body("[5].after.status", equalTo("REVOKED"))
                .body("[5].reason", equalTo("contract ended"))
                .body(not(containsString(issued.<String>path("cdKey").replace("-", ""))))
                .body(not(containsString(issued.<String>path("cdKey"))));
    }

    @Test
    void catalogueAndCustomerChangesAreAuditedToo() {
        String actor = "cat.sales." + UUID.randomUUID().toString().substring(0, 6);
        String bearer = com.licenseforge.common.testing.StaffTokens.bearer(actor, "sales");
        String code = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        as(bearer).body(Map.of("code", code, "name", "ERP", "modules", List.of("finance")))
                .post("/api/v1/products").then().statusCode(201);
        as(bearer).body(Map.of("version", "1.0.0", "releasedAt", "2026-01-01T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", code).then().statusCode(201);
        String account = as(bearer).body(Map.of("name", "Fabrikam")).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
        as(bearer).body(Map.of("name", "Fabrikam Ltd")).post("/api/v1/accounts/{id}/organizations", account)
                .then().statusCode(201);

        as(Fixtures.ADMIN).queryParam("actor", actor).get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", contains("register product", "release version", "register account", "add organization"))
                .body("targetId[0]", equalTo(code))
                .body("after[1].version", equalTo("1.0.0"))
                .body("targetId[2]", equalTo(account))
                .body("after[3].accountId", equalTo(account));
    }

    @Test
    void theTrailIsSearchedByActorAndTimeRangePageByPage() {
        String actor = "page.sales." + UUID.randomUUID().toString().substring(0, 6);
        String bearer = com.licenseforge.common.testing.StaffTokens.bearer(actor, "sales");
        Instant start = Instant.now();
        for (int i = 0; i < 5; i++) {
            as(bearer).body(Map.of("name", "Account " + i)).post("/api/v1/accounts").then().statusCode(201);
        }
        Instant end = Instant.now();
        as(bearer).body(Map.of("name", "Later")).post("/api/v1/accounts").then().statusCode(201);

        sales().queryParam("actor", actor).queryParam("from", start.toString()).queryParam("to", end.toString())
                .get("/api/v1/audit").then().statusCode(200).body("$", hasSize(5));
        sales().queryParam("actor", actor).queryParam("size", 2).queryParam("page", 0).get("/api/v1/audit")
                .then().statusCode(200).body("after.name", contains("Account 0", "Account 1"));
        sales().queryParam("actor", actor).queryParam("size", 2).queryParam("page", 2).get("/api/v1/audit")
                .then().statusCode(200).body("after.name", contains("Account 4", "Later"));
        sales().queryParam("actor", actor).queryParam("from", end.toString()).get("/api/v1/audit")
                .then().statusCode(200).body("after.name", contains("Later"));
        sales().queryParam("actor", actor).queryParam("to", start.toString()).get("/api/v1/audit")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void badAuditQueriesAreRefusedNamingTheParameter() {
        for (Map.Entry<String, String> param : List.of(Map.entry("serial", "AAAA-BBBB-CCCC-DDDE"),
                Map.entry("from", "yesterday"), Map.entry("to", "2026-13-01T00:00:00Z"), Map.entry("page", "-1"),
                Map.entry("size", "0"), Map.entry("size", "1001"), Map.entry("size", "many"),
                Map.entry("page", "2147483647"), Map.entry("actor", "a\u0000b"))) {
            sales().queryParam(param.getKey(), param.getValue()).get("/api/v1/audit")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo(param.getKey()));
        }
        sales().queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z").get("/api/v1/audit")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("to"));
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteAuditEntries() {
        Fixtures.license(Map.of());
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_entry SET reason = 'rewritten'").executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_entry").executeUpdate()));
    }
}
