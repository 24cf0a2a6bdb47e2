package com.licenseforge.issuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.StaffTokens;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LicenseResourceTest {

    @Test
    void salesIssuesALicenseWhoseTokenVerifiesWithTheJwksAndWhoseEventReachesTheBroker() {
        String product = Fixtures.product("finance", "hr");
        String account = Fixtures.account();
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            ExtractableResponse<Response> issued = given().header("Authorization", Fixtures.SALES)
                    .contentType(ContentType.JSON)
                    .body(Map.of("productCode", product, "accountId", account,
                            "modules", Map.of("finance", 10, "hr", 3), "maxActivations", 2,
                            "expiresAt", "2030-01-01T00:00:00Z", "maintenanceUntil", "2029-06-30T00:00:00Z"))
                    .post("/api/v1/licenses")
                    .then().statusCode(201)
                    .body("status", equalTo("ACTIVE"))
                    .body("cdKey", notNullValue())
                    .body("modules.finance", equalTo(10))
                    .extract();
            String id = issued.path("id");
            String serial = issued.path("serial");
            assertTrue(Serial.parse(serial).isPresent(), "serial carries a valid check character");

            JsonNode event = probe.await("license.issued", id);
            assertEquals(serial, event.path("payload").path("serial").asText());
            assertTrue(event.path("payload").path("cdKeyHash").asText().length() == 64, "hash, not key");
            assertTrue(!event.toString().contains(issued.<String>path("cdKey")), "the CD key never leaves in clear");

            String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
            JWTClaimsSet claims = TokenVerifier.fromJwks(jwks).verify(issued.path("token"), TokenClaims.LICENSE_TYPE);
            assertEquals(serial, claims.getSubject());
            assertEquals(id, claims.getClaim(TokenClaims.LICENSE_ID));
            assertEquals(product, claims.getClaim(TokenClaims.PRODUCT));

            given().header("Authorization", StaffTokens.bearer("sue.support", "support"))
                    .get("/api/v1/licenses/{id}", id)
                    .then().statusCode(200).body("serial", equalTo(serial)).body("$", not(hasKey("cdKey")));

            String file = given().header("Authorization", Fixtures.SALES).get("/api/v1/licenses/{id}/file", id)
                    .then().statusCode(200).extract().asString();
            assertEquals(serial, TokenVerifier.fromJwks(jwks).verifyLicenseFile(file).getSubject());

            given().header("Authorization", Fixtures.SALES).queryParam("serial", serial.toLowerCase())
                    .get("/api/v1/licenses").then().statusCode(200).body("id", hasItem(id));
        }
    }

    @Test
    void refusesAnonymousCallersAndOtherRoles() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/licenses")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", StaffTokens.bearer("sue.support", "support"))
                .contentType(ContentType.JSON).body(Map.of()).post("/api/v1/licenses")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", "Bearer " + StaffTokens.expired("sam.sales", "sales"))
                .get("/api/v1/licenses").then().statusCode(401);
        given().header("Authorization", "Bearer " + StaffTokens.foreignIssuer("sam.sales", "sales"))
                .get("/api/v1/licenses").then().statusCode(401);
    }

    @Test
    void namesEveryBadField() {
        given().header("Authorization", Fixtures.SALES).contentType(ContentType.JSON)
                .body(Map.of("modules", Map.of("finance", 0), "maxActivations", -1))
                .post("/api/v1/licenses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("productCode"))
                .body("errors.field", hasItem("accountId"))
                .body("errors.field", hasItem("maxActivations"));
        given().header("Authorization", Fixtures.SALES).contentType(ContentType.JSON)
                .body("{\"productCode\": \"erp\", \"accountId\": \"not-a-uuid\"}")
                .post("/api/v1/licenses")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("accountId"));
        given().header("Authorization", Fixtures.SALES).contentType(ContentType.JSON).body("{not json")
                .post("/api/v1/licenses").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().header("Authorization", Fixtures.SALES).queryParam("serial", "AAAA-BBBB-CCCC-DDDE")
                .get("/api/v1/licenses").then().statusCode(400).body("errors[0].field", equalTo("serial"));
    }
}
