package com.licenseforge.issuer;

import com.licenseforge.common.testing.StaffTokens;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class AuditAndKeysTest {

    @Inject
    EntityManager em;

    @Test
    void everyChangeIsAuditedWithWhoWhyBeforeAndAfter() {
        var issued = Fixtures.license(Map.of());
        String id = issued.path("id");
        String serial = issued.path("serial");
        given().header("Authorization", Fixtures.SALES).header("X-Request-Id", "req-42").contentType(ContentType.JSON)
                .body(Map.of("reason", "customer asked for a pause")).post("/api/v1/licenses/{id}/suspend", id)
                .then().statusCode(200);

        given().header("Authorization", StaffTokens.bearer("sue.support", "support")).queryParam("serial", serial)
                .get("/api/v1/audit")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].action", equalTo("issue"))
                .body("[1].action", equalTo("suspend"))
                .body("[1].actor", equalTo("sam.sales"))
                .body("[1].role", equalTo("sales"))
                .body("[1].reason", equalTo("customer asked for a pause"))
                .body("[1].requestId", equalTo("req-42"))
                .body("[1].before.status", equalTo("ACTIVE"))
                .body("[1].after.status", equalTo("SUSPENDED"));
        given().header("Authorization", StaffTokens.bearer("bob.billing", "billing")).get("/api/v1/audit")
                .then().statusCode(403);
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteAuditEntries() {
        Fixtures.license(Map.of());
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_entry SET reason = 'rewritten'").executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_entry").executeUpdate()));
    }

    @Test
    void tokensVerifyWithOnlyTheJwksBeforeAndAfterAKeyRotation() throws Exception {
        String id = Fixtures.license(Map.of()).path("id");
        String before = given().header("Authorization", Fixtures.SALES).get("/api/v1/licenses/{id}/token", id)
                .then().statusCode(200).extract().asString();

        given().header("Authorization", Fixtures.SALES).post("/api/v1/admin/signing-keys/rotations")
                .then().statusCode(403);
        String kid = given().header("Authorization", StaffTokens.bearer("ada.admin", "admin"))
                .post("/api/v1/admin/signing-keys/rotations").then().statusCode(200).extract().path("kid");
        String after = given().header("Authorization", Fixtures.SALES).get("/api/v1/licenses/{id}/token", id)
                .then().statusCode(200).extract().asString();

        TokenVerifier verifier = TokenVerifier.fromJwks(
                given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString());
        assertEquals(id, verifier.verify(before, TokenClaims.LICENSE_TYPE).getClaim(TokenClaims.LICENSE_ID));
        assertEquals(id, verifier.verify(after, TokenClaims.LICENSE_TYPE).getClaim(TokenClaims.LICENSE_ID));
        assertEquals(kid, SignedJWT.parse(after).getHeader().getKeyID());
        assertNotEquals(kid, SignedJWT.parse(before).getHeader().getKeyID());
    }
}
