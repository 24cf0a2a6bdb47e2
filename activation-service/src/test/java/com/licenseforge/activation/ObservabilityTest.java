package com.licenseforge.activation;

import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What operators rely on: request ids on every answer, and the outcome and dead-letter counters. */
@QuarkusTest
class ObservabilityTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aCallersRequestIdIsEchoedAndAMissingOrUnusableOneReplaced() {
        Map<String, String> body = Map.of("serial", "not-a-serial", "fingerprint", "f");
        given().contentType("application/json").header("X-Request-Id", "ticket 4711").body(body)
                .post("/api/v1/validations").then().header("X-Request-Id", equalTo("ticket 4711"));
        given().contentType("application/json").body(body)
                .post("/api/v1/validations").then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().contentType("application/json").header("X-Request-Id", "ticket\u00ef4711").body(body)
                .post("/api/v1/validations").then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().contentType("application/json").header("X-Request-Id", "x".repeat(201)).body(body)
                .post("/api/v1/validations").then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void validationsAndActivationsAreCountedByTheCodeTheCustomerGot() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        double valid = metric("licenseforge_validations_total{outcome=\"VALID\"}");
        double otherMachine = metric("licenseforge_validations_total{outcome=\"FINGERPRINT_MISMATCH\"}");
        double activated = metric("licenseforge_activations_total{channel=\"online\",outcome=\"ACTIVATED\"}");
        double wrongKey = metric("licenseforge_activations_total{channel=\"online\",outcome=\"INVALID_CREDENTIALS\"}");

        Customer.activate(license.activation("machine-metrics", "1.0.0")).statusCode(201);
        Map<String, Object> wrong = license.activation("machine-metrics-2", "1.0.0");
        wrong.put("cdKey", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA");
        Customer.activate(wrong).statusCode(401);
        Customer.validate(license, "machine-metrics", "1.0.0").body("code", equalTo("VALID"));
        String otherCode = Customer.validate(license, "machine-never-seen", "1.0.0").extract().path("code");

        assertEquals(activated + 1, metric("licenseforge_activations_total{channel=\"online\",outcome=\"ACTIVATED\"}"));
        assertEquals(wrongKey + 1,
                metric("licenseforge_activations_total{channel=\"online\",outcome=\"INVALID_CREDENTIALS\"}"));
        assertEquals(valid + 1, metric("licenseforge_validations_total{outcome=\"VALID\"}"));
        assertEquals("FINGERPRINT_MISMATCH", otherCode);
        assertEquals(otherMachine + 1, metric("licenseforge_validations_total{outcome=\"FINGERPRINT_MISMATCH\"}"));
    }

    @Test
    void aMessageSentToTheDeadLetterTopicIsCounted() {
        String series = "licenseforge_dead_letters_total{topic=\"license-events\"}";
        double before = metric(series);
        try (EventProbe deadLetters = EventProbe.open("license-events.activation-service.dlq")) {
            IssuerFacts.publishRaw(Topics.LICENSE_EVENTS, "poison", "{\"counted\": not json");
            deadLetters.await(e -> e.has("unparseable") || e.toString().contains("counted"), Duration.ofSeconds(20));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(before + 1, metric(series)));
    }

    /** The value of one series on /q/metrics, 0 when it is not there yet. */
    static double metric(String series) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
