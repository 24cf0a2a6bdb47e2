package com.licenseforge.issuer;

import com.licenseforge.common.testing.StaffTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Creates catalogue and customer data through the API, as sales would. */
final class Fixtures {

    static final String SALES = StaffTokens.bearer("sam.sales", "sales");

    private Fixtures() {
    }

    static String product(String... modules) {
        String code = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", SALES).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Acme ERP", "modules", List.of(modules)))
                .post("/api/v1/products").then().statusCode(201);
        return code;
    }

    static String account() {
        return given().header("Authorization", SALES).contentType(ContentType.JSON)
                .body(Map.of("name", "Contoso Holding"))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    /** Issues a license for a new product and account; returns the issuance response. */
    static ExtractableResponse<Response> license(Map<String, Object> overrides) {
        String product = product("finance", "hr");
        Map<String, Object> body = new HashMap<>(Map.of("productCode", product, "accountId", account(),
                "modules", Map.of("finance", 10, "hr", 3), "maxActivations", 2,
                "expiresAt", "2030-01-01T00:00:00Z", "maintenanceUntil", "2029-06-30T00:00:00Z"));
        body.putAll(overrides);
        body.values().removeIf(Objects::isNull);
        return given().header("Authorization", SALES).contentType(ContentType.JSON).body(body)
                .post("/api/v1/licenses").then().statusCode(201).extract();
    }

    static String organization(String accountId) {
        return given().header("Authorization", SALES).contentType(ContentType.JSON)
                .body(Map.of("name", "Contoso GmbH"))
                .post("/api/v1/accounts/{id}/organizations", accountId).then().statusCode(201).extract().path("id");
    }
}
