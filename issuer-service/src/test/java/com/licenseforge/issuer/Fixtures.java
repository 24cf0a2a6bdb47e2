package com.licenseforge.issuer;

import com.licenseforge.common.testing.StaffTokens;
import io.restassured.http.ContentType;

import java.util.List;
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

    static String organization(String accountId) {
        return given().header("Authorization", SALES).contentType(ContentType.JSON)
                .body(Map.of("name", "Contoso GmbH"))
                .post("/api/v1/accounts/{id}/organizations", accountId).then().statusCode(201).extract().path("id");
    }
}
