package com.licenseforge.issuer;

import com.licenseforge.common.events.BillingRenewed;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BillingReactionsTest {

    @Test
    void billingStandingShowsInTheStatusAndARenewalExtendsTheLicense() {
        UUID id = UUID.fromString(Fixtures.license(Map.of()).path("id"));
        Instant since = Instant.parse("2026-11-01T00:00:00Z");
        TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.past-due", id,
                new BillingStandingChanged(id, "PAST_DUE", since, since.plus(Duration.ofDays(14))));
        awaitStatus(id, "PAST_DUE");

        TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.suspended", id,
                new BillingStandingChanged(id, "SUSPENDED", since, since.plus(Duration.ofDays(14))));
        awaitStatus(id, "SUSPENDED");

        TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.restored", id,
                new BillingStandingChanged(id, "CURRENT", null, null));
        awaitStatus(id, "ACTIVE");

        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            UUID renewal = TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.renewed", id,
                    new BillingRenewed(id, Instant.parse("2031-01-01T00:00:00Z")));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().header("Authorization", Fixtures.SALES).get("/api/v1/licenses/{id}", id)
                            .then().body("expiresAt", equalTo("2031-01-01T00:00:00Z")));
            probe.await("license.renewed", id);
            // a redelivery of the same event changes nothing
            TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.past-due", id,
                    new BillingStandingChanged(id, "PAST_DUE", since, since.plus(Duration.ofDays(14))));
            awaitStatus(id, "PAST_DUE");
        }
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        UUID id = UUID.fromString(Fixtures.license(Map.of()).path("id"));
        try (EventProbe deadLetters = EventProbe.open("billing-events.dlq")) {
            TestEvents.publishRaw(Topics.BILLING_EVENTS, id.toString(), "{this is not an event");
            deadLetters.await(e -> e.has("unparseable"), Duration.ofSeconds(20));
        }
        TestEvents.publish(Topics.BILLING_EVENTS, id.toString(), "billing.past-due", id,
                new BillingStandingChanged(id, "PAST_DUE", Instant.now(), Instant.now().plus(Duration.ofDays(14))));
        awaitStatus(id, "PAST_DUE");
    }

    private static void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().header("Authorization", Fixtures.SALES).get("/api/v1/licenses/{id}", id)
                        .then().body("status", equalTo(status)));
    }
}
