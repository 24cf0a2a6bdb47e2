package com.licenseforge.billing;

import com.licenseforge.common.testing.TestEvents;
import io.restassured.response.ValidatableResponse;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The billing provider: builds its events and delivers them signed, as its webhook sender would. */
public final class Provider {

    public static final String SECRET = "test-webhook-secret";
    public static final String NEXT_SECRET = "test-webhook-secret-next";

    private final TestClock clock;

    public Provider(TestClock clock) {
        this.clock = clock;
    }

    /** An event body with a fresh id; {@code data} names the license and the invoice or period. */
    public static String event(String type, Instant createdAt, Map<String, Object> data) {
        return event("evt_" + UUID.randomUUID(), type, createdAt, data);
    }

    public static String event(String id, String type, Instant createdAt, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", type);
        body.put("createdAt", createdAt.toString());
        body.put("data", data);
        return TestEvents.write(body);
    }

    public static Map<String, Object> invoice(String billingRef, String invoiceId, Instant dueAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("billingRef", billingRef);
        data.put("invoiceId", invoiceId);
        data.put("amountDue", 1200);
        data.put("dueAt", dueAt.toString());
        return data;
    }

    /** Delivers {@code body} signed now with the current secret. */
    public ValidatableResponse deliver(String body) {
        return deliver(body, SECRET, clock.instant().getEpochSecond());
    }

    public ValidatableResponse deliver(String body, String secret, long timestamp) {
        return deliverWithHeader(body, "t=" + timestamp + ",v1=" + sign(secret, timestamp, body));
    }

    public static ValidatableResponse deliverWithHeader(String body, String signatureHeader) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request.header("Billing-Signature", signatureHeader);
        }
        return request.post("/api/v1/billing/webhooks").then();
    }

    /** The Billing-Signature header for {@code body} signed now, by the service's clock, with the current secret. */
    public String signature(byte[] body) {
        long t = clock.instant().getEpochSecond();
        return "t=" + t + ",v1=" + sign(SECRET, t, new String(body, StandardCharsets.UTF_8));
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
