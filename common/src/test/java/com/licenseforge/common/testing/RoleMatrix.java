package com.licenseforge.common.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's staff endpoints against every staff role: a role that may call one gets past the role check, any
 * other gets 403 {@code FORBIDDEN} as problem+json. The auditor is allowed exactly the reads.
 */
public final class RoleMatrix {

    public static final List<String> ROLES = List.of("sales", "support", "billing", "admin", "auditor");

    /** {@code read}: the call changes nothing (every GET, and a POST that only previews). */
    public record Endpoint(String method, String path, Object body, boolean read, Set<String> allowed) {

        public Endpoint(String method, String path, Object body, Set<String> allowed) {
            this(method, path, body, "GET".equals(method), allowed);
        }

        public RequestSpecification call(String authorization) {
            RequestSpecification request = given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (body != null) {
                request.contentType(ContentType.JSON).body(body);
            }
            return request;
        }
    }

    private RoleMatrix() {
    }

    public static void eachRoleReachesExactlyWhatItMayUse(List<Endpoint> endpoints) {
        for (Endpoint endpoint : endpoints) {
            for (String role : ROLES) {
                var response = endpoint.call(StaffTokens.bearer("pat." + role, role))
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

    public static void theAuditorReadsAndChangesNothing(List<Endpoint> endpoints) {
        for (Endpoint endpoint : endpoints) {
            assertEquals(endpoint.read(), endpoint.allowed().contains("auditor"), endpoint.method() + " " + endpoint.path());
        }
    }
}
