package com.licenseforge.activation.machines;

import com.fasterxml.jackson.databind.JsonNode;
import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.Topics;
import com.licenseforge.common.format.Fingerprint;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.testing.EventProbe;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ActivationResourceTest {

    private IssuerFacts.Catalogue catalogue;

    @BeforeEach
    void catalogue() {
        catalogue = Customer.catalogue();
    }

    @Test
    void activatesWithATokenThatVerifiesOfflineAndPublishesActivationCreated() {
        TestLicense license = TestLicense.issue(catalogue);
        String fingerprint = "machine-" + UUID.randomUUID();
        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            ExtractableResponse<Response> activated = Customer.activate(license.activation(fingerprint, "1.0.0"))
                    .statusCode(201).body("activationId", notNullValue()).body("expiresAt", notNullValue()).extract();
            String activationId = activated.path("activationId");

            String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
            JWTClaimsSet claims = TokenVerifier.fromJwks(jwks).verify(activated.path("token"), TokenClaims.ACTIVATION_TYPE);
            assertEquals(license.serial, claims.getSubject());
            assertEquals(license.id.toString(), claims.getClaim(TokenClaims.LICENSE_ID));
            assertEquals(catalogue.organizationId().toString(), claims.getClaim(TokenClaims.ORGANIZATION));
            assertEquals(Fingerprint.hash(fingerprint), claims.getClaim(TokenClaims.FINGERPRINT));
            assertEquals(activationId, claims.getClaim(TokenClaims.ACTIVATION_ID));
            assertEquals(catalogue.productCode(), claims.getClaim(TokenClaims.PRODUCT));
            assertTrue(claims.getClaim(TokenClaims.MODULES).toString().contains("finance"));
            assertTrue(claims.getExpirationTime().toInstant().isBefore(Instant.now().plus(Duration.ofDays(31))), "lease");

            JsonNode event = probe.await(EventTypes.ACTIVATION_CREATED, license.id);
            assertEquals(activationId, event.path("payload").path("activationId").asText());
            assertEquals(Fingerprint.hash(fingerprint), event.path("payload").path("fingerprint").asText());
            assertFalse(event.toString().contains(license.cdKey), "the CD key never travels");
        }
    }

    @Test
    void theSameMachineAgainGetsItsActivationBackAndTakesNoSecondSlot() {
        TestLicense license = TestLicense.issue(catalogue, t -> t.maxActivations = 1);
        Map<String, Object> body = license.activation("machine-" + UUID.randomUUID(), "1.0.0");
        String first = Customer.activate(body).statusCode(201).extract().path("activationId");
        Customer.activate(body).statusCode(200).body("activationId", equalTo(first));
        Customer.preview(body).statusCode(200).body("activationsUsed", equalTo(1))
                .body("warnings.code", hasItem("ALREADY_ACTIVATED")).body("wouldSucceed", equalTo(true));
    }

    @Test
    void theLicenseIsBoundToTheOrganizationOfItsFirstActivation() {
        TestLicense license = TestLicense.issue(catalogue, t -> t.maxActivations = 3);
        Customer.preview(license.activation("machine-a-" + UUID.randomUUID(), "1.0.0"))
                .statusCode(200).body("warnings.code", hasItem("BINDS_ORGANIZATION"))
                .body("$", hasKey("existingBinding")).body("existingBinding", nullValue())
                .body("accountName", equalTo("Contoso Holding")).body("productName", equalTo("Acme ERP"));
        Customer.activate(license.activation("machine-a-" + UUID.randomUUID(), "1.0.0")).statusCode(201);

        Map<String, Object> elsewhere = license.activation("machine-b-" + UUID.randomUUID(), "1.0.0",
                catalogue.sisterOrganizationId());
        Customer.activate(elsewhere).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("LICENSE_BOUND_TO_OTHER_ORGANIZATION"))
                .body("boundOrganizationId", equalTo(catalogue.organizationId().toString()))
                .body("boundOrganizationName", equalTo("Contoso GmbH"));
        Customer.preview(elsewhere).statusCode(200).body("wouldSucceed", equalTo(false))
                .body("code", equalTo("LICENSE_BOUND_TO_OTHER_ORGANIZATION"))
                .body("existingBinding.organizationId", equalTo(catalogue.organizationId().toString()));
    }

    @Test
    void refusesWhatTheCheckChainRefusesWithTheContractedStatus() {
        TestLicense license = TestLicense.issue(catalogue, t -> t.maxActivations = 1);
        Customer.activate(withField(license.activation("m-" + UUID.randomUUID(), "1.0.0"), "cdKey", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"))
                .statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        Customer.activate(withField(license.activation("m-" + UUID.randomUUID(), "1.0.0"), "productCode", "other-product"))
                .statusCode(422).body("code", equalTo("PRODUCT_MISMATCH"));
        Customer.activate(license.activation("m-" + UUID.randomUUID(), "1.0.0", catalogue.foreignOrganizationId()))
                .statusCode(403).body("code", equalTo("ORGANIZATION_NOT_IN_ACCOUNT"));
        Customer.activate(license.activation("m-" + UUID.randomUUID(), "3.0.0"))
                .statusCode(403).body("code", equalTo("VERSION_NOT_COVERED"))
                .body("maintenanceUntil", equalTo("2029-06-30T00:00:00Z"));
        Customer.activate(license.activation("m-" + UUID.randomUUID(), "9.9.9"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("productVersion"));

        Customer.activate(license.activation("machine-first", "1.0.0")).statusCode(201);
        Customer.activate(license.activation("machine-second", "1.0.0"))
                .statusCode(409).body("code", equalTo("TOO_MANY_ACTIVATIONS"))
                .body("activationsUsed", equalTo(1)).body("maxActivations", equalTo(1));
    }

    @Test
    void anUpgradeToANewerMajorVersionMustHappenOnAnOriginalMachine() {
        TestLicense license = TestLicense.issue(catalogue, t -> t.maxActivations = 3);
        Customer.activate(license.activation("server-original", "1.0.0")).statusCode(201);
        Customer.activate(license.activation("server-new", "2.0.0"))
                .statusCode(409).body("code", equalTo("UPGRADE_REQUIRES_ORIGINAL_MACHINE"));
        Customer.activate(license.activation("server-original", "2.0.0")).statusCode(200);
        Customer.activate(license.activation("server-new", "2.0.0")).statusCode(201);
    }

    @Test
    void aLicenseThatIsNotInGoodStandingActivatesNothing() {
        Instant since = Instant.now().minus(Duration.ofDays(2));
        TestLicense revoked = TestLicense.issue(catalogue, t -> t.status = SalesStatus.REVOKED);
        TestLicense suspended = TestLicense.issue(catalogue, t -> t.status = SalesStatus.SUSPENDED);
        TestLicense expired = TestLicense.issue(catalogue, t -> t.expiresAt = Instant.parse("2026-02-01T00:00:00Z"));
        TestLicense pastDue = TestLicense.issue(catalogue);
        IssuerFacts.billing(EventTypes.BILLING_PAST_DUE, pastDue.id, Standing.PAST_DUE, since, since.plus(Duration.ofDays(14)));

        Customer.activate(revoked.activation("machine-1", "1.0.0")).statusCode(403).body("code", equalTo("REVOKED"));
        Customer.activate(suspended.activation("machine-1", "1.0.0")).statusCode(403).body("code", equalTo("SUSPENDED"))
                .body("suspendedBy", equalTo("sales"));
        Customer.activate(expired.activation("machine-1", "1.0.0")).statusCode(403).body("code", equalTo("EXPIRED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Customer.activate(pastDue.activation("machine-1", "1.0.0")).statusCode(403).body("code", equalTo("PAST_DUE"))
                        .body("graceEndsAt", notNullValue()));
    }

    @Test
    void deactivationNeedsTheCdKeyAndFreesTheSlot() {
        TestLicense license = TestLicense.issue(catalogue, t -> t.maxActivations = 1);
        String id = Customer.activate(license.activation("machine-old", "1.0.0")).statusCode(201).extract().path("activationId");
        Customer.deactivate(id, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE").statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        try (EventProbe probe = EventProbe.open(Topics.ACTIVATION_EVENTS)) {
            Customer.deactivate(id, license.cdKey).statusCode(204);
            assertEquals(id, probe.await(EventTypes.ACTIVATION_DEACTIVATED, license.id).path("payload").path("activationId").asText());
        }
        Customer.deactivate(id, license.cdKey).statusCode(204);
        // an unknown id is answered like a wrong key, so ids cannot be probed
        Customer.deactivate(UUID.randomUUID().toString(), license.cdKey).statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS"));
        given().delete("/api/v1/activations/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("X-CD-Key"));
        Customer.activate(license.activation("machine-new", "1.0.0")).statusCode(201);
    }

    @Test
    void badInputIsNamedAndAnUnknownSerialLooksLikeAWrongKey() {
        TestLicense license = TestLicense.issue(catalogue);
        Map<String, Object> body = license.activation("m-" + UUID.randomUUID(), "1.0.0");
        String typo = license.serial.substring(0, 5) + (license.serial.charAt(5) == 'A' ? 'B' : 'A') + license.serial.substring(6);
        Customer.activate(withField(body, "serial", typo))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("serial"));
        Customer.activate(withField(body, "serial", Serial.generate()))
                .statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        Customer.activate(withField(body, "fingerprint", "short"))
                .statusCode(400).body("errors[0].field", equalTo("fingerprint"));
        Customer.activate(withField(body, "organizationId", "not-a-uuid"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("organizationId"));
        given().contentType("application/json").body(Map.of()).post("/api/v1/activations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("serial")).body("errors.field", hasItem("cdKey"))
                .body("errors.field", hasItem("fingerprint"));
        given().contentType("application/json").body("{oops").post("/api/v1/activations")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        Customer.preview(body).statusCode(200).body("activationsUsed", equalTo(0)).body("wouldSucceed", equalTo(true));
    }

    private static Map<String, Object> withField(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
