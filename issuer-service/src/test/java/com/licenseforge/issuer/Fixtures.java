package com.licenseforge.issuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.testing.StaffTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creates catalogue and customer data through the API, as sales would, and holds the staff tokens. */
public final class Fixtures {

    public static final String SALES = StaffTokens.bearer("sam.sales", "sales");
    public static final String SUPPORT = StaffTokens.bearer("sue.support", "support");
    public static final String BILLING = StaffTokens.bearer("bob.billing", "billing");
    public static final String ADMIN = StaffTokens.bearer("ada.admin", "admin");
    public static final String AUDITOR = StaffTokens.bearer("aud.auditor", "auditor");

    static {
        enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Fixtures() {
    }

    /** A JSON request as sales. */
    public static RequestSpecification sales() {
        return as(SALES);
    }

    /** A JSON request with {@code bearer} as Authorization. */
    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    public static String product(String... modules) {
        String code = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        sales().body(Map.of("code", code, "name", "Acme ERP", "modules", List.of(modules)))
                .post("/api/v1/products").then().statusCode(201);
        return code;
    }

    public static String account() {
        return sales().body(Map.of("name", "Contoso Holding"))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    public static String organization(String accountId) {
        return sales().body(Map.of("name", "Contoso GmbH"))
                .post("/api/v1/accounts/{id}/organizations", accountId).then().statusCode(201).extract().path("id");
    }

    /** A valid issuance body for a new product (modules finance, hr) and a new account; {@code overrides} win, null removes. */
    public static Map<String, Object> issuance(Map<String, Object> overrides) {
        return with(Map.of("productCode", product("finance", "hr"), "accountId", account(),
                "modules", Map.of("finance", 10, "hr", 3), "maxActivations", 2,
                "expiresAt", "2030-01-01T00:00:00Z", "maintenanceUntil", "2029-06-30T00:00:00Z"), overrides);
    }

    /** {@code body} with {@code overrides} applied; a null override removes the field. */
    public static Map<String, Object> with(Map<String, Object> body, Map<String, Object> overrides) {
        Map<String, Object> result = new HashMap<>(body);
        result.putAll(overrides);
        result.values().removeIf(Objects::isNull);
        return result;
    }

    /** Issues a license for a new product and account; returns the issuance response. */
    public static ExtractableResponse<Response> license(Map<String, Object> overrides) {
        return sales().body(issuance(overrides)).post("/api/v1/licenses").then().statusCode(201).extract();
    }

    public static String licenseId() {
        return license(Map.of()).path("id");
    }

    /** The envelope fields every published event carries, and no CD key anywhere in it. */
    public static void assertEnvelope(JsonNode event, String type, String actor, String forbidden) {
        assertEquals(type, event.path("type").asText());
        assertNotNull(UUID.fromString(event.path("eventId").asText()));
        assertEquals(1, event.path("schemaVersion").asInt());
        assertTrue(event.path("occurredAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), "ISO-8601 UTC occurredAt");
        assertEquals(actor, event.path("actor").asText());
        assertTrue(event.has("licenseId"), "licenseId is part of the envelope");
        assertTrue(event.path("payload").isObject(), "payload is an object");
        if (forbidden != null) {
            assertFalse(event.toString().contains(forbidden), "the CD key never leaves in clear");
            assertFalse(event.toString().contains(forbidden.replace("-", "")), "not even without its hyphens");
        }
    }
}
