package com.licenseforge.activation.machines;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.SupportStaff;
import com.licenseforge.activation.TestLicense;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ReregistrationTest {

    @Test
    void aChangedMachineKeepsItsActivationUntilTheYearlyAllowanceIsUsed() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String id = Customer.activate(license.activation("machine-gen-0", "1.0.0")).statusCode(201)
                .extract().path("activationId");
        reregister(id, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "machine-gen-1").statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS"));
        for (int generation = 1; generation <= 3; generation++) {
            reregister(id, license.cdKey, "machine-gen-" + generation).statusCode(200)
                    .body("activationId", equalTo(id)).body("token", notNullValue());
        }
        Customer.validate(license, "machine-gen-3", null).body("code", equalTo("VALID"));
        Customer.validate(license, "machine-gen-0", null).body("code", equalTo("FINGERPRINT_MISMATCH"));

        reregister(id, license.cdKey, "machine-gen-4").statusCode(429)
                .body("code", equalTo("REREGISTRATION_LIMIT_REACHED")).body("allowance", equalTo(3))
                .header("Retry-After", notNullValue());
        Customer.validate(license, "machine-gen-3", null).body("code", equalTo("VALID"));
    }

    @Test
    void aMachineWhoseComponentsMostlyMatchIsReregisteredInPlaceOnActivation() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.maxActivations = 2);
        String id = Customer.activate(machine(license, "server-a", "C1", "B1", "D1", "M1")).statusCode(201)
                .extract().path("activationId");

        Map<String, Object> newDisk = machine(license, "server-a-disk-2", "C1", "B1", "D2", "M1");
        Customer.preview(newDisk).statusCode(200).body("wouldSucceed", equalTo(true))
                .body("warnings.code", hasItem("REREGISTERS_MACHINE")).body("activationsUsed", equalTo(1));
        Customer.activate(newDisk).statusCode(200).body("activationId", equalTo(id));
        Customer.validate(license, "server-a-disk-2", null).body("code", equalTo("VALID"));
        Customer.validate(license, "server-a", null).body("code", equalTo("FINGERPRINT_MISMATCH"));

        // two of four components is no majority: another machine, which takes the second slot
        String other = Customer.activate(machine(license, "server-b", "C9", "B9", "D2", "M1")).statusCode(201)
                .extract().path("activationId");
        assertNotEquals(id, other);

        Customer.activate(machine(license, "server-a-disk-3", "C1", "B1", "D3", "M1")).statusCode(200)
                .body("activationId", equalTo(id));
        Customer.activate(machine(license, "server-a-disk-4", "C1", "B1", "D4", "M1")).statusCode(200)
                .body("activationId", equalTo(id));
        Map<String, Object> fourth = machine(license, "server-a-disk-5", "C1", "B1", "D5", "M1");
        Customer.preview(fourth).statusCode(200).body("wouldSucceed", equalTo(false))
                .body("code", equalTo("REREGISTRATION_LIMIT_REACHED"));
        Customer.activate(fourth).statusCode(429).body("code", equalTo("REREGISTRATION_LIMIT_REACHED"))
                .body("used", equalTo(3)).header("Retry-After", notNullValue());
        Customer.validate(license, "server-a-disk-4", null).body("code", equalTo("VALID"));
        given().header("Authorization", SupportStaff.SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200).body("reregistrations.usedLastYear", equalTo(3))
                .body("activations.findAll { it.status == 'ACTIVE' }.size()", equalTo(2));
    }

    private static Map<String, Object> machine(TestLicense license, String fingerprint, String cpu, String board,
                                               String disk, String mac) {
        Map<String, Object> body = license.activation(fingerprint, "1.0.0");
        body.put("components", Map.of("cpu", cpu, "board", board, "disk", disk, "mac", mac));
        return body;
    }

    private static ValidatableResponse reregister(String activationId, String cdKey, String newFingerprint) {
        return given().contentType("application/json").body(Map.of("cdKey", cdKey, "newFingerprint", newFingerprint,
                        "components", Map.of("board", "replaced")))
                .post("/api/v1/activations/{id}/reregistrations", activationId).then();
    }
}
