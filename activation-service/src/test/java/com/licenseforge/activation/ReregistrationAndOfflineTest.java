package com.licenseforge.activation;

import com.licenseforge.common.token.LicenseFile;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.licenseforge.common.format.Fingerprint;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ReregistrationAndOfflineTest {

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
        Customer.validate(license.serial, "machine-gen-3", null).body("code", equalTo("VALID"));
        Customer.validate(license.serial, "machine-gen-0", null).body("code", equalTo("FINGERPRINT_MISMATCH"));

        reregister(id, license.cdKey, "machine-gen-4").statusCode(429)
                .body("code", equalTo("REREGISTRATION_LIMIT_REACHED")).body("allowance", equalTo(3))
                .header("Retry-After", notNullValue());
        Customer.validate(license.serial, "machine-gen-3", null).body("code", equalTo("VALID"));
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
        Customer.validate(license.serial, "server-a-disk-2", null).body("code", equalTo("VALID"));
        Customer.validate(license.serial, "server-a", null).body("code", equalTo("FINGERPRINT_MISMATCH"));

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
        Customer.validate(license.serial, "server-a-disk-4", null).body("code", equalTo("VALID"));
        given().header("Authorization", SupportTest.SUPPORT).get("/api/v1/support/serials/{serial}", license.serial)
                .then().statusCode(200).body("reregistrations.usedLastYear", equalTo(3))
                .body("activations.findAll { it.status == 'ACTIVE' }.size()", equalTo(2));
    }

    @Test
    void anOfflineRequestFileIsAnsweredWithALicenseFileForThatMachine() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String request = """
                -----BEGIN LICENSEFORGE ACTIVATION REQUEST-----
                Serial: %s
                CD-Key: %s
                Organization: %s
                Product: %s
                Version: 1.0.0
                Fingerprint: machine-offline-1
                Hostname: erp-vault-01
                Component-CPU: Xeon-123
                -----END LICENSEFORGE ACTIVATION REQUEST-----
                """.formatted(license.serial, license.cdKey, license.catalogue.organizationId(),
                license.catalogue.productCode());
        String file = given().contentType("text/plain").body(request).post("/api/v1/offline/activations")
                .then().statusCode(200).extract().asString();

        String jwks = given().get("/.well-known/jwks.json").then().extract().asString();
        JWTClaimsSet claims = TokenVerifier.fromJwks(jwks).verify(LicenseFile.tokenOf(file), TokenClaims.ACTIVATION_TYPE);
        assertEquals(license.serial, claims.getSubject());
        assertEquals(Fingerprint.hash("machine-offline-1"), claims.getClaim(TokenClaims.FINGERPRINT));
        assertEquals(license.serial, LicenseFile.headersOf(file).get("Serial"));
        Customer.validate(license.serial, "machine-offline-1", null).body("code", equalTo("VALID"));

        given().contentType("text/plain").body(request.replace("Fingerprint: machine-offline-1\n", ""))
                .post("/api/v1/offline/activations").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Fingerprint"));
        given().contentType("text/plain").body("hello").post("/api/v1/offline/activations")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
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
