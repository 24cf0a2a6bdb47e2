package com.licenseforge.billing.webhooks;

import com.licenseforge.billing.Provider;
import com.licenseforge.billing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Webhook bodies and headers an attacker or a broken provider sends: refused where they enter, never a 5xx. */
@QuarkusTest
class HostileWebhookTest {

    @Inject
    TestClock clock;

    private Provider provider;

    @BeforeEach
    void provider() {
        provider = new Provider(clock);
    }

    @Test
    void datesBeyondWhatIsStoredAreRefusedWhereTheyEnter() {
        Map<String, Object> invoice = Provider.invoice("sub_far_" + clock.instant().getNano(), "in_far", clock.instant());
        invoice.put("dueAt", "+999999999-12-31T23:59:59Z");
        provider.deliver(Provider.event("invoice.created", clock.instant(), invoice)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("data.dueAt"));
        provider.deliver(Provider.event("subscription.renewed", clock.instant(),
                        Map.of("billingRef", "sub_far", "periodEnd", "10000-01-01T00:00:00Z")))
                .statusCode(400).body("errors.field", hasItem("data.periodEnd"));
        provider.deliver(Provider.event("invoice.created", Instant.parse("1969-12-31T23:59:59Z"),
                Provider.invoice("sub_far", "in_past", clock.instant()))).statusCode(400)
                .body("errors.field", hasItem("createdAt"));
    }

    @Test
    void oversizeOrControlCharacterIdsAndTypesAreRefused() {
        String body = Provider.event("x".repeat(300), "invoice.created", clock.instant(),
                Provider.invoice("sub_ids", "in_ids", clock.instant()));
        provider.deliver(body).statusCode(400).body("errors[0].field", equalTo("id"));
        provider.deliver(Provider.event("evt_\u0000", "invoice.created", clock.instant(),
                Provider.invoice("sub_ids", "in_ids", clock.instant()))).statusCode(400).body("errors[0].field", equalTo("id"));
        provider.deliver(Provider.event("invoice.\u0000", clock.instant(), Map.of())).statusCode(400)
                .body("errors[0].field", equalTo("type"));
        provider.deliver("{\"id\":\"evt_dup\",\"type\":\"a\",\"id\":\"evt_dup2\"}").statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aTimestampBeyondAnyInstantIsStaleNotAnError() {
        String body = Provider.event("vendor.note", clock.instant(), Map.of());
        provider.deliver(body, Provider.SECRET, Long.MAX_VALUE).statusCode(401).body("code", equalTo("STALE_SIGNATURE"));
        provider.deliver(body, Provider.SECRET, Long.MIN_VALUE).statusCode(401).body("code", equalTo("STALE_SIGNATURE"));
    }
}
