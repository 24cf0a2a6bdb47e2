package com.licenseforge.system;

import io.restassured.specification.RequestSpecification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The billing provider posting signed webhooks, as its SDK would. */
final class BillingProvider {

    private final RequestSpecification billing;

    BillingProvider(RequestSpecification billing) {
        this.billing = billing;
    }

    void invoice(String type, String billingRef, String invoiceId, Instant dueAt) {
        send("""
                {"id":"evt_%s","type":"%s","createdAt":"%s",
                 "data":{"billingRef":"%s","invoiceId":"%s","amountDue":1200.00,"dueAt":"%s"}}"""
                .formatted(UUID.randomUUID(), type, Instant.now(), billingRef, invoiceId, dueAt));
    }

    void subscriptionRenewed(String billingRef, Instant periodEnd) {
        send("""
                {"id":"evt_%s","type":"subscription.renewed","createdAt":"%s",
                 "data":{"billingRef":"%s","periodEnd":"%s"}}"""
                .formatted(UUID.randomUUID(), Instant.now(), billingRef, periodEnd));
    }

    private void send(String body) {
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
}
