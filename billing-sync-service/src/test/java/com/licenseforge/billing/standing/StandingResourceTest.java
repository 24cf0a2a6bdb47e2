package com.licenseforge.billing.standing;

import com.licenseforge.billing.Licenses;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class StandingResourceTest {

    @Test
    void billingSupportAdminAndAuditorReadTheStanding() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        for (String role : new String[] {"billing", "support", "admin", "auditor"}) {
            given().header("Authorization", StaffTokens.bearer("staff-" + role, role))
                    .get("/api/v1/billing/licenses/{id}", license)
                    .then().statusCode(200)
                    .body("licenseId", equalTo(license.toString()))
                    .body("billingRef", equalTo(ref))
                    .body("standing", equalTo("CURRENT"))
                    .body("openInvoices.size()", equalTo(0));
        }
    }

    @Test
    void otherRolesAndMissingOrForeignTokensAreRefused() {
        UUID license = Licenses.issued("sub_" + UUID.randomUUID());
        given().get("/api/v1/billing/licenses/{id}", license)
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", "Bearer " + StaffTokens.expired("bea.billing", "billing"))
                .get("/api/v1/billing/licenses/{id}", license).then().statusCode(401);
        given().header("Authorization", "Bearer " + StaffTokens.foreignIssuer("bea.billing", "billing"))
                .get("/api/v1/billing/licenses/{id}", license).then().statusCode(401);
        given().header("Authorization", StaffTokens.bearer("sam.sales", "sales"))
                .get("/api/v1/billing/licenses/{id}", license)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void anUnknownLicenseIsNotFound() {
        Licenses.standing(UUID.randomUUID()).statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void openApiAndReadinessAreServed() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
