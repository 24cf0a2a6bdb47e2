package com.licenseforge.issuer;

import com.licenseforge.common.testing.RoleMatrix;
import com.licenseforge.common.testing.RoleMatrix.Endpoint;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.licenseforge.issuer.Fixtures.sales;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every staff endpoint of the issuer: no token, an expired token and another issuer's token are 401; a role
 * that may not call it is 403; the roles that may read get 200. The auditor reads everything and changes
 * nothing. The JWKS needs no token at all.
 */
@QuarkusTest
class AccessControlTest {

    private String product;
    private String account;
    private String license;

    @BeforeEach
    void data() {
        var issued = Fixtures.license(Map.of());
        license = issued.path("id");
        product = issued.path("productCode");
        account = issued.path("accountId");
    }

    private List<Endpoint> endpoints() {
        Set<String> sales = Set.of("sales");
        Set<String> readers = Set.of("sales", "support", "billing", "admin", "auditor");
        return List.of(
                new Endpoint("POST", "/api/v1/products", Map.of("code", "x", "name", "x", "modules", List.of("a")), sales),
                new Endpoint("GET", "/api/v1/products/" + product, null, readers),
                new Endpoint("POST", "/api/v1/products/" + product + "/versions", Map.of("version", "1.0"), sales),
                new Endpoint("POST", "/api/v1/accounts", Map.of("name", "x"), sales),
                new Endpoint("GET", "/api/v1/accounts/" + account, null, readers),
                new Endpoint("POST", "/api/v1/accounts/" + account + "/organizations", Map.of("name", "x"), sales),
                new Endpoint("POST", "/api/v1/licenses", Map.of(), sales),
                new Endpoint("GET", "/api/v1/licenses/" + license, null, readers),
                new Endpoint("GET", "/api/v1/licenses?accountId=" + account, null, readers),
                new Endpoint("POST", "/api/v1/licenses/" + license + "/renewals", Map.of("extendBy", "P1Y"), sales),
                new Endpoint("PUT", "/api/v1/licenses/" + license + "/modules", Map.of("modules", Map.of("hr", 1)), sales),
                new Endpoint("POST", "/api/v1/licenses/" + license + "/suspend", Map.of("reason", "x"), sales),
                new Endpoint("POST", "/api/v1/licenses/" + license + "/reinstate", Map.of("reason", "x"), sales),
                new Endpoint("POST", "/api/v1/licenses/" + license + "/revoke", Map.of("reason", "x"), sales),
                new Endpoint("GET", "/api/v1/licenses/" + license + "/token", null, readers),
                new Endpoint("GET", "/api/v1/licenses/" + license + "/file", null, readers),
                new Endpoint("GET", "/api/v1/audit", null, Set.of("sales", "support", "admin", "auditor")),
                new Endpoint("POST", "/api/v1/admin/signing-keys/rotations", null, Set.of("admin")),
                new Endpoint("GET", "/api/v1/accounts?q=contoso", null, readers),
                new Endpoint("GET", "/api/v1/organizations?accountId=" + account, null, readers),
                new Endpoint("GET", "/api/v1/products", null, readers),
                new Endpoint("GET", "/api/v1/admin/signing-keys", null, Set.of("admin", "auditor")),
                new Endpoint("GET", "/api/v1/trials?productCode=" + product, null, Set.of("sales", "auditor")),
                new Endpoint("GET", "/api/v1/trials/conversion-rates?days=90", null, Set.of("sales", "auditor")),
                new Endpoint("GET", "/api/v1/trials/" + license, null, readers));
    }

    @Test
    void withoutAValidStaffTokenEveryEndpointAnswers401() {
        for (Endpoint endpoint : endpoints()) {
            endpoint.call(null).request(endpoint.method(), endpoint.path())
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void expiredForeignTamperedAndGarbageTokensAre401() {
        String[] roles = RoleMatrix.ROLES.toArray(String[]::new);
        List<String> invalid = List.of(
                StaffTokens.expired("sam.sales", roles),
                StaffTokens.foreignIssuer("sam.sales", roles),
                StaffTokens.token("sam.sales", roles) + "x",
                "not-a-jwt");
        List<Endpoint> endpoints = endpoints();
        for (Endpoint endpoint : List.of(endpoints.get(6), endpoints.get(7), endpoints.get(13))) {
            for (String token : invalid) {
                endpoint.call("Bearer " + token).request(endpoint.method(), endpoint.path())
                        .then().statusCode(401).contentType("application/problem+json")
                        .body("code", equalTo("UNAUTHENTICATED"));
            }
        }
        sales().get("/api/v1/licenses/{id}", license).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void eachRoleReachesExactlyTheEndpointsItMayUse() {
        RoleMatrix.eachRoleReachesExactlyWhatItMayUse(endpoints());
    }

    @Test
    void theAuditorMayCallEveryReadAndNoWrite() {
        RoleMatrix.theAuditorReadsAndChangesNothing(endpoints());
    }

    @Test
    void readersGetTheLicenseButNeverItsCdKey() {
        for (String reader : List.of(Fixtures.SUPPORT, Fixtures.BILLING, Fixtures.ADMIN, Fixtures.AUDITOR)) {
            Fixtures.as(reader).get("/api/v1/licenses/{id}", license)
                    .then().statusCode(200).body("id", equalTo(license)).body("cdKey", equalTo(null));
            Fixtures.as(reader).get("/api/v1/licenses/{id}/file", license)
                    .then().statusCode(200).contentType(ContentType.TEXT).body(not(equalTo("")));
        }
    }

    @Test
    void theJwksIsPublic() {
        given().get("/.well-known/jwks.json").then().statusCode(200).contentType("application/jwk-set+json");
        given().header("Authorization", "Bearer not-a-jwt").get("/.well-known/jwks.json").then().statusCode(200);
    }
}
