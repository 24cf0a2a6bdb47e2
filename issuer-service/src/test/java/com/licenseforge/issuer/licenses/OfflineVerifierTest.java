package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OfflineVerifierTest {

    @Test
    void licenseEventsCarryTheOfflineVerifierAndNeverTheKey() {
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            ExtractableResponse<Response> issued = Fixtures.license(Map.of());
            String id = issued.path("id");
            String serial = issued.path("serial");
            String cdKey = issued.path("cdKey");
            String verifier = OfflineProof.verifier(serial, cdKey);

            JsonNode event = probe.await("license.issued", id);
            Fixtures.assertEnvelope(event, "license.issued", "sam.sales", cdKey);
            assertEquals(verifier, event.path("payload").path("offlineVerifier").asText());
            assertTrue(verifier.matches("[0-9a-f]{64}"), verifier);

            sales().body(Map.of("reason", "fraud check")).post("/api/v1/licenses/{id}/suspend", id)
                    .then().statusCode(200);
            JsonNode suspended = probe.await("license.suspended", id);
            Fixtures.assertEnvelope(suspended, "license.suspended", "sam.sales", cdKey);
            assertEquals(verifier, suspended.path("payload").path("offlineVerifier").asText(),
                    "every snapshot carries it, so a consumer's upsert keeps it");

            String canonicalKey = CdKey.canonical(cdKey).orElseThrow();
            as(Fixtures.SUPPORT).get("/api/v1/licenses/{id}", id).then().statusCode(200)
                    .body(not(containsString(verifier))).body(not(containsString(canonicalKey)));
            as(Fixtures.SALES).queryParam("serial", serial).get("/api/v1/audit").then().statusCode(200)
                    .body(not(containsString(verifier)));
        }
    }
}
