package com.licenseforge.system;

import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One license through all three services and the real broker: sales issues it in the issuer, activation
 * learns it from Kafka, a customer system activates and validates, billing marks it past-due from a signed
 * webhook, validation says PAST_DUE, payment brings VALID back.
 */
class LicenseJourneyTest {

    private static final LocalSystem SYSTEM = new LocalSystem();
    private static RequestSpecification issuer;
    private static RequestSpecification activation;
    private static RequestSpecification billing;

    @BeforeAll
    static void startTheSystem() {
        SYSTEM.up();
        String sales = "Bearer " + SYSTEM.staffToken("sales");
        issuer = spec(LocalSystem.ISSUER_PORT).addHeader("Authorization", sales).build();
        activation = spec(LocalSystem.ACTIVATION_PORT).build();
        billing = spec(LocalSystem.BILLING_PORT).build();
    }

    @AfterAll
    static void stopTheSystem() {
        SYSTEM.down();
    }

    @Test
    void aLicenseIsIssuedActivatedValidatedMarkedPastDueAndRestoredByPayment() {
        String product = "erp-" + UUID.randomUUID().toString().substring(0, 6);
        given(issuer).body(Map.of("code", product, "name", "Acme ERP", "modules", List.of("finance", "hr")))
                .post("/api/v1/products").then().statusCode(201);
        given(issuer).body(Map.of("version", "1.0.0", "releasedAt", "2026-01-15T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", product).then().statusCode(201);
        String account = given(issuer).body(Map.of("name", "Contoso Holding"))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        String organization = given(issuer).body(Map.of("name", "Contoso GmbH"))
                .post("/api/v1/accounts/{id}/organizations", account).then().statusCode(201).extract().path("id");
        String billingRef = "sub_" + UUID.randomUUID();
        var issued = given(issuer).body(Map.of("productCode", product, "accountId", account,
                        "modules", Map.of("finance", 10, "hr", 2), "maxActivations", 2,
                        "expiresAt", "2031-01-01T00:00:00Z", "maintenanceUntil", "2030-01-01T00:00:00Z",
                        "billingRef", billingRef))
                .post("/api/v1/licenses").then().statusCode(201).extract();
        String licenseId = issued.path("id");
        String serial = issued.path("serial");
        String cdKey = issued.path("cdKey");

        Map<String, Object> activationRequest = Map.of("serial", serial, "cdKey", cdKey,
                "organizationId", organization, "productCode", product, "productVersion", "1.0.0",
                "fingerprint", "fp-" + UUID.randomUUID(), "hostname", "erp-prod-01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given(activation).body(activationRequest).post("/api/v1/activations/preview")
                        .then().statusCode(200).body("wouldSucceed", equalTo(true)));

        String token = given(activation).body(activationRequest).post("/api/v1/activations")
                .then().statusCode(201).extract().path("token");
        String jwks = given(activation).get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        assertEquals(serial, TokenVerifier.fromJwks(jwks).verify(token, TokenClaims.ACTIVATION_TYPE).getSubject());

        Map<String, Object> validation = Map.of("serial", serial, "fingerprint", activationRequest.get("fingerprint"),
                "productVersion", "1.0.0");
        given(activation).body(validation).post("/api/v1/validations")
                .then().statusCode(200).body("valid", equalTo(true)).body("code", equalTo("VALID"));

        String invoice = "in_" + UUID.randomUUID();
        webhook("invoice.created", billingRef, invoice, Instant.now().minus(1, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given(activation).body(validation).post("/api/v1/validations")
                        .then().statusCode(200).body("code", equalTo("PAST_DUE")).body("valid", equalTo(true)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given(issuer).get("/api/v1/licenses/{id}", licenseId).then().body("status", equalTo("PAST_DUE")));

        webhook("invoice.paid", billingRef, invoice, Instant.now().minus(1, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given(activation).body(validation).post("/api/v1/validations")
                        .then().statusCode(200).body("code", equalTo("VALID")));
    }

    private static void webhook(String type, String billingRef, String invoiceId, Instant dueAt) {
        String body = """
                {"id":"evt_%s","type":"%s","createdAt":"%s",
                 "data":{"billingRef":"%s","invoiceId":"%s","amountDue":1200.00,"dueAt":"%s"}}"""
                .formatted(UUID.randomUUID(), type, Instant.now(), billingRef, invoiceId, dueAt);
        long t = Instant.now().getEpochSecond();
        given(billing).header("Billing-Signature", "t=" + t + ",v1=" + hmac(t + "." + body))
                .body(body).post("/api/v1/billing/webhooks").then().statusCode(202);
    }

    private static String hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(LocalSystem.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecBuilder spec(int port) {
        return new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(port).setContentType(ContentType.JSON);
    }
}
