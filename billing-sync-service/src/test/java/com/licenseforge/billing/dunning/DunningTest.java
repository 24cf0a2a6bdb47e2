package com.licenseforge.billing.dunning;

import com.licenseforge.billing.Licenses;
import com.licenseforge.billing.Provider;
import com.licenseforge.billing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.billing.dunning.DunningScan;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DunningTest {

    private static final Duration GRACE = Duration.ofDays(14);

    @Inject
    TestClock clock;

    @Inject
    DunningScan scan;

    private Provider provider;

    @BeforeEach
    void provider() {
        provider = new Provider(clock);
    }

    @Test
    void dueThenPastDueThenSuspendedAfterTheGraceThenCurrentOncePaid() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Instant due = clock.instant().plus(Duration.ofDays(3));
        provider.deliver(Provider.event("invoice.created", clock.instant(), Provider.invoice(ref, "in_1", due)))
                .statusCode(202);
        scan.scan();
        Licenses.standing(license).body("standing", equalTo("CURRENT"))
                .body("openInvoices.invoiceId", contains("in_1"))
                .body("openInvoices[0].amountDue", equalTo(1200))
                .body("openInvoices[0].dueAt", equalTo(due.toString()));

        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            clock.advance(Duration.ofDays(4));
            scan.scan();
            JsonNode pastDue = probe.await("billing.past-due", license).path("payload");
            assertEquals("PAST_DUE", pastDue.path("standing").asText());
            assertEquals(due, Instant.parse(pastDue.path("pastDueSince").asText()));
            assertEquals(due.plus(GRACE), Instant.parse(pastDue.path("graceEndsAt").asText()));
            // what the dunning mail names: the invoices still open
            assertEquals("in_1", pastDue.path("openInvoices").path(0).path("invoiceId").asText());
            assertEquals(1200, pastDue.path("openInvoices").path(0).path("amountDue").asInt());
            assertEquals(due, Instant.parse(pastDue.path("openInvoices").path(0).path("dueAt").asText()));
        }
        Licenses.standing(license).body("standing", equalTo("PAST_DUE"))
                .body("pastDueSince", equalTo(due.toString()))
                .body("graceEndsAt", equalTo(due.plus(GRACE).toString()));

        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            clock.advance(GRACE);
            scan.scan();
            JsonNode suspended = probe.await("billing.suspended", license).path("payload");
            assertEquals("SUSPENDED", suspended.path("standing").asText());
            assertEquals(due.plus(GRACE), Instant.parse(suspended.path("graceEndsAt").asText()));
        }
        Licenses.standing(license).body("standing", equalTo("SUSPENDED"));

        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            provider.deliver(Provider.event("invoice.paid", clock.instant(), Provider.invoice(ref, "in_1", due)))
                    .statusCode(202);
            JsonNode restored = probe.await("billing.restored", license).path("payload");
            assertEquals("CURRENT", restored.path("standing").asText());
            assertTrue(restored.path("pastDueSince").isNull());
        }
        Licenses.standing(license).body("standing", equalTo("CURRENT"))
                .body("pastDueSince", nullValue())
                .body("openInvoices", empty());
    }

    @Test
    void aFailedPaymentMakesThePastDueAtOnceWithoutAScan() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Instant failedAt = clock.instant();
        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            provider.deliver(Provider.event("invoice.payment_failed", failedAt,
                    Provider.invoice(ref, "in_1", failedAt.plus(Duration.ofDays(2))))).statusCode(202);
            JsonNode pastDue = probe.await("billing.past-due", license).path("payload");
            assertEquals(failedAt, Instant.parse(pastDue.path("pastDueSince").asText()));
        }
        Licenses.standing(license).body("standing", equalTo("PAST_DUE"))
                .body("openInvoices[0].paymentFailedAt", equalTo(failedAt.toString()));
    }

    @Test
    void aRenewalIsPublishedWithItsPeriodEnd() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Instant periodEnd = Instant.parse("2032-01-01T00:00:00Z");
        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            provider.deliver(Provider.event("subscription.renewed", clock.instant(),
                    Map.of("billingRef", ref, "periodEnd", periodEnd.toString()))).statusCode(202);
            JsonNode renewed = probe.await("billing.renewed", license);
            assertEquals(license.toString(), renewed.path("payload").path("licenseId").asText());
            assertEquals(periodEnd, Instant.parse(renewed.path("payload").path("periodEnd").asText()));
        }
    }

    @Test
    void aCancellationIsRecordedWhileItsOpenInvoicesStillCount() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Instant due = clock.instant().plus(Duration.ofDays(1));
        Instant canceledAt = clock.instant();
        provider.deliver(Provider.event("invoice.created", clock.instant(), Provider.invoice(ref, "in_1", due)))
                .statusCode(202);
        provider.deliver(Provider.event("subscription.canceled", canceledAt, Map.of("billingRef", ref)))
                .statusCode(202);
        Licenses.standing(license).body("canceledAt", equalTo(canceledAt.toString()))
                .body("standing", equalTo("CURRENT"));

        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            clock.advance(Duration.ofDays(2));
            scan.scan();
            probe.await("billing.past-due", license);
        }
    }

    @Test
    void anEventForALicenseNotKnownYetIsParkedAndAppliedWhenTheLicenseArrives() {
        String ref = "sub_" + UUID.randomUUID();
        Instant failedAt = clock.instant();
        provider.deliver(Provider.event("invoice.payment_failed", failedAt,
                Provider.invoice(ref, "in_1", failedAt.plus(Duration.ofDays(1)))))
                .statusCode(202).body("outcome", equalTo("PARKED"));
        UUID license = UUID.randomUUID();
        Licenses.standing(license).statusCode(404);

        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            Licenses.announce(license, ref);
            JsonNode pastDue = probe.await("billing.past-due", license).path("payload");
            assertEquals(failedAt, Instant.parse(pastDue.path("pastDueSince").asText()));
        }
        Licenses.standing(license).statusCode(200).body("billingRef", equalTo(ref))
                .body("standing", equalTo("PAST_DUE"))
                .body("openInvoices.invoiceId", contains("in_1"));
    }

    @Test
    void anEventNamingTheLicenseIdIsParkedUntilThatLicenseArrives() {
        UUID license = UUID.randomUUID();
        Instant periodEnd = Instant.parse("2033-06-30T00:00:00Z");
        provider.deliver(Provider.event("subscription.renewed", clock.instant(),
                        Map.of("licenseId", license.toString(), "periodEnd", periodEnd.toString())))
                .statusCode(202).body("outcome", equalTo("PARKED"));
        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            Licenses.announce(license, null);
            JsonNode renewed = probe.await("billing.renewed", license);
            assertEquals(periodEnd, Instant.parse(renewed.path("payload").path("periodEnd").asText()));
        }
    }
}
