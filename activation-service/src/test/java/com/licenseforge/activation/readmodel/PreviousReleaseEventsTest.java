package com.licenseforge.activation.readmodel;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.Serial;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * During a rolling upgrade the new consumer reads events the previous release wrote. The fixture is a
 * {@code license.issued} exactly as release 1.0 wrote it (envelope schema 1, no offline verifier); the
 * license must activate and validate online.
 */
@QuarkusTest
class PreviousReleaseEventsTest {

    @Test
    void aLicenseIssuedByThePreviousReleaseActivatesOnline() throws IOException {
        IssuerFacts.Catalogue catalogue = Customer.catalogue();
        UUID licenseId = UUID.randomUUID();
        String serial = Serial.generate();
        String cdKey = CdKey.generate();
        String event = fixture("events/license-issued-release-1.0.json", Map.of(
                "eventId", UUID.randomUUID().toString(),
                "licenseId", licenseId.toString(),
                "serial", serial,
                "cdKeyHash", new CdKeyHasher(IssuerFacts.CD_KEY_HASH_SECRET).hash(serial, CdKey.canonical(cdKey).orElseThrow()),
                "productCode", catalogue.productCode(),
                "accountId", catalogue.accountId().toString()));
        IssuerFacts.publishRaw(Topics.LICENSE_EVENTS, licenseId.toString(), event);

        Map<String, Object> request = Map.of("serial", serial, "cdKey", cdKey,
                "organizationId", catalogue.organizationId().toString(), "productCode", catalogue.productCode(),
                "productVersion", "1.0.0", "fingerprint", "machine-of-release-1.0", "hostname", "erp-old-01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Customer.preview(request).statusCode(200).body("wouldSucceed", equalTo(true)));
        Customer.activate(request).statusCode(201);
        given().contentType("application/json").body(Map.of("serial", serial, "fingerprint", "machine-of-release-1.0"))
                .post("/api/v1/validations").then().statusCode(200).body("code", equalTo("VALID"));
    }

    private static String fixture(String resource, Map<String, String> values) throws IOException {
        try (InputStream in = PreviousReleaseEventsTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return text;
        }
    }
}
