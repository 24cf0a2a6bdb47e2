package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.licenseforge.issuer.Fixtures;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.sales;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A license's model is chosen at issuance; a floating one carries its lease terms in views, events and token. */
@QuarkusTest
class FloatingLicenseTest {

    @Test
    void aFloatingLicenseTakesItsProductsDefaultsUnlessItSetsItsOwn() throws Exception {
        String product = "cad-" + UUID.randomUUID().toString().substring(0, 8);
        sales().body(Map.of("code", product, "name", "Acme CAD", "modules", List.of("draw"),
                        "heartbeatInterval", "PT5M", "maxBorrow", "P3D"))
                .post("/api/v1/products").then().statusCode(201)
                .body("heartbeatInterval", equalTo("PT5M")).body("maxBorrow", equalTo("P3D"));
        String account = Fixtures.account();
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            var issued = sales().body(Map.of("productCode", product, "accountId", account,
                            "modules", Map.of("draw", 10), "maxActivations", 10, "model", "FLOATING"))
                    .post("/api/v1/licenses").then().statusCode(201)
                    .body("model", equalTo("FLOATING")).body("heartbeatInterval", equalTo("PT5M"))
                    .body("maxBorrow", equalTo("P3D")).extract();
            String id = issued.path("id");
            JsonNode payload = probe.await("license.issued", id).path("payload");
            assertEquals("FLOATING", payload.path("model").asText());
            assertEquals(300, payload.path("heartbeatInterval").asDouble(), 0.0, payload.toString());
            assertEquals(3 * 86_400, payload.path("maxBorrow").asDouble(), 0.0);

            JWTClaimsSet claims = TokenVerifier.fromJwks(jwks()).verify(issued.path("token"), TokenClaims.LICENSE_TYPE);
            assertEquals("FLOATING", claims.getClaim(TokenClaims.MODEL));
            assertEquals(300L, claims.getLongClaim(TokenClaims.HEARTBEAT_INTERVAL));

            sales().get("/api/v1/licenses/{id}", id).then().statusCode(200).body("model", equalTo("FLOATING"))
                    .body("heartbeatInterval", equalTo("PT5M"));
        }
        sales().body(Map.of("productCode", product, "accountId", account, "modules", Map.of("draw", 1),
                        "maxActivations", 1, "model", "FLOATING", "heartbeatInterval", "PT1M", "maxBorrow", "PT12H"))
                .post("/api/v1/licenses").then().statusCode(201)
                .body("heartbeatInterval", equalTo("PT1M")).body("maxBorrow", equalTo("PT12H"));
    }

    @Test
    void aLicenseIsNodeLockedByDefaultWithoutLeaseTerms() throws Exception {
        var issued = Fixtures.license(Map.of());
        String product = issued.path("productCode");
        sales().get("/api/v1/licenses/{id}", (String) issued.path("id")).then().statusCode(200)
                .body("model", equalTo("NODE_LOCKED")).body("$", not(hasKey("heartbeatInterval")))
                .body("$", not(hasKey("maxBorrow")));
        JWTClaimsSet claims = TokenVerifier.fromJwks(jwks()).verify(issued.path("token"), TokenClaims.LICENSE_TYPE);
        assertEquals("NODE_LOCKED", claims.getClaim(TokenClaims.MODEL));
        assertFalse(claims.getClaims().containsKey(TokenClaims.HEARTBEAT_INTERVAL));
        sales().get("/api/v1/products/{code}", product).then().statusCode(200)
                .body("heartbeatInterval", equalTo("PT10M")).body("maxBorrow", equalTo("P7D"));
    }

    @Test
    void leaseTermsOutOfRangeOrOnANodeLockedLicenseAreRefused() {
        Map<String, Object> floating = Map.of("model", "FLOATING");
        refused(Fixtures.issuance(Map.of("model", "FLOATING", "heartbeatInterval", "PT30S")), "heartbeatInterval");
        refused(Fixtures.issuance(Map.of("model", "FLOATING", "heartbeatInterval", "P2D")), "heartbeatInterval");
        refused(Fixtures.issuance(Map.of("model", "FLOATING", "maxBorrow", "P365D")), "maxBorrow");
        refused(Fixtures.issuance(Map.of("model", "FLOATING", "heartbeatInterval", "ten minutes")), "heartbeatInterval");
        refused(Fixtures.issuance(Map.of("model", "SOMETIMES")), "model");
        refused(Fixtures.issuance(Map.of("heartbeatInterval", "PT10M")), "heartbeatInterval");
        refused(Fixtures.issuance(Map.of("model", "NODE_LOCKED", "maxBorrow", "P1D")), "maxBorrow");
        sales().body(Map.of("code", "cad-" + UUID.randomUUID().toString().substring(0, 8), "name", "Acme CAD",
                        "modules", List.of("draw"), "heartbeatInterval", "PT59S"))
                .post("/api/v1/products").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("heartbeatInterval"));
        sales().body(Fixtures.issuance(floating)).post("/api/v1/licenses").then().statusCode(201)
                .body("heartbeatInterval", equalTo("PT10M")).body("maxBorrow", equalTo("P7D"));
    }

    private static void refused(Map<String, Object> body, String field) {
        sales().body(body).post("/api/v1/licenses").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo(field));
    }

    private static String jwks() {
        return given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
    }
}
