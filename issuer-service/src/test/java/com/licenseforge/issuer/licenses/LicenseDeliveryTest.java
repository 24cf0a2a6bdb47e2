package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.seal.DeliverySeal;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.token.LicenseFile;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new license's file and CD key leave for the notification service sealed, and only for the product's choice. */
@QuarkusTest
class LicenseDeliveryTest {

    private static final DeliverySeal SEAL = new DeliverySeal("test-only-delivery-seal-secret-of-32-characters");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDeliveryCarriesTheCdKeyAndFileSealedForTheLicense() throws Exception {
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            ExtractableResponse<Response> issued = Fixtures.license(Map.of());
            String cdKey = issued.path("cdKey");
            UUID licenseId = UUID.fromString(issued.path("id"));
            JsonNode delivery = probe.await(e -> "license.delivery-sealed".equals(e.path("type").asText())
                    && licenseId.toString().equals(e.path("licenseId").asText()), Duration.ofSeconds(20));
            Fixtures.assertEnvelope(delivery, "license.delivery-sealed", "sam.sales", cdKey);
            assertEquals(issued.path("serial").toString(), delivery.path("payload").path("serial").asText());
            String sealed = delivery.path("payload").path("sealed").asText();
            JsonNode content = JSON.readTree(SEAL.open(licenseId, sealed).orElseThrow());
            assertEquals(cdKey, content.path("cdKey").asText());
            assertTrue(content.path("licenseFile").asText().contains(issued.path("serial").toString()));
            assertEquals(issued.path("token").toString(), LicenseFile.tokenOf(content.path("licenseFile").asText()),
                    "the file armors the token the issuance answered: one is minted, not two");
            assertTrue(SEAL.open(UUID.randomUUID(), sealed).isEmpty(), "sealed for its license only");
        }
    }

    @Test
    void aProductThatKeepsCdKeysOutOfMailDeliversTheFileAlone() throws Exception {
        String product = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        sales().body(Map.of("code", product, "name", "Acme ERP", "modules", List.of("finance"), "cdKeyByMail", false))
                .post("/api/v1/products").then().statusCode(201).body("cdKeyByMail", equalTo(false));
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            ExtractableResponse<Response> issued = Fixtures.license(Map.of("productCode", product,
                    "modules", Map.of("finance", 5)));
            UUID licenseId = UUID.fromString(issued.path("id"));
            JsonNode delivery = probe.await(e -> "license.delivery-sealed".equals(e.path("type").asText())
                    && licenseId.toString().equals(e.path("licenseId").asText()), Duration.ofSeconds(20));
            JsonNode content = JSON.readTree(SEAL.open(licenseId, delivery.path("payload").path("sealed").asText())
                    .orElseThrow());
            assertFalse(content.has("cdKey"));
            assertTrue(content.path("licenseFile").asText().contains(issued.path("serial").toString()));
        }
        sales().get("/api/v1/products/{code}", Fixtures.product("finance")).then().body("cdKeyByMail", equalTo(true));
    }
}
