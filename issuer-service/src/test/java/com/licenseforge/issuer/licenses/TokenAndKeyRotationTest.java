package com.licenseforge.issuer.licenses;

import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.token.LicenseFile;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.licenseforge.issuer.Fixtures;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.text.ParseException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers verify license tokens and files offline with nothing but the JWKS, across key rotations. */
@QuarkusTest
class TokenAndKeyRotationTest {

    private static String jwks() {
        return given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
    }

    private static String token(String id) {
        return sales().get("/api/v1/licenses/{id}/token", id).then().statusCode(200).extract().asString();
    }

    private static String file(String id) {
        return sales().get("/api/v1/licenses/{id}/file", id).then().statusCode(200)
                .contentType("text/plain").header("Content-Disposition", containsString(".lic"))
                .extract().asString();
    }

    @Test
    void theLicenseTokenCarriesTheEntitlementAndVerifiesWithTheJwks() throws ParseException {
        var issued = Fixtures.license(Map.of("edition", "enterprise", "startsAt", "2026-01-01T00:00:00Z"));
        String id = issued.path("id");
        TokenVerifier verifier = TokenVerifier.fromJwks(jwks());

        JWTClaimsSet claims = verifier.verify(issued.path("token"), TokenClaims.LICENSE_TYPE);
        assertEquals(issued.path("serial"), claims.getSubject());
        assertEquals("https://issuer.licenseforge.local", claims.getIssuer());
        assertNotNull(claims.getJWTID());
        assertNotNull(claims.getIssueTime());
        assertEquals(id, claims.getClaim(TokenClaims.LICENSE_ID));
        assertEquals(issued.path("accountId"), claims.getClaim(TokenClaims.ACCOUNT));
        assertEquals(issued.path("productCode"), claims.getClaim(TokenClaims.PRODUCT));
        assertEquals("enterprise", claims.getClaim(TokenClaims.EDITION));
        assertEquals(10L, ((Map<?, ?>) claims.getClaim(TokenClaims.MODULES)).get("finance"));
        assertEquals(2L, claims.getClaim(TokenClaims.MAX_ACTIVATIONS));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), claims.getNotBeforeTime().toInstant());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), claims.getExpirationTime().toInstant());
        assertEquals(Instant.parse("2029-06-30T00:00:00Z").getEpochSecond(), claims.getLongClaim(TokenClaims.MAINTENANCE_UNTIL));
        assertFalse(claims.toString().contains(CdKey.canonical(issued.path("cdKey")).orElseThrow()), "no CD key in the token");

        String token = token(id);
        assertEquals(id, verifier.verify(token, TokenClaims.LICENSE_TYPE).getClaim(TokenClaims.LICENSE_ID));
        assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify(token, TokenClaims.ACTIVATION_TYPE));
        String tampered = token.substring(0, token.lastIndexOf('.') - 4) + "AAAA" + token.substring(token.lastIndexOf('.'));
        assertThrows(TokenVerifier.InvalidTokenException.class, () -> verifier.verify(tampered, TokenClaims.LICENSE_TYPE));

        Map<String, Object> perpetual = new HashMap<>();
        perpetual.put("expiresAt", null);
        String forever = Fixtures.license(perpetual).path("token");
        assertNull(verifier.verify(forever, TokenClaims.LICENSE_TYPE).getExpirationTime(), "a perpetual token has no exp");
    }

    @Test
    void theLicenseFileIsArmoredReadableAndVerifiesWithTheJwks() {
        var issued = Fixtures.license(Map.of());
        String id = issued.path("id");
        String file = file(id);
        assertTrue(file.startsWith("-----BEGIN LICENSEFORGE LICENSE-----\n"), file);
        assertTrue(file.endsWith("-----END LICENSEFORGE LICENSE-----\n"), file);
        Map<String, String> headers = LicenseFile.headersOf(file);
        assertEquals(issued.path("serial"), headers.get("Serial"));
        assertEquals("2030-01-01T00:00:00Z", headers.get("Expires"));
        assertTrue(file.lines().allMatch(line -> line.length() <= 64 || line.startsWith("-----")), "wrapped for mail");

        JWTClaimsSet claims = TokenVerifier.fromJwks(jwks()).verifyLicenseFile(file);
        assertEquals(issued.path("serial"), claims.getSubject());
        assertEquals(id, claims.getClaim(TokenClaims.LICENSE_ID));
        String token = LicenseFile.tokenOf(file);
        String otherPayload = token.replace(token.split("\\.")[1], token(Fixtures.licenseId()).split("\\.")[1]);
        assertThrows(TokenVerifier.InvalidTokenException.class,
                () -> TokenVerifier.fromJwks(jwks()).verifyLicenseFile(LicenseFile.armor(otherPayload, headers)));
    }

    @Test
    void tokensVerifyWithOnlyTheJwksBeforeAndAfterAKeyRotation() throws Exception {
        String id = Fixtures.licenseId();
        String before = token(id);
        String fileBefore = file(id);
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();
        assertTrue(JWKSet.parse(jwks()).getKeys().stream().anyMatch(k -> k.getKeyID().equals(oldKid)));

        sales().post("/api/v1/admin/signing-keys/rotations").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        String kid = as(Fixtures.ADMIN).post("/api/v1/admin/signing-keys/rotations")
                .then().statusCode(200).extract().path("kid");
        assertNotEquals(oldKid, kid);

        String after = token(id);
        String fileAfter = file(id);
        String renewed = sales().body(Map.of("extendBy", "P1Y")).post("/api/v1/licenses/{id}/renewals", id)
                .then().statusCode(200).extract().path("token");

        String jwks = jwks();
        JWKSet published = JWKSet.parse(jwks);
        assertTrue(published.getKeys().stream().anyMatch(k -> k.getKeyID().equals(oldKid)), "old key stays published");
        assertTrue(published.getKeys().stream().anyMatch(k -> k.getKeyID().equals(kid)), "new key is published");
        assertTrue(published.getKeys().stream().noneMatch(k -> k.isPrivate()), "no private key material: " + jwks);

        TokenVerifier verifier = TokenVerifier.fromJwks(jwks);
        assertEquals(id, verifier.verify(before, TokenClaims.LICENSE_TYPE).getClaim(TokenClaims.LICENSE_ID));
        assertEquals(id, verifier.verifyLicenseFile(fileBefore).getClaim(TokenClaims.LICENSE_ID));
        assertEquals(id, verifier.verify(after, TokenClaims.LICENSE_TYPE).getClaim(TokenClaims.LICENSE_ID));
        assertEquals(id, verifier.verifyLicenseFile(fileAfter).getClaim(TokenClaims.LICENSE_ID));
        assertEquals(kid, SignedJWT.parse(after).getHeader().getKeyID());
        assertEquals(kid, SignedJWT.parse(LicenseFile.tokenOf(fileAfter)).getHeader().getKeyID());
        assertEquals(kid, SignedJWT.parse(renewed).getHeader().getKeyID());
        assertEquals(oldKid, SignedJWT.parse(before).getHeader().getKeyID());

        // a verifier holding only the JWKS from before the rotation cannot know the new key
        String oldJwks = new JWKSet(published.getKeys().stream().filter(k -> !k.getKeyID().equals(kid)).toList()).toString();
        assertThrows(TokenVerifier.InvalidTokenException.class,
                () -> TokenVerifier.fromJwks(oldJwks).verify(after, TokenClaims.LICENSE_TYPE));

        as(Fixtures.SALES).get("/api/v1/audit?actor=ada.admin").then().statusCode(200)
                .body("targetId", org.hamcrest.Matchers.hasItem(kid));
    }

    @Test
    void aRevokedLicenseGetsNoNewToken() {
        String id = Fixtures.licenseId();
        sales().body(Map.of("reason", "contract terminated")).post("/api/v1/licenses/{id}/revoke", id)
                .then().statusCode(200).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("token")));
        sales().get("/api/v1/licenses/{id}/token", id)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("REVOKED"));
        sales().get("/api/v1/licenses/{id}/file", id)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("REVOKED"));
    }

}
