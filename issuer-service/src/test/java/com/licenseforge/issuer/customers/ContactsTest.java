package com.licenseforge.issuer.customers;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An account's contacts: replaced as a list by sales, validated, audited and announced in order. */
@QuarkusTest
class ContactsTest {

    private static final Map<String, Object> ERIKA = Map.of("email", "it@contoso.example", "name", "Erika Muster",
            "language", "de", "topics", List.of("LICENSES", "TECHNICAL"));
    private static final Map<String, Object> PAYABLES = Map.of("email", "ap@contoso.example", "language", "zh",
            "topics", List.of("BILLING"));

    @Test
    void salesReplacesTheContactsAndEachListIsAnnouncedWithAHigherVersion() {
        String account = Fixtures.account();
        Instant start = Instant.now().minusSeconds(5);
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            sales().body(List.of(ERIKA, PAYABLES)).put("/api/v1/accounts/{id}/contacts", account)
                    .then().statusCode(200).body("email", contains("it@contoso.example", "ap@contoso.example"))
                    .body("[0].topics", contains("LICENSES", "TECHNICAL")).body("[1].name", equalTo(null));
            JsonNode first = probe.await(e -> "account.contacts-changed".equals(e.path("type").asText())
                    && account.equals(e.path("payload").path("accountId").asText()), Duration.ofSeconds(20));
            Fixtures.assertEnvelope(first, "account.contacts-changed", "sam.sales", null);
            assertEquals(1, first.path("payload").path("version").asLong());
            assertEquals("de", first.path("payload").path("contacts").path(0).path("language").asText());

            sales().body(List.of(PAYABLES)).put("/api/v1/accounts/{id}/contacts", account).then().statusCode(200);
            JsonNode second = probe.await(e -> "account.contacts-changed".equals(e.path("type").asText())
                    && account.equals(e.path("payload").path("accountId").asText())
                    && e.path("payload").path("version").asLong() == 2, Duration.ofSeconds(20));
            assertEquals(1, second.path("payload").path("contacts").size());
        }
        for (String reader : List.of(Fixtures.SUPPORT, Fixtures.BILLING, Fixtures.AUDITOR)) {
            as(reader).get("/api/v1/accounts/{id}/contacts", account)
                    .then().statusCode(200).body("email", contains("ap@contoso.example"));
        }
        as(Fixtures.ADMIN).queryParam("actor", "sam.sales").queryParam("from", start.toString()).queryParam("size", "500")
                .get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.targetId == '" + account + "' }.action", hasItem("replace contacts"));
    }

    @Test
    void badContactsAreRefusedNamingTheFieldAndNothingChanges() {
        String account = Fixtures.account();
        sales().body(List.of(ERIKA)).put("/api/v1/accounts/{id}/contacts", account).then().statusCode(200);
        List<Object> bad = List.of(
                List.of(Fixtures.with(ERIKA, Map.of("email", "not-an-address"))),
                List.of(Fixtures.with(ERIKA, Map.of("language", "fr"))),
                List.of(Fixtures.with(ERIKA, Map.of("topics", List.of()))),
                List.of(Fixtures.with(ERIKA, Map.of("topics", List.of("SALES")))),
                List.of(ERIKA, Fixtures.with(PAYABLES, Map.of("email", "IT@contoso.example"))),
                Map.of("email", "it@contoso.example"));
        for (Object body : bad) {
            sales().body(body).put("/api/v1/accounts/{id}/contacts", account)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
        sales().body(List.of(ERIKA, Fixtures.with(PAYABLES, Map.of("email", "IT@contoso.example"))))
                .put("/api/v1/accounts/{id}/contacts", account)
                .then().statusCode(400).body("errors.field", hasItem("[1].email"));
        sales().get("/api/v1/accounts/{id}/contacts", account).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].language", equalTo("de"));
        sales().body(List.of(ERIKA)).put("/api/v1/accounts/{id}/contacts", UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(Fixtures.SUPPORT).body(List.of(ERIKA)).put("/api/v1/accounts/{id}/contacts", account).then().statusCode(403);
    }
}
