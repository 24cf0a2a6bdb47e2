package com.licenseforge.issuer.customers;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.issuer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.licenseforge.issuer.Fixtures.as;
import static com.licenseforge.issuer.Fixtures.sales;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CustomerResourceTest {

    @Test
    void anAccountWithTwoOrganizationsIsRegisteredAndPublished() {
        String externalRef = "crm-" + UUID.randomUUID();
        try (EventProbe probe = EventProbe.open(Topics.LICENSE_EVENTS)) {
            String account = sales().body(Map.of("name", "Contoso Holding", "externalRef", externalRef))
                    .post("/api/v1/accounts")
                    .then().statusCode(201)
                    .body("name", equalTo("Contoso Holding"))
                    .body("externalRef", equalTo(externalRef))
                    .extract().path("id");
            JsonNode registered = probe.await(e -> "account.registered".equals(e.path("type").asText())
                    && account.equals(e.path("payload").path("accountId").asText()), Duration.ofSeconds(20));
            Fixtures.assertEnvelope(registered, "account.registered", "sam.sales", null);
            assertTrue(registered.path("licenseId").isNull(), "a customer fact concerns no license");
            assertEquals("Contoso Holding", registered.path("payload").path("name").asText());

            String gmbh = sales().body(Map.of("name", "Contoso GmbH", "taxId", "DE123456789"))
                    .post("/api/v1/accounts/{id}/organizations", account)
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/accounts/" + account + "/organizations/"))
                    .body("accountId", equalTo(account))
                    .body("taxId", equalTo("DE123456789"))
                    .extract().path("id");
            String ag = Fixtures.organization(account);
            JsonNode organization = probe.await(e -> "organization.registered".equals(e.path("type").asText())
                    && gmbh.equals(e.path("payload").path("organizationId").asText()), Duration.ofSeconds(20));
            Fixtures.assertEnvelope(organization, "organization.registered", "sam.sales", null);
            assertEquals(account, organization.path("payload").path("accountId").asText());
            assertEquals("Contoso GmbH", organization.path("payload").path("name").asText());

            for (String reader : List.of(Fixtures.SALES, Fixtures.SUPPORT, Fixtures.BILLING, Fixtures.ADMIN)) {
                as(reader).get("/api/v1/accounts/{id}", account)
                        .then().statusCode(200).body("organizations.id", contains(gmbh, ag));
            }
        }
        sales().body(Map.of("name", "Copycat", "externalRef", externalRef))
                .post("/api/v1/accounts").then().statusCode(409).body("code", equalTo("ACCOUNT_EXISTS"));
    }

    @Test
    void unknownAccountsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        sales().get("/api/v1/accounts/{id}", unknown).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        sales().body(Map.of("name", "Orphan GmbH")).post("/api/v1/accounts/{id}/organizations", unknown)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        sales().get("/api/v1/accounts/{id}", "not-a-uuid").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void badAccountsAndOrganizationsAreRefusedNamingTheFields() {
        sales().body(Map.of("name", " ", "externalRef", "")).post("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("name", "externalRef"));
        sales().body(Map.of("name", "x".repeat(201))).post("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        sales().body("{\"name\": [\"Contoso\"]}").post("/api/v1/accounts")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("name"));
        sales().post("/api/v1/accounts").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));

        String account = Fixtures.account();
        sales().body(Map.of("taxId", "")).post("/api/v1/accounts/{id}/organizations", account)
                .then().statusCode(400).body("errors.field", hasItems("name", "taxId"));
        for (String other : List.of(Fixtures.SUPPORT, Fixtures.BILLING, Fixtures.ADMIN)) {
            as(other).body(Map.of("name", "Contoso")).post("/api/v1/accounts").then().statusCode(403);
            as(other).body(Map.of("name", "Contoso AG")).post("/api/v1/accounts/{id}/organizations", account)
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
    }
}
