package com.licenseforge.faults;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * What sales, customer systems, support and the billing provider send, to either replica. Every request has
 * a socket timeout, so a hanging service fails the test instead of stalling it.
 */
final class Licensing {

    static final int TIMEOUT_MILLIS = 15_000;
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", TIMEOUT_MILLIS)
            .setParam("http.socket.timeout", TIMEOUT_MILLIS));

    private final String salesToken;
    private final String supportToken;
    private final String billingToken;
    private final String adminToken;

    Licensing(FaultSystem system) {
        salesToken = system.staffToken("sales");
        supportToken = system.staffToken("support");
        billingToken = system.staffToken("billing");
        adminToken = system.staffToken("admin");
    }

    RequestSpecification sales(FaultSystem.Replica replica) {
        return spec(replica.issuerPort(), salesToken);
    }

    RequestSpecification admin(FaultSystem.Replica replica) {
        return spec(replica.issuerPort(), adminToken);
    }

    RequestSpecification customer(FaultSystem.Replica replica) {
        return spec(replica.activationPort(), null);
    }

    RequestSpecification support(FaultSystem.Replica replica) {
        return spec(replica.activationPort(), supportToken);
    }

    RequestSpecification billingStaff(FaultSystem.Replica replica) {
        return spec(replica.billingPort(), billingToken);
    }

    /** A product (modules finance and hr, version 1.0.0), an account and one organization of it. */
    Customer customer(FaultSystem.Replica replica, String name) {
        RequestSpecification issuer = sales(replica);
        String product = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        given(issuer).body(Map.of("code", product, "name", "Acme ERP", "modules", List.of("finance", "hr")))
                .post("/api/v1/products").then().statusCode(201);
        given(issuer).body(Map.of("version", "1.0.0", "releasedAt", "2026-01-15T00:00:00Z"))
                .post("/api/v1/products/{code}/versions", product).then().statusCode(201);
        String account = given(issuer).body(Map.of("name", name)).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
        String organization = given(issuer).body(Map.of("name", name + " GmbH"))
                .post("/api/v1/accounts/{id}/organizations", account).then().statusCode(201).extract().path("id");
        return new Customer(product, account, organization);
    }

    /** Issues a license; the response is returned as it came, so a caller under faults can judge it. */
    Response issue(FaultSystem.Replica replica, Customer customer, int maxActivations, String billingRef) {
        return given(sales(replica)).body(Map.of("productCode", customer.product(), "accountId", customer.account(),
                        "modules", Map.of("finance", 10, "hr", 5), "maxActivations", maxActivations,
                        "expiresAt", "2031-01-01T00:00:00Z", "maintenanceUntil", "2030-01-01T00:00:00Z",
                        "billingRef", billingRef))
                .post("/api/v1/licenses");
    }

    Issued license(FaultSystem.Replica replica, Customer customer, int maxActivations, String billingRef) {
        var issued = issue(replica, customer, maxActivations, billingRef).then().statusCode(201).extract();
        return new Issued(issued.path("id"), issued.path("serial"), issued.path("cdKey"), customer);
    }

    /** A floating license: machines hold its slots on leases of the shortest heartbeat interval, one minute. */
    Issued floatingLicense(FaultSystem.Replica replica, Customer customer, int maxActivations) {
        var issued = given(sales(replica)).body(Map.of("productCode", customer.product(), "accountId", customer.account(),
                        "modules", Map.of("finance", 10, "hr", 5), "maxActivations", maxActivations,
                        "expiresAt", "2031-01-01T00:00:00Z", "model", "FLOATING", "heartbeatInterval", "PT1M"))
                .post("/api/v1/licenses").then().statusCode(201).extract();
        return new Issued(issued.path("id"), issued.path("serial"), issued.path("cdKey"), customer);
    }

    /** The account's one contact: license mail, in English. */
    void contact(FaultSystem.Replica replica, Customer customer, String email) {
        given(sales(replica)).body(List.of(Map.of("email", email, "language", "en", "topics", List.of("LICENSES"))))
                .put("/api/v1/accounts/{id}/contacts", customer.account()).then().statusCode(200);
    }

    Response changeSeats(FaultSystem.Replica replica, String licenseId, int financeSeats) {
        return given(sales(replica)).body(Map.of("modules", Map.of("finance", financeSeats, "hr", 5)))
                .put("/api/v1/licenses/{id}/modules", licenseId);
    }

    Response activate(FaultSystem.Replica replica, Issued license, String fingerprint) {
        return given(customer(replica)).body(activationRequest(license, fingerprint)).post("/api/v1/activations");
    }

    Response validate(FaultSystem.Replica replica, Issued license, String fingerprint) {
        return given(customer(replica)).body(Map.of("serial", license.serial(), "fingerprint", fingerprint,
                "productVersion", "1.0.0")).post("/api/v1/validations");
    }

    /** A webhook signed as the billing provider signs it. */
    void webhook(FaultSystem.Replica replica, String type, String data) {
        String body = """
                {"id":"evt_%s","type":"%s","createdAt":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, Instant.now(), data);
        long t = Instant.now().getEpochSecond();
        given(spec(replica.billingPort(), null)).header("Billing-Signature", "t=" + t + ",v1=" + hmac(t + "." + body))
                .body(body).post("/api/v1/billing/webhooks").then().statusCode(202);
    }

    static Map<String, Object> activationRequest(Issued license, String fingerprint) {
        Map<String, Object> request = new HashMap<>();
        request.put("serial", license.serial());
        request.put("cdKey", license.cdKey());
        request.put("organizationId", license.customer().organization());
        request.put("productCode", license.customer().product());
        request.put("productVersion", "1.0.0");
        request.put("fingerprint", fingerprint);
        request.put("hostname", "erp-node");
        return request;
    }

    private static RequestSpecification spec(int port, String token) {
        RequestSpecBuilder builder = new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(port)
                .setContentType(ContentType.JSON).setConfig(BOUNDED);
        if (token != null) {
            builder.addHeader("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static String hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(FaultSystem.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Customer(String product, String account, String organization) {
    }

    record Issued(String id, String serial, String cdKey, Customer customer) {
    }
}
