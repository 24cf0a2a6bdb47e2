package com.licenseforge.activation;

import com.licenseforge.common.format.Serial;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SupportTest {

    private static final String SUPPORT = StaffTokens.bearer("sue.support", "support");

    @Test
    void supportMovesALicenseActivatedIntoTheWrongOrganization() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 2);
        Customer.activate(license.activation("machine-wrong-org", "1.0.0")).statusCode(201);

        support(license, "/reassignments", Map.of("toOrganizationId", license.catalogue.foreignOrganizationId().toString(),
                "reason", "ticket 4711")).statusCode(403).body("code", equalTo("ORGANIZATION_NOT_IN_ACCOUNT"));
        support(license, "/reassignments", Map.of("toOrganizationId", license.catalogue.sisterOrganizationId().toString(),
                "reason", "ticket 4711: activated into Contoso GmbH by mistake"))
                .statusCode(200).body("binding.organizationId", equalTo(license.catalogue.sisterOrganizationId().toString()))
                .body("activations[0].status", equalTo("REASSIGNED"));

        Customer.validate(license.serial, "machine-wrong-org", null).body("code", equalTo("REASSIGNED"))
                .body("valid", equalTo(false));
        Customer.activate(license.activation("machine-right-org", "1.0.0"))
                .statusCode(409).body("code", equalTo("LICENSE_BOUND_TO_OTHER_ORGANIZATION"));
        Customer.activate(license.activation("machine-right-org", "1.0.0", license.catalogue.sisterOrganizationId()))
                .statusCode(201);

        given().header("Authorization", SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200).body("activations", hasSize(2)).body("binding.organizationName", equalTo("Contoso AG"))
                .body("history[0].action", equalTo("reassign")).body("history[0].actor", equalTo("sue.support"));
        given().header("Authorization", SUPPORT).queryParam("serial", license.serial).get("/api/v1/audit")
                .then().statusCode(200).body("reason", hasItem("ticket 4711: activated into Contoso GmbH by mistake"))
                .body("[0].role", equalTo("support"));
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
    }

    private static ValidatableResponse support(TestLicense license, String action, Map<String, Object> body) {
        return given().header("Authorization", SUPPORT).contentType(ContentType.JSON).body(body)
                .post("/api/v1/support/serials/{serial}" + action, license.serial).then();
    }
}
