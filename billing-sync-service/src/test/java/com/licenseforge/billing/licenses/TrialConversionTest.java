package com.licenseforge.billing.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.billing.Licenses;
import com.licenseforge.billing.Provider;
import com.licenseforge.billing.TestClock;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.events.TrialConverted;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A trial's subscription: its paid invoice is told to the issuer, and its reference then names the paid license. */
@QuarkusTest
class TrialConversionTest {

    @Inject
    TestClock clock;

    @Test
    void aPaidInvoiceIsPublishedAndTheReferenceMovesToThePaidLicense() {
        String ref = "trial-" + UUID.randomUUID();
        UUID trial = Licenses.issued(ref);
        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            new Provider(clock).deliver(Provider.event("invoice.paid", clock.instant(), Map.of("billingRef", ref,
                    "invoiceId", "in_1", "periodEnd", "2028-01-01T00:00:00Z"))).statusCode(202);
            JsonNode paid = probe.await(EventTypes.BILLING_INVOICE_PAID, trial);
            assertEquals(ref, paid.path("payload").path("billingRef").asText());
            assertEquals("in_1", paid.path("payload").path("invoiceId").asText());
            assertEquals("2028-01-01T00:00:00Z", paid.path("payload").path("periodEnd").asText());
        }

        // the issuer converted the trial: the paid license's own snapshot arrives before or after the conversion
        UUID paidLicense = UUID.randomUUID();
        TestEvents.publish(Topics.LICENSE_EVENTS, trial.toString(), EventTypes.LICENSE_TRIAL_CONVERTED, trial,
                new TrialConverted(trial, paidLicense, "SERIAL", "erp", UUID.randomUUID(), "jane@example.com", ref, "billing"));
        Licenses.announce(paidLicense, ref);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Licenses.BILLING)
                .queryParam("billingRef", ref).get("/api/v1/billing/licenses")
                .then().statusCode(200).body("licenseId", contains(paidLicense.toString())));
    }
}
