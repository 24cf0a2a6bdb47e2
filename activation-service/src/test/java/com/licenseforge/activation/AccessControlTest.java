package com.licenseforge.activation;

import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every staff endpoint of activation-service by role: a role that may not call it is 403 problem+json, the roles
 * that may are let through. The auditor reads everything (the seat-change preview changes nothing) and changes
 * nothing.
 */
@QuarkusTest
class AccessControlTest {

    private static final List<String> ROLES = List.of("sales", "support", "billing", "admin", "auditor");

    private record Endpoint(String method, String path, Object body, boolean read, Set<String> allowed) {
    }

    private TestLicense license;

    @BeforeEach
    void data() {
        license = TestLicense.issue(Customer.catalogue());
    }

    private List<Endpoint> endpoints() {
        String serial = "/api/v1/support/serials/" + license.serial;
        Set<String> support = Set.of("support");
        return List.of(
                new Endpoint("GET", serial, null, true, Set.of("support", "auditor")),
                new Endpoint("POST", serial + "/seat-change-previews", Map.of("modules", Map.of("hr", 1)), true,
                        Set.of("support", "sales", "auditor")),
                new Endpoint("GET", "/api/v1/support/accounts/" + license.catalogue.accountId() + "/activation-usage",
                        null, true, Set.of("support", "sales", "admin", "auditor")),
                new Endpoint("GET", "/api/v1/audit?serial=" + license.serial, null, true,
                        Set.of("support", "admin", "auditor")),
                new Endpoint("POST", serial + "/reassignments", Map.of("toOrganizationId",
                        license.catalogue.sisterOrganizationId().toString(), "reason", "ticket 1"), false, support),
                new Endpoint("POST", serial + "/activation-resets", Map.of("reason", "ticket 1"), false, support),
                new Endpoint("POST", serial + "/reregistration-allowances", Map.of("extra", 1, "reason", "ticket 1"),
                        false, support));
    }

    private static RequestSpecification call(Endpoint endpoint, String authorization) {
        RequestSpecification request = given().header("Authorization", authorization);
        if (endpoint.body() != null) {
            request.contentType(ContentType.JSON).body(endpoint.body());
        }
        return request;
    }

    @Test
    void eachRoleReachesExactlyTheEndpointsItMayUse() {
        for (Endpoint endpoint : endpoints()) {
            for (String role : ROLES) {
                var response = call(endpoint, StaffTokens.bearer("pat." + role, role))
                        .request(endpoint.method(), endpoint.path()).then().extract();
                String what = role + " on " + endpoint.method() + " " + endpoint.path() + ": " + response.asString();
                if (endpoint.allowed().contains(role)) {
                    assertTrue(response.statusCode() != 401 && response.statusCode() != 403, what);
                } else {
                    assertEquals(403, response.statusCode(), what);
                    assertEquals("FORBIDDEN", response.path("code"), what);
                    assertEquals("application/problem+json", response.contentType(), what);
                }
            }
        }
    }

    @Test
    void theAuditorMayCallEveryReadAndNoWrite() {
        for (Endpoint endpoint : endpoints()) {
            assertEquals(endpoint.read(), endpoint.allowed().contains("auditor"), endpoint.method() + " " + endpoint.path());
        }
    }
}
