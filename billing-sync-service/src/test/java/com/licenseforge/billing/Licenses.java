package com.licenseforge.billing;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.testing.StaffTokens;
import com.licenseforge.common.testing.TestEvents;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Licenses as the issuer announces them on license-events, and their standing as billing staff read it. */
public final class Licenses {

    public static final String BILLING = StaffTokens.bearer("bea.billing", "billing");

    private Licenses() {
    }

    /** Publishes license.issued for a new license with {@code billingRef}, without waiting for it. */
    public static UUID announce(UUID licenseId, String billingRef) {
        LicenseSnapshot snapshot = new LicenseSnapshot(licenseId, 1, "SERIAL-" + licenseId, "hash", "erp",
                UUID.randomUUID(), null, Map.of("finance", 10), 2, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2031-01-01T00:00:00Z"), null, SalesStatus.ACTIVE, billingRef, null, null, null);
        TestEvents.publish(Topics.LICENSE_EVENTS, licenseId.toString(), EventTypes.LICENSE_ISSUED, licenseId, snapshot);
        return licenseId;
    }

    /** A new license with {@code billingRef}, once billing knows it. */
    public static UUID issued(String billingRef) {
        UUID licenseId = announce(UUID.randomUUID(), billingRef);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> standing(licenseId).statusCode(200));
        return licenseId;
    }

    public static ValidatableResponse standing(UUID licenseId) {
        return given().header("Authorization", BILLING).get("/api/v1/billing/licenses/{id}", licenseId).then();
    }
}
