package com.licenseforge.system;

import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What sales ops do in the issuer: catalogue, customer, license. */
final class Sales {

    private final RequestSpecification issuer;

    Sales(RequestSpecification issuer) {
        this.issuer = issuer;
    }

    /** A product with modules finance and hr, and version 1.0.0. */
    String product() {
        String code = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        given(issuer).body(Map.of("code", code, "name", "Acme ERP", "modules", List.of("finance", "hr")))
                .post("/api/v1/products").then().statusCode(201);
        given(issuer).body(Map.of("version", "1.0.0", "releasedAt", "2026-01-15T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", code).then().statusCode(201);
        return code;
    }

    String account(String name) {
        return given(issuer).body(Map.of("name", name)).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
    }

    String organization(String accountId, String name) {
        return given(issuer).body(Map.of("name", name)).post("/api/v1/accounts/{id}/organizations", accountId)
                .then().statusCode(201).extract().path("id");
    }

    Issued license(String product, String accountId, Map<String, Integer> modules, int maxActivations,
                   String billingRef) {
        var issued = given(issuer).body(Map.of("productCode", product, "accountId", accountId,
                        "modules", modules, "maxActivations", maxActivations,
                        "expiresAt", "2031-01-01T00:00:00Z", "maintenanceUntil", "2030-01-01T00:00:00Z",
                        "billingRef", billingRef))
                .post("/api/v1/licenses").then().statusCode(201).extract();
        return new Issued(issued.path("id"), issued.path("serial"), issued.path("cdKey"));
    }

    void changeSeats(String licenseId, Map<String, Integer> modules) {
        given(issuer).body(Map.of("modules", modules)).put("/api/v1/licenses/{id}/modules", licenseId)
                .then().statusCode(200);
    }

    RequestSpecification issuer() {
        return issuer;
    }

    record Issued(String id, String serial, String cdKey) {
    }
}
