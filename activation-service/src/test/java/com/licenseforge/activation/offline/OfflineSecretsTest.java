package com.licenseforge.activation.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.activation.readmodel.OfflineVerifierSealing;
import com.licenseforge.common.events.EventEnvelope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.common.testing.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing the servers keep or publish about a license builds an offline request for it: only the CD key does.
 * The previous format's verifiers are kept sealed, and accepted only during their transition.
 */
@QuarkusTest
class OfflineSecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    DataSource database;

    @Inject
    OfflineVerifierSealing sealing;

    @Test
    void noStoredOrPublishedValueMakesAnAcceptedRequest() throws Exception {
        List<String> published = new ArrayList<>();
        TestLicense license;
        try (EventProbe activationEvents = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            license = TestLicense.unpublished(Customer.catalogue());
            published.add(JSON.writeValueAsString(license.publish(EventTypes.LICENSE_ISSUED)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    post(RequestFile.of(license, "machine-secrets-1").signed()).statusCode(200));
            published.add(activationEvents.await("activation.created", license.id).toString());
        }
        Set<String> values = new LinkedHashSet<>();
        for (String text : published) {
            leaves(JSON.readTree(text), values);
        }
        for (String row : dump(license)) {
            leaves(JSON.readTree(row), values);
        }
        Set<String> keys = new LinkedHashSet<>();
        values.forEach(value -> keys.addAll(as32Bytes(value)));
        assertTrue(keys.contains(HexFormat.of().formatHex(Base64.getUrlDecoder().decode(
                license.snapshot(1).offlinePublicKey()))), "the public key is among what was found");

        for (String key : keys) {
            byte[] bytes = HexFormat.of().parseHex(key);
            post(RequestFile.of(license, "machine-secrets-2").signedWithSeed(bytes)).statusCode(401)
                    .body("code", equalTo("INVALID_CREDENTIALS"));
            post(RequestFile.of(license, "machine-secrets-2").provenWith(key)).statusCode(409)
                    .body("code", equalTo("OFFLINE_ACTIVATION_UNAVAILABLE"));
        }
        post(RequestFile.of(license, "machine-secrets-2").signed()).statusCode(200);
    }

    @Test
    void aVerifierOfThePreviousReleaseIsSealedAndServesItsTransition() throws SQLException {
        TestLicense license = TestLicense.issue(Customer.catalogue(), terms -> terms.offlinePublicKey = false);
        String verifier = OfflineProof.verifier(license.serial, license.cdKey);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // as the previous release stored it, before this release's migration
            statement.execute("alter table license disable trigger license_offline_verifier_erased");
            statement.execute("update license set offline_verifier = '" + verifier + "' where id = '" + license.id + "'");
            statement.execute("alter table license enable trigger license_offline_verifier_erased");
            connection.commit();
        }
        assertTrue(sealing.sealVerifiersInClear() >= 1);

        assertNoVerifierInClear(verifier);
        assertNotNull(column(license, "offline_verifier_sealed"));
        post(RequestFile.of(license, "machine-secrets-3").provenWith(verifier)).statusCode(200);
        post(RequestFile.of(license, "machine-secrets-4").provenWith(OfflineProof.verifier(license.serial,
                CdKey.generate()))).statusCode(401);
        post(RequestFile.of(license, "machine-secrets-4").signed()).statusCode(409)
                .body("code", equalTo("OFFLINE_ACTIVATION_UNAVAILABLE"));
    }

    @Test
    void anEventOfThePreviousReleaseLeavesItsVerifierSealedOnly() throws SQLException {
        TestLicense license = TestLicense.unpublished(Customer.catalogue());
        license.terms.offlinePublicKey = false;
        String verifier = OfflineProof.verifier(license.serial, license.cdKey);
        EventEnvelope event = IssuerFacts.envelope(EventTypes.LICENSE_ISSUED, license.id, license.snapshot(1));
        ((ObjectNode) event.payload()).put("offlineVerifier", verifier);
        IssuerFacts.publish(Topics.LICENSE_EVENTS, license.id.toString(), event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                post(RequestFile.of(license, "machine-secrets-5").provenWith(verifier)).statusCode(200));
        assertNoVerifierInClear(verifier);
        // a replica of the previous release writing one during the rolling update: erased on the way in
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update license set offline_verifier = '" + verifier + "' where id = '" + license.id + "'");
        }
        assertNoVerifierInClear(verifier);
    }

    private void assertNoVerifierInClear(String verifier) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select count(*) from license where offline_verifier is not null")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
        for (String table : tables()) {
            try (Connection connection = database.getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "select count(*) from \"" + table + "\" t where row_to_json(t)::text like ?")) {
                query.setString(1, "%" + verifier + "%");
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    assertEquals(0, rows.getInt(1), table);
                }
            }
        }
    }

    private String column(TestLicense license, String column) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select " + column + " from license where id = '" + license.id + "'")) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    /** Every row of every table that names the license, as JSON: what a dump of the database holds about it. */
    private List<String> dump(TestLicense license) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : tables()) {
            try (Connection connection = database.getConnection();
                 PreparedStatement query = connection.prepareStatement("select row_to_json(t)::text from \""
                         + table + "\" t where row_to_json(t)::text like ? or row_to_json(t)::text like ?")) {
                query.setString(1, "%" + license.id + "%");
                query.setString(2, "%" + license.serial + "%");
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select table_name from information_schema.tables where table_schema = current_schema()"
                             + " and table_type = 'BASE TABLE'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** Every text leaf of a JSON document, and the JSON documents held in text leaves. */
    private static void leaves(JsonNode node, Set<String> values) {
        if (node.isTextual()) {
            values.add(node.textValue());
            String text = node.textValue().strip();
            if (text.startsWith("{") || text.startsWith("[")) {
                try {
                    leaves(JSON.readTree(text), values);
                } catch (Exception notJson) {
                    // text that merely looks like JSON is a value like any other
                }
            }
        }
        node.forEach(child -> leaves(child, values));
    }

    /** The 32-byte values {@code value} holds as hex, base64url or base64, in hex: anything usable as a key. */
    private static Set<String> as32Bytes(String value) {
        Set<String> keys = new LinkedHashSet<>();
        if (value.matches("[0-9a-fA-F]{64}")) {
            keys.add(value.toLowerCase());
        }
        for (Base64.Decoder decoder : List.of(Base64.getUrlDecoder(), Base64.getDecoder())) {
            try {
                byte[] bytes = decoder.decode(value);
                if (bytes.length == 32) {
                    keys.add(HexFormat.of().formatHex(bytes));
                }
            } catch (IllegalArgumentException notBase64) {
                // not this encoding
            }
        }
        return keys;
    }

    private static ValidatableResponse post(String request) {
        String address = "203.0.113." + (1 + ADDRESSES.getAndIncrement() % 250);
        return given().header("X-Forwarded-For", address).contentType("text/plain").body(request)
                .post("/api/v1/offline/activations").then();
    }
}
