package com.licenseforge.issuer.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CatalogueResourceTest {

    private static String newCode() {
        return "crm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void salesRegistersAProductAndTheFactReachesTheBroker() {
        String code = newCode();
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("code", code, "name", "Acme CRM", "modules", List.of("leads", "campaigns"),
                            "selfServiceDeactivations", 2))
                    .post("/api/v1/products")
                    .then().statusCode(201)
                    .header("Location", endsWith("/api/v1/products/" + code))
                    .body("code", equalTo(code))
                    .body("modules", contains("leads", "campaigns"))
                    .body("selfServiceDeactivations", equalTo(2))
                    .body("versions", equalTo(List.of()));
            JsonNode event = probe.await(e -> "product.registered".equals(e.path("type").asText())
                    && code.equals(e.path("payload").path("code").asText()), Duration.ofSeconds(20));
            Fixtures.assertEnvelope(event, "product.registered", "sam.sales", null);
            assertTrue(event.path("licenseId").isNull(), "a catalogue fact concerns no license");
            assertEquals("Acme CRM", event.path("payload").path("name").asText());
            assertEquals("campaigns", event.path("payload").path("modules").path(1).asText());
            assertEquals(2, event.path("payload").path("selfServiceDeactivations").asInt());
        }
        for (String reader : List.of(Fixtures.SUPPORT, Fixtures.BILLING, Fixtures.ADMIN)) {
            as(reader).get("/api/v1/products/{code}", code).then().statusCode(200).body("name", equalTo("Acme CRM"));
        }
        sales().body(Map.of("code", code, "name", "Again", "modules", List.of("leads")))
                .post("/api/v1/products").then().statusCode(409).body("code", equalTo("PRODUCT_EXISTS"));
        sales().get("/api/v1/products/{code}", "no-such-product")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void ofConcurrentRegistrationsOfOneCodeExactlyOneWinsAndTheOthersAreTold() throws Exception {
        String code = newCode();
        Map<String, Object> product = Map.of("code", code, "name", "Raced CRM", "modules", List.of("leads"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> sales().body(product).post("/api/v1/products")));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> attempt : attempts) {
                Response response = attempt.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertTrue(Set.of("PRODUCT_EXISTS", "CONFLICT").contains(response.path("code")), response.asString());
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReleasedVersionIsListedWithTheProductAndPublished() {
        String code = Fixtures.product("finance");
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("version", "2.1.0", "releasedAt", "2026-03-01T00:00:00Z"))
                    .post("/api/v1/products/{code}/versions", code)
                    .then().statusCode(201)
                    .body("version", equalTo("2.1.0"))
                    .body("releasedAt", equalTo("2026-03-01T00:00:00Z"));
            JsonNode event = probe.await(e -> "product.version-released".equals(e.path("type").asText())
                    && code.equals(e.path("payload").path("productCode").asText()), Duration.ofSeconds(20));
            Fixtures.assertEnvelope(event, "product.version-released", "sam.sales", null);
            assertEquals("2.1.0", event.path("payload").path("version").asText());
            assertEquals("2026-03-01T00:00:00Z", event.path("payload").path("releasedAt").asText());
        }
        as(Fixtures.SUPPORT).get("/api/v1/products/{code}", code)
                .then().statusCode(200).body("versions.version", hasItem("2.1.0"));
        sales().body(Map.of("version", "2.1.0", "releasedAt", "2026-04-01T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", code)
                .then().statusCode(409).body("code", equalTo("VERSION_EXISTS"));
        sales().body(Map.of("version", "1.0.0", "releasedAt", "2026-04-01T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", "no-such-product")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void badProductsAndVersionsAreRefusedNamingTheFields() {
        sales().body(Map.of("code", "Bad Code", "name", " ", "modules", List.of()))
                .post("/api/v1/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("code", "name", "modules"));
        sales().body(Map.of("code", newCode(), "name", "CRM", "modules", List.of("ok", "Not OK")))
                .post("/api/v1/products")
                .then().statusCode(400).body("errors[0].field", equalTo("modules[1]"));
        sales().body("{\"code\": \"" + newCode() + "\", \"name\": \"CRM\", \"modules\": \"leads\"}")
                .post("/api/v1/products")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("modules"));
        sales().body("{\"code\": ").post("/api/v1/products")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("body"));

        String code = Fixtures.product("finance");
        sales().body(Map.of("version", "not a version!"))
                .post("/api/v1/products/{code}/versions", code)
                .then().statusCode(400).body("errors.field", hasItems("version", "releasedAt"));
        sales().body(Map.of("version", "3.0.0", "releasedAt", "next tuesday"))
                .post("/api/v1/products/{code}/versions", code)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("releasedAt"));
    }

    @Test
    void onlySalesChangesTheCatalogue() {
        String code = Fixtures.product("finance");
        for (String other : List.of(Fixtures.SUPPORT, Fixtures.BILLING, Fixtures.ADMIN)) {
            as(other).body(Map.of("code", newCode(), "name", "CRM", "modules", List.of("leads")))
                    .post("/api/v1/products").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            as(other).body(Map.of("version", "9.0.0", "releasedAt", "2026-03-01T00:00:00Z"))
                    .post("/api/v1/products/{code}/versions", code).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
    }
}
