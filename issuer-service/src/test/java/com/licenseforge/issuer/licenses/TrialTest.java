package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.InvoicePaid;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.sales;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trials as the issuer sees them: a policy per product, adopted from activation-service, converted or run out. */
@QuarkusTest
class TrialTest {

    private static final CdKeyHasher HASHER = new CdKeyHasher("test-only-cd-key-hash-secret");

    @Inject
    TrialEnds ends;

    @Test
    void salesSetsATrialPolicyThatActivationLearns() {
        String product = Fixtures.product("finance", "hr");
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(Map.of("enabled", true, "durationDays", 14, "modules", Map.of("finance", 2), "maxActivations", 1))
                    .put("/api/v1/products/{code}/trial-policy", product)
                    .then().statusCode(200).body("enabled", equalTo(true)).body("durationDays", equalTo(14));
            JsonNode event = probe.await(e -> EventTypes.PRODUCT_TRIAL_POLICY_CHANGED.equals(e.path("type").asText())
                    && product.equals(e.path("payload").path("productCode").asText()), Duration.ofSeconds(20));
            assertEquals(2, event.path("payload").path("modules").path("finance").asInt());
        }
        sales().body(Map.of("enabled", true, "durationDays", 14, "modules", Map.of("payroll", 2), "maxActivations", 1))
                .put("/api/v1/products/{code}/trial-policy", product)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        Fixtures.as(Fixtures.SUPPORT).body(Map.of("enabled", false, "durationDays", 14, "modules", Map.of("finance", 2),
                "maxActivations", 1)).put("/api/v1/products/{code}/trial-policy", product).then().statusCode(403);
    }

    @Test
    void aStartedTrialBecomesATrialLicenseOnceEvenWhenRedelivered() {
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            TrialStarted trial = startTrial(Instant.now().truncatedTo(ChronoUnit.SECONDS), 30);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> sales().get("/api/v1/licenses/{id}", trial.licenseId())
                    .then().statusCode(200).body("kind", equalTo("TRIAL")).body("serial", equalTo(trial.serial()))
                    .body("trialEndsAt", equalTo(trial.trialEndsAt().toString()))
                    .body("billingRef", equalTo(trial.billingRef())).body("status", equalTo("ACTIVE")));
            JsonNode started = probe.await(EventTypes.LICENSE_TRIAL_STARTED, trial.licenseId());
            assertEquals("prospect@example.com", started.path("payload").path("contactEmail").asText());
            assertEquals("de", started.path("payload").path("language").asText(), "the prospect's mail language, passed on");
            assertEquals(trial.trialEndsAt().toString(), started.path("payload").path("trialEndsAt").asText());
            JsonNode issued = probe.await(EventTypes.LICENSE_ISSUED, trial.licenseId());
            assertEquals("TRIAL", issued.path("payload").path("kind").asText());

            // the same trial again (a redelivery under a new event id) adopts nothing new
            TestEvents.publish(Topics.ACTIVATION_EVENTS, trial.licenseId().toString(), EventTypes.ACTIVATION_TRIAL_STARTED,
                    trial.licenseId(), trial);
            sales().get("/api/v1/accounts/{id}", trial.accountId()).then().statusCode(200)
                    .body("name", equalTo("Northwind Traders"));
            sales().queryParam("accountId", trial.accountId().toString()).get("/api/v1/licenses")
                    .then().body("id", hasSize(1));
        }
    }

    @Test
    void salesConvertsATrialOnceToAPaidLicenseWithItsOwnSerial() {
        TrialStarted trial = adopted(startTrial(Instant.now().truncatedTo(ChronoUnit.SECONDS), 30));
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            var paid = sales().body(Map.of("modules", Map.of("finance", 10, "hr", 3), "maxActivations", 2,
                            "expiresAt", "2031-01-01T00:00:00Z"))
                    .post("/api/v1/licenses/{id}/conversions", trial.licenseId())
                    .then().statusCode(201)
                    .body("kind", equalTo("PAID")).body("cdKey", notNullValue()).body("token", notNullValue())
                    .body("serial", not(equalTo(trial.serial()))).body("accountId", equalTo(trial.accountId().toString()))
                    .extract();
            String paidId = paid.path("id");
            sales().get("/api/v1/licenses/{id}", trial.licenseId()).then()
                    .body("status", equalTo("EXPIRED")).body("kind", equalTo("TRIAL"));
            JsonNode converted = probe.await(EventTypes.LICENSE_TRIAL_CONVERTED, trial.licenseId());
            assertEquals(paidId, converted.path("payload").path("paidLicenseId").asText());
            assertEquals("prospect@example.com", converted.path("payload").path("contactEmail").asText());
            assertEquals("CONVERTED", probe.await(EventTypes.LICENSE_TRIAL_ENDED, trial.licenseId())
                    .path("payload").path("reason").asText());
        }
        sales().body(Map.of("modules", Map.of("finance", 1), "maxActivations", 1))
                .post("/api/v1/licenses/{id}/conversions", trial.licenseId())
                .then().statusCode(409).body("code", equalTo("TRIAL_ALREADY_CONVERTED"));
        String paidLicense = Fixtures.licenseId();
        sales().body(Map.of("modules", Map.of("finance", 1), "maxActivations", 1))
                .post("/api/v1/licenses/{id}/conversions", paidLicense)
                .then().statusCode(409).body("code", equalTo("NOT_A_TRIAL"));
        Fixtures.as(Fixtures.SUPPORT).body(Map.of("modules", Map.of("finance", 1), "maxActivations", 1))
                .post("/api/v1/licenses/{id}/conversions", paidLicense).then().statusCode(403);
    }

    @Test
    void theFirstPaidInvoiceOfTheTrialsBillingReferenceConvertsItOnce() {
        TrialStarted trial = adopted(startTrial(Instant.now().truncatedTo(ChronoUnit.SECONDS), 30));
        Instant periodEnd = Instant.parse("2028-01-01T00:00:00Z");
        InvoicePaid payment = new InvoicePaid(trial.licenseId(), "in_" + UUID.randomUUID(), trial.billingRef(), periodEnd);
        TestEvents.publish(Topics.BILLING_EVENTS, trial.licenseId().toString(), EventTypes.BILLING_INVOICE_PAID,
                trial.licenseId(), payment);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> sales().queryParam("billingRef", trial.billingRef())
                .get("/api/v1/licenses").then().body("id", hasSize(1)).body("[0].kind", equalTo("PAID"))
                .body("[0].expiresAt", equalTo(periodEnd.toString()))
                .body("[0].modules.finance", equalTo(2)));
        // the next paid invoice of the subscription converts nothing more
        TestEvents.publish(Topics.BILLING_EVENTS, trial.licenseId().toString(), EventTypes.BILLING_INVOICE_PAID,
                trial.licenseId(), new InvoicePaid(trial.licenseId(), "in_" + UUID.randomUUID(), null, periodEnd));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> sales().get("/api/v1/licenses/{id}", trial.licenseId())
                .then().body("status", equalTo("EXPIRED")));
        sales().queryParam("accountId", trial.accountId().toString()).get("/api/v1/licenses")
                .then().body("id", hasSize(2));
    }

    @Test
    void aTrialThatRanOutEndsOnceWithItsEvent() {
        Instant started = Instant.now().minus(Duration.ofDays(31)).truncatedTo(ChronoUnit.SECONDS);
        TrialStarted trial = adopted(startTrial(started, 30));
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            assertTrue(ends.scan() >= 1, "the run-out trial is ended");
            JsonNode ended = probe.await(EventTypes.LICENSE_TRIAL_ENDED, trial.licenseId());
            assertEquals("ENDED", ended.path("payload").path("reason").asText());
            assertEquals(trial.trialEndsAt().toString(), ended.path("payload").path("expiresAt").asText());
        }
        sales().get("/api/v1/licenses/{id}", trial.licenseId()).then().body("status", equalTo("EXPIRED"));
        // ended trials convert still: the prospect bought after the trial ran out
        sales().body(Map.of("modules", Map.of("finance", 2), "maxActivations", 1))
                .post("/api/v1/licenses/{id}/conversions", trial.licenseId()).then().statusCode(201);
    }

    @Test
    void salesListsTrialsByWeekAndSeesEachProductsConversionRate() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TrialStarted converted = adopted(startTrial(now.minus(Duration.ofDays(2)), 30));
        String product = converted.productCode();
        TrialStarted running = adopted(startTrial(product, now.minus(Duration.ofDays(40)), 45));
        adopted(startTrial(product, now.minus(Duration.ofDays(60)), 30));
        sales().body(Map.of("modules", Map.of("finance", 2), "maxActivations", 1))
                .post("/api/v1/licenses/{id}/conversions", converted.licenseId()).then().statusCode(201);

        sales().queryParam("productCode", product).queryParam("startedFrom", now.minus(Duration.ofDays(7)).toString())
                .queryParam("startedBefore", now.plusSeconds(1).toString())
                .get("/api/v1/trials").then().statusCode(200).header("X-Total-Count", "1")
                .body("[0].licenseId", equalTo(converted.licenseId().toString()))
                .body("[0].serial", equalTo(converted.serial()))
                .body("[0].status", equalTo("CONVERTED")).body("[0].convertedTo", notNullValue())
                .body("[0].organizationName", equalTo("Northwind Traders"));
        sales().queryParam("productCode", product).queryParam("endsFrom", now.toString())
                .queryParam("endsBefore", now.plus(Duration.ofDays(7)).toString()).queryParam("sort", "endsAt")
                .get("/api/v1/trials").then().statusCode(200).body("licenseId", hasSize(1))
                .body("[0].licenseId", equalTo(running.licenseId().toString())).body("[0].status", equalTo("RUNNING"));
        sales().get("/api/v1/trials/{id}", running.licenseId()).then().statusCode(200)
                .body("endsAt", equalTo(running.trialEndsAt().toString()))
                .body("accountId", equalTo(running.accountId().toString()));

        sales().queryParam("days", 30).get("/api/v1/trials/conversion-rates").then().statusCode(200)
                .body("find { it.productCode == '" + product + "' }.started", equalTo(1))
                .body("find { it.productCode == '" + product + "' }.converted", equalTo(1))
                .body("find { it.productCode == '" + product + "' }.rate", equalTo(1.0f));
        sales().queryParam("days", 90).get("/api/v1/trials/conversion-rates").then().statusCode(200)
                .body("find { it.productCode == '" + product + "' }.started", equalTo(3))
                .body("find { it.productCode == '" + product + "' }.rate", equalTo(0.3333f));
    }

    @Test
    void trialListsRefuseBadFiltersAndOtherRoles() {
        sales().queryParam("days", 0).get("/api/v1/trials/conversion-rates")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().queryParam("startedFrom", "yesterday").get("/api/v1/trials")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().queryParam("startedFrom", "2026-02-01T00:00:00Z").queryParam("startedBefore", "2026-01-01T00:00:00Z")
                .get("/api/v1/trials").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().queryParam("sort", "contactEmail").get("/api/v1/trials")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        sales().get("/api/v1/trials/{id}", Fixtures.licenseId()).then().statusCode(404);
        Fixtures.as(Fixtures.SUPPORT).get("/api/v1/trials").then().statusCode(403);
        Fixtures.as(Fixtures.SUPPORT).get("/api/v1/trials/conversion-rates").then().statusCode(403);
    }

    /** What activation-service publishes when a prospect starts a trial of a new product. */
    private static TrialStarted startTrial(Instant startedAt, int days) {
        return startTrial(Fixtures.product("finance", "hr"), startedAt, days);
    }

    private static TrialStarted startTrial(String product, Instant startedAt, int days) {
        String serial = Serial.generate();
        String cdKey = CdKey.generate();
        TrialStarted trial = new TrialStarted(UUID.randomUUID(), serial,
                HASHER.hash(serial, CdKey.canonical(cdKey).orElseThrow()), null, product, UUID.randomUUID(),
                UUID.randomUUID(), "Northwind Traders", "prospect@example.com", Map.of("finance", 2), 1, startedAt,
                startedAt.plus(Duration.ofDays(days)), "trial-" + serial, "de");
        TestEvents.publish(Topics.ACTIVATION_EVENTS, trial.licenseId().toString(), EventTypes.ACTIVATION_TRIAL_STARTED,
                trial.licenseId(), trial);
        return trial;
    }

    private static TrialStarted adopted(TrialStarted trial) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                sales().get("/api/v1/licenses/{id}", trial.licenseId()).then().statusCode(200));
        return trial;
    }
}
