package com.licenseforge.activation.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.activation.Customer;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.licenseforge.activation.SupportStaff.SUPPORT;
import static com.licenseforge.activation.SupportStaff.support;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SupportTest {

    @Test
    void supportMovesALicenseActivatedIntoTheWrongOrganization() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 2);
        String wrong = Customer.activate(license.activation("machine-wrong-org", "1.0.0")).statusCode(201)
                .extract().path("activationId");

        support(license, "/reassignments", Map.of("toOrganizationId", license.catalogue.foreignOrganizationId().toString(),
                "reason", "ticket 4711")).statusCode(403).body("code", equalTo("ORGANIZATION_NOT_IN_ACCOUNT"));
        support(license, "/reassignments", Map.of("toOrganizationId", license.catalogue.organizationId().toString(),
                "reason", "ticket 4711")).statusCode(409).body("code", equalTo("ALREADY_BOUND_TO_ORGANIZATION"));
        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            given().header("Authorization", SUPPORT).header("X-Request-Id", "req-4711").contentType(ContentType.JSON)
                    .body(Map.of("toOrganizationId", license.catalogue.sisterOrganizationId().toString(),
                            "reason", "ticket 4711: activated into Contoso GmbH by mistake"))
                    .post("/api/v1/support/serials/{serial}/reassignments", license.serial).then()
                    .statusCode(200).body("binding.organizationId", equalTo(license.catalogue.sisterOrganizationId().toString()))
                    .body("activations[0].status", equalTo("REASSIGNED"));
            JsonNode moved = probe.await(EventTypes.ACTIVATION_REASSIGNED, license.id);
            assertEquals(license.catalogue.organizationId().toString(), moved.path("payload").path("fromOrganizationId").asText());
            assertEquals(license.catalogue.sisterOrganizationId().toString(), moved.path("payload").path("toOrganizationId").asText());
            assertEquals(wrong, moved.path("payload").path("endedActivationIds").path(0).asText());
            assertEquals("sue.support", moved.path("actor").asText());
        }

        Customer.validate(license, "machine-wrong-org", null).body("code", equalTo("REASSIGNED"))
                .body("valid", equalTo(false));
        Customer.activate(license.activation("machine-right-org", "1.0.0"))
                .statusCode(409).body("code", equalTo("LICENSE_BOUND_TO_OTHER_ORGANIZATION"));
        Customer.activate(license.activation("machine-right-org", "1.0.0", license.catalogue.sisterOrganizationId()))
                .statusCode(201);

        given().header("Authorization", SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200).body("activations", hasSize(2)).body("binding.organizationName", equalTo("Contoso AG"))
                .body("history[0].action", equalTo("reassign")).body("history[0].actor", equalTo("sue.support"));
        given().header("Authorization", SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].actor", equalTo("sue.support")).body("[0].role", equalTo("support"))
                .body("[0].action", equalTo("reassign")).body("[0].targetType", equalTo("license"))
                .body("[0].targetId", equalTo(license.id.toString())).body("[0].serial", equalTo(license.serial))
                .body("[0].reason", equalTo("ticket 4711: activated into Contoso GmbH by mistake"))
                .body("[0].requestId", equalTo("req-4711")).body("[0].at", notNullValue())
                .body("[0].before.boundOrganizationId", equalTo(license.catalogue.organizationId().toString()))
                .body("[0].before.liveActivations", equalTo(List.of(wrong)))
                .body("[0].after.boundOrganizationId", equalTo(license.catalogue.sisterOrganizationId().toString()))
                .body("[0].after.liveActivations", hasSize(0));
    }

    @Test
    void supportResetsActivationsAndGrantsReregistrations() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 1);
        Customer.activate(license.activation("machine-lost", "1.0.0")).statusCode(201);
        support(license, "/activation-resets", Map.of("reason", "server destroyed in a fire"))
                .statusCode(200).body("activations[0].status", equalTo("DEACTIVATED"));
        Customer.activate(license.activation("machine-rebuilt", "1.0.0")).statusCode(201);

        support(license, "/reregistration-allowances", Map.of("extra", 2, "reason", "hardware swap programme"))
                .statusCode(200).body("reregistrations.allowance", equalTo(5));
        support(license, "/reregistration-allowances", Map.of("extra", 0, "reason", "")).statusCode(400)
                .body("errors.field", hasItem("extra")).body("errors.field", hasItem("reason"));
    }

    @Test
    void oneActivationCanBeResetAlone() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 2);
        String kept = Customer.activate(license.activation("machine-kept", "1.0.0")).statusCode(201)
                .extract().path("activationId");
        String lost = Customer.activate(license.activation("machine-stolen", "1.0.0")).statusCode(201)
                .extract().path("activationId");
        for (String blank : new String[]{"", " ", "\u0000"}) {
            // a blank id is bad input, never "reset every activation"
            support(license, "/activation-resets", Map.of("activationId", blank, "reason", "one machine only"))
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("activationId"));
        }
        given().header("Authorization", SUPPORT).get("/api/v1/support/serials/{serial}", license.serial).then()
                .body("activations.findAll { it.status == 'ACTIVE' }.size()", equalTo(2));
        support(license, "/activation-resets", Map.of("activationId", lost, "reason", "laptop stolen, ticket 88"))
                .statusCode(200)
                .body("activations.find { it.id == '%s' }.status".formatted(lost), equalTo("DEACTIVATED"))
                .body("activations.find { it.id == '%s' }.status".formatted(kept), equalTo("ACTIVE"));
        support(license, "/activation-resets", Map.of("activationId", lost, "reason", "again"))
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        Customer.validate(license, "machine-kept", null).body("code", equalTo("VALID"));
        given().header("Authorization", SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].action", equalTo("reset activation"))
                .body("[0].targetType", equalTo("activation")).body("[0].targetId", equalTo(lost));
    }

    @Test
    void everySupportActionNeedsAReason() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String organization = license.catalogue.sisterOrganizationId().toString();
        for (Map<String, Object> withoutReason : List.<Map<String, Object>>of(Map.of(), Map.of("reason", "   "))) {
            Map<String, Object> reassignment = new HashMap<>(withoutReason);
            reassignment.put("toOrganizationId", organization);
            Map<String, Object> grant = new HashMap<>(withoutReason);
            grant.put("extra", 1);
            support(license, "/reassignments", reassignment).statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("reason"));
            support(license, "/activation-resets", withoutReason).statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("reason"));
            support(license, "/reregistration-allowances", grant).statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("reason"));
        }
        given().header("Authorization", SUPPORT).get("/api/v1/support/serials/{serial}", license.serial).then()
                .statusCode(200).body("$", not(hasKey("binding"))).body("reregistrations.allowance", equalTo(3));
        given().header("Authorization", SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void onlySupportStaffMayLookOrIntervene() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        given().get("/api/v1/support/serials/{serial}", license.serial).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", StaffTokens.bearer("sam.sales", "sales"))
                .get("/api/v1/support/serials/{serial}", license.serial).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", SUPPORT).get("/api/v1/support/serials/{serial}", "AAAA-BBBB-CCCC-DDDE")
                .then().statusCode(400).body("errors[0].field", equalTo("serial"));
        given().header("Authorization", SUPPORT)
                .get("/api/v1/support/serials/{serial}", Serial.generate())
                .then().statusCode(404);
        for (String role : List.of("sales", "billing")) {
            String token = StaffTokens.bearer("someone." + role, role);
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("reason", "not mine to do")).post("/api/v1/support/serials/{serial}/activation-resets",
                            license.serial).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("toOrganizationId", license.catalogue.sisterOrganizationId().toString(),
                            "reason", "not mine to do"))
                    .post("/api/v1/support/serials/{serial}/reassignments", license.serial).then().statusCode(403);
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("extra", 1, "reason", "not mine to do"))
                    .post("/api/v1/support/serials/{serial}/reregistration-allowances", license.serial)
                    .then().statusCode(403);
            given().header("Authorization", token).get("/api/v1/audit").then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
        }
        given().get("/api/v1/audit").then().statusCode(401);
    }
}
