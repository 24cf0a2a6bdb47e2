package com.licenseforge.activation.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.AccountTransferRefused;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Moving a license into another account's organization: support asks, the issuer (played here by the events
 * it would publish) confirms or refuses, and only a confirmation moves the binding.
 */
@QuarkusTest
class AccountTransferTest {

    @Test
    void aTransferToAnotherAccountMovesTheBindingOnlyOnceTheIssuerConfirmsIt() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        IssuerFacts.Catalogue catalogue = license.catalogue;
        Customer.activate(license.activation("machine-old-account", "1.0.0")).statusCode(201);
        Map<String, Object> transfer = Map.of("toOrganizationId", catalogue.foreignOrganizationId().toString(),
                "transferAccount", true, "reason", "ticket 5150: the subsidiary was sold to Fabrikam");

        SupportStaff.support(license, "/reassignments", Map.of("toOrganizationId",
                        catalogue.foreignOrganizationId().toString(), "reason", "ticket 5150"))
                .statusCode(403).body("code", equalTo("ORGANIZATION_NOT_IN_ACCOUNT"));
        JsonNode requested;
        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            SupportStaff.support(license, "/reassignments", transfer).statusCode(202)
                    .body("accountTransfer.status", equalTo("PENDING"))
                    .body("binding.organizationId", equalTo(catalogue.organizationId().toString()));
            requested = probe.await(EventTypes.ACTIVATION_ACCOUNT_TRANSFER_REQUESTED, license.id).path("payload");
        }
        assertEquals(catalogue.accountId().toString(), requested.path("fromAccountId").asText());
        assertEquals(catalogue.foreignAccountId().toString(), requested.path("toAccountId").asText());
        assertEquals(catalogue.foreignOrganizationId().toString(), requested.path("toOrganizationId").asText());
        assertEquals("sue.support", requested.path("requestedBy").asText());
        SupportStaff.support(license, "/reassignments", transfer).statusCode(409)
                .body("code", equalTo("ACCOUNT_TRANSFER_PENDING"));
        SupportStaff.support(license, "/reassignments", Map.of("toOrganizationId",
                        catalogue.sisterOrganizationId().toString(), "reason", "ticket 5151"))
                .statusCode(409).body("code", equalTo("ACCOUNT_TRANSFER_PENDING"));
        Customer.validate(license, "machine-old-account", null).body("code", equalTo("VALID"));

        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            license.change(EventTypes.LICENSE_ACCOUNT_TRANSFERRED, t -> t.accountId = catalogue.foreignAccountId());
            awaitLookup(license).body("accountTransfer.status", equalTo("COMPLETED"));
            assertEquals(catalogue.foreignOrganizationId().toString(), probe.await(EventTypes.ACTIVATION_REASSIGNED,
                    license.id).path("payload").path("toOrganizationId").asText());
        }
        lookup(license).body("accountId", equalTo(catalogue.foreignAccountId().toString()))
                .body("binding.organizationId", equalTo(catalogue.foreignOrganizationId().toString()))
                .body("activations[0].status", equalTo("REASSIGNED"));
        Customer.validate(license, "machine-old-account", null).body("code", equalTo("REASSIGNED"));
        Customer.activate(license.activation("machine-old-account-2", "1.0.0"))
                .statusCode(403).body("code", equalTo("ORGANIZATION_NOT_IN_ACCOUNT"));
        Customer.activate(license.activation("machine-new-account", "1.0.0", catalogue.foreignOrganizationId()))
                .statusCode(201);

        given().header("Authorization", SupportStaff.SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200)
                .body("action", contains("request account transfer", "transfer account"))
                .body("actor", contains("sue.support", "sue.support"))
                .body("[1].reason", equalTo("ticket 5150: the subsidiary was sold to Fabrikam"))
                .body("[1].requestId", equalTo(requested.path("requestId").asText()))
                .body("[1].before.accountId", equalTo(catalogue.accountId().toString()))
                .body("[1].after.accountId", equalTo(catalogue.foreignAccountId().toString()))
                .body("[1].after.boundOrganizationId", equalTo(catalogue.foreignOrganizationId().toString()));
    }

    @Test
    void aTransferTheIssuerRefusesLeavesTheLicenseWhereItWas() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        Customer.activate(license.activation("machine-stays", "1.0.0")).statusCode(201);
        Map<String, Object> transfer = Map.of("toOrganizationId", license.catalogue.foreignOrganizationId().toString(),
                "transferAccount", true, "reason", "ticket 6001");
        String transferId = SupportStaff.support(license, "/reassignments", transfer).statusCode(202)
                .extract().path("accountTransfer.id");

        TestEvents.publish(Topics.LICENSE_EVENTS, license.id.toString(), EventTypes.LICENSE_ACCOUNT_TRANSFER_REFUSED,
                license.id, new AccountTransferRefused(UUID.fromString(transferId), license.id,
                        license.catalogue.foreignAccountId(), license.catalogue.foreignOrganizationId(),
                        "LICENSE_REVOKED", "the license is revoked"));
        awaitLookup(license).body("accountTransfer.status", equalTo("REFUSED"))
                .body("accountTransfer.refusal", startsWith("LICENSE_REVOKED"))
                .body("accountId", equalTo(license.catalogue.accountId().toString()))
                .body("binding.organizationId", equalTo(license.catalogue.organizationId().toString()));
        Customer.validate(license, "machine-stays", null).body("code", equalTo("VALID"));
        given().header("Authorization", SupportStaff.SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200).body("action", contains("request account transfer", "account transfer refused"));
        SupportStaff.support(license, "/reassignments", transfer).statusCode(202);
    }

    private static ValidatableResponse lookup(TestLicense license) {
        return given().header("Authorization", SupportStaff.SUPPORT)
                .get("/api/v1/support/serials/{serial}", license.serial).then().statusCode(200);
    }

    /** The lookup once the issuer's answer has been applied. */
    private static ValidatableResponse awaitLookup(TestLicense license) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                lookup(license).body("accountTransfer.status", not(equalTo("PENDING"))));
        return lookup(license);
    }
}
