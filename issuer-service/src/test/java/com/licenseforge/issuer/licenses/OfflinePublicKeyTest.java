package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.format.OfflineKey;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OfflinePublicKeyTest {

    @Inject
    DataSource database;

    @Test
    void licenseEventsCarryTheOfflinePublicKeyAndNothingThatMakesARequest() throws SQLException {
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            ExtractableResponse<Response> issued = Fixtures.license(Map.of());
            String id = issued.path("id");
            String serial = issued.path("serial");
            String cdKey = issued.path("cdKey");
            String publicKey = OfflineKey.publicKey(serial, cdKey);
            String verifier = OfflineProof.verifier(serial, cdKey);

            JsonNode event = probe.await("license.issued", id);
            Fixtures.assertEnvelope(event, "license.issued", "sam.sales", cdKey);
            assertEquals(publicKey, event.path("payload").path("offlinePublicKey").asText());
            assertFalse(event.path("payload").has("offlineVerifier"));
            assertFalse(event.toString().contains(verifier), "the previous release's verifier is not published");

            sales().body(Map.of("reason", "fraud check")).post("/api/v1/licenses/{id}/suspend", id)
                    .then().statusCode(200);
            JsonNode suspended = probe.await("license.suspended", id);
            assertEquals(publicKey, suspended.path("payload").path("offlinePublicKey").asText(),
                    "every snapshot carries it, so a consumer's upsert keeps it");

            try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery("select * from license where id = '" + UUID.fromString(id) + "'")) {
                assertTrue(row.next());
                StringBuilder stored = new StringBuilder();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    stored.append(row.getString(column)).append('\n');
                }
                assertFalse(stored.toString().contains(verifier), stored.toString());
                assertTrue(stored.toString().contains(publicKey));
            }
            String canonicalKey = CdKey.canonical(cdKey).orElseThrow();
            as(Fixtures.SUPPORT).get("/api/v1/licenses/{id}", id).then().statusCode(200)
                    .body(not(containsString(canonicalKey)));
        }
    }

    @Test
    void aVerifierWrittenTheWayThePreviousReleaseDidIsErased() throws SQLException {
        String id = Fixtures.license(Map.of()).path("id");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update license set offline_verifier = 'b4d91118e4de66f66d87b2d259122da7'"
                    + " where id = '" + UUID.fromString(id) + "'");
            try (ResultSet left = statement.executeQuery("select count(*) from license where offline_verifier is not null")) {
                left.next();
                assertEquals(0, left.getInt(1));
            }
        }
    }
}
