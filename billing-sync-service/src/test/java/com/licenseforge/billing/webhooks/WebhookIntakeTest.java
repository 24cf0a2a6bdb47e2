package com.licenseforge.billing.webhooks;

import com.licenseforge.billing.EventTally;
import com.licenseforge.billing.Licenses;
import com.licenseforge.billing.Provider;
import com.licenseforge.billing.TestClock;
import com.licenseforge.billing.dunning.DunningScan;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WebhookIntakeTest {

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
    void anUnknownTypeIsStoredAndAcknowledgedAndItsRedeliveryRecognised() {
        String body = Provider.event("customer.address_changed", clock.instant(), Map.of("street", "Main St 1"));
        provider.deliver(body).statusCode(202).body("outcome", equalTo("IGNORED")).body("duplicate", equalTo(false));
        provider.deliver(body).statusCode(200).body("outcome", equalTo("IGNORED")).body("duplicate", equalTo(true));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedNamingTheBody() {
        provider.deliver("{\"id\": \"evt_1\", \"type\":").statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("body"));
        provider.deliver("[1, 2]").statusCode(400).body("errors.field", hasItems("body"));
    }

    @Test
    void missingFieldsAreRefusedAllNamed() {
        String noEnvelope = TestEvents.write(Map.of("data", Map.of("billingRef", "sub_x")));
        provider.deliver(noEnvelope).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("id", "type"));

        String thinInvoice = Provider.event("invoice.created", clock.instant(), Map.of("amountDue", 5));
        provider.deliver(thinInvoice).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("data.licenseId or data.billingRef", "data.invoiceId", "data.dueAt"));

        String noPeriod = Provider.event("subscription.renewed", clock.instant(), Map.of("billingRef", "sub_x"));
        provider.deliver(noPeriod).statusCode(400).body("errors.field", hasItems("data.periodEnd"));
    }

    @Test
    void aValueOfTheWrongFormatIsRefusedAndNothingIsKept() {
        String id = "evt_" + UUID.randomUUID();
        Map<String, Object> data = Provider.invoice("sub_" + UUID.randomUUID(), "in_1", clock.instant());
        data.put("dueAt", "next tuesday");
        provider.deliver(Provider.event(id, "invoice.created", clock.instant(), data))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItems("data.dueAt"));

        // the refused delivery left nothing behind: the corrected event with the same id is new
        data.put("dueAt", clock.instant().plus(Duration.ofDays(10)).toString());
        provider.deliver(Provider.event(id, "invoice.created", clock.instant(), data))
                .statusCode(202).body("duplicate", equalTo(false));
    }

    @Test
    void membersTheProviderAddedWithoutNoticeAreSkippedNotRefused() {
        String ref = "sub_" + UUID.randomUUID();
        Licenses.issued(ref);
        Map<String, Object> data = Provider.invoice(ref, "in_1", clock.instant().plus(Duration.ofDays(7)));
        data.put("currency", "EUR");
        data.put("lines", List.of(Map.of("description", "Acme ERP", "amount", 1200)));
        String body = TestEvents.write(Map.of("id", "evt_" + UUID.randomUUID(), "type", "invoice.created",
                "createdAt", clock.instant().toString(), "livemode", false, "data", data));
        provider.deliver(body).statusCode(202).body("outcome", equalTo("APPLIED"));
    }

    @Test
    void aRepeatedDeliveryHasNoSecondEffect() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Instant due = clock.instant().plus(Duration.ofDays(7));
        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            String created = Provider.event("invoice.created", clock.instant(), Provider.invoice(ref, "in_1", due));
            String failed = Provider.event("invoice.payment_failed", clock.instant(), Provider.invoice(ref, "in_1", due));
            provider.deliver(created).statusCode(202).body("outcome", equalTo("APPLIED"));
            provider.deliver(failed).statusCode(202);
            provider.deliver(failed).statusCode(200).body("duplicate", equalTo(true));
            provider.deliver(created).statusCode(200).body("duplicate", equalTo(true));

            provider.deliver(Provider.event("invoice.paid", clock.instant(), Provider.invoice(ref, "in_1", due)))
                    .statusCode(202);
            Map<UUID, Map<String, Integer>> tally = EventTally.until(probe, Set.of(license), "billing.restored");
            assertEquals(Map.of("billing.past-due", 1, "billing.invoice-paid", 1, "billing.restored", 1), tally.get(license));
        }
    }

    @Test
    void aPaymentArrivingBeforeItsInvoiceLeavesTheInvoicePaid() {
        String ref = "sub_" + UUID.randomUUID();
        UUID license = Licenses.issued(ref);
        Instant due = clock.instant().minus(Duration.ofDays(1));
        try (EventProbe probe = EventProbe.open(Topics.BILLING_EVENTS)) {
            provider.deliver(Provider.event("invoice.paid", clock.instant(), Map.of("billingRef", ref, "invoiceId", "in_1")))
                    .statusCode(202);
            provider.deliver(Provider.event("invoice.created", clock.instant(), Provider.invoice(ref, "in_1", due)))
                    .statusCode(202);
            // a failed attempt reported late does not reopen it either
            provider.deliver(Provider.event("invoice.payment_failed", clock.instant(), Provider.invoice(ref, "in_1", due)))
                    .statusCode(202);
            scan.scan();
            Licenses.standing(license).statusCode(200)
                    .body("standing", equalTo("CURRENT"))
                    .body("openInvoices", empty());

            // the payment is told once (a trial's first paid invoice converts it); the next invoice that fails is
            // the first standing change this license causes
            Instant failedAt = clock.instant();
            provider.deliver(Provider.event("invoice.payment_failed", failedAt,
                    Provider.invoice(ref, "in_2", failedAt.plus(Duration.ofDays(3))))).statusCode(202);
            Map<UUID, Map<String, Integer>> tally = EventTally.until(probe, Set.of(license), "billing.past-due");
            assertEquals(Map.of("billing.invoice-paid", 1, "billing.past-due", 1), tally.get(license));
        }
        Licenses.standing(license).body("openInvoices.invoiceId", hasItems("in_2"));
    }
}
