package com.licenseforge.activation.validation;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenVerifier;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static com.licenseforge.activation.Customer.assignSeats;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ValidationTest {

    @Test
    void anActivatedMachineIsValidAndGetsARefreshedTokenBoundToIt() {
        TestLicense license = TestLicense.issue(Customer.catalogue(), t -> t.expiresAt = Instant.now().plus(Duration.ofDays(3)));
        Map<String, Object> activated = Customer.activate(license.activation("machine-valid", "1.0.0"))
                .statusCode(201).extract().as(Map.class);
        String activationId = (String) activated.get("activationId");
        // the activation token it holds proves the machine
        String token = Customer.validate(Map.of("serial", license.serial, "fingerprint", "machine-valid",
                        "token", activated.get("token")), "1.0.0")
                .statusCode(200).body("valid", equalTo(true)).body("code", equalTo("VALID"))
                .body("activationId", equalTo(activationId)).extract().path("token");
        String jwks = given().get("/.well-known/jwks.json").then().extract().asString();
        var claims = TokenVerifier.fromJwks(jwks).verify(token, TokenClaims.ACTIVATION_TYPE);
        assertEquals(activationId, claims.getClaim(TokenClaims.ACTIVATION_ID));
        assertTrue(!claims.getExpirationTime().toInstant().isAfter(license.terms.expiresAt),
                "the lease never outlives the license");
        // the fingerprint is compared as the client reports it, case and surrounding blanks aside
        Customer.validate(license, " MACHINE-VALID ", null).statusCode(200).body("code", equalTo("VALID"));
    }

    @Test
    void answersWhyAMachineIsNotValid() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        Customer.validate(license, "machine-nothing", null)
                .statusCode(200).body("valid", equalTo(false)).body("code", equalTo("NOT_ACTIVATED")).body("token", nullValue());
        Customer.activate(license.activation("machine-one", "1.0.0")).statusCode(201);
        Customer.validate(license, "machine-other", null).body("code", equalTo("FINGERPRINT_MISMATCH"));
        Customer.validate(license, "machine-one", "3.0.0").body("valid", equalTo(false))
                .body("code", equalTo("VERSION_NOT_COVERED"));
        Customer.validate(Map.of("serial", "NOT-A-SERIAL", "fingerprint", "machine-one"), null)
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        Customer.validate(license, "machine-one", "9.9.9").statusCode(400)
                .body("errors[0].field", equalTo("productVersion"));
    }

    @Test
    void aWrongProofIsAWrongKeyAndUnknownSerialsLookTheSame() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        Map<String, Object> activated = Customer.activate(license.activation("machine-proof", "1.0.0"))
                .statusCode(201).extract().as(Map.class);
        String wrongKey = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE";
        for (String serial : new String[]{license.serial, Serial.generate()}) {
            given().header("X-Forwarded-For", "198.18.0." + (1 + (int) (Math.random() * 200)))
                    .contentType("application/json")
                    .body(Map.of("serial", serial, "fingerprint", "machine-proof", "cdKey", wrongKey))
                    .post("/api/v1/validations").then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        }
        // a token of another machine proves nothing about this one
        given().contentType("application/json").header("X-Forwarded-For", "198.18.1.1")
                .body(Map.of("serial", license.serial, "fingerprint", "machine-else", "token", activated.get("token")))
                .post("/api/v1/validations").then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void anUnprovenRequestGetsNoTokenAndCannotProbeSerialsOrFingerprints() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        Customer.activate(license.activation("machine-legacy", "1.0.0")).statusCode(201);
        String address = "198.19.0." + (1 + (int) (Math.random() * 200));
        // the activated machine still hears it is valid, but only a proof earns a fresh token
        unproven(license.serial, "machine-legacy", address).statusCode(200).body("valid", equalTo(true))
                .body("code", equalTo("VALID")).body("token", nullValue());
        // a known serial on another machine and an unknown serial answer alike
        unproven(license.serial, "machine-guess", address).statusCode(200).body("code", equalTo("NOT_ACTIVATED"))
                .body("token", nullValue());
        unproven(Serial.generate(), "machine-guess", address).statusCode(200).body("code", equalTo("NOT_ACTIVATED"));
        // guessing fingerprints is throttled like guessing keys
        for (int i = 0; i < 28; i++) {
            unproven(license.serial, "machine-guess-" + i, address).statusCode(200);
        }
        unproven(license.serial, "machine-guess-x", address).statusCode(429).body("code", equalTo("CREDENTIALS_LOCKED"));
    }

    private static ValidatableResponse unproven(String serial, String fingerprint, String address) {
        return given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("serial", serial, "fingerprint", fingerprint)).post("/api/v1/validations").then();
    }

    @Test
    void followsSalesDecisionsAndBillingStanding() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        Customer.activate(license.activation("machine-billing", "1.0.0")).statusCode(201);
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        Instant graceEnd = since.plus(Duration.ofDays(14));

        IssuerFacts.billing(EventTypes.BILLING_PAST_DUE, license.id, Standing.PAST_DUE, since, graceEnd);
        awaitCode(license, "PAST_DUE").body("valid", equalTo(true)).body("token", notNullValue())
                .body("pastDueSince", equalTo(since.toString())).body("graceEndsAt", equalTo(graceEnd.toString()));
        IssuerFacts.billing(EventTypes.BILLING_SUSPENDED, license.id, Standing.SUSPENDED, since, graceEnd);
        awaitCode(license, "SUSPENDED").body("valid", equalTo(false));
        IssuerFacts.billing(EventTypes.BILLING_RESTORED, license.id, Standing.CURRENT, null, null);
        awaitCode(license, "VALID");

        license.change(EventTypes.LICENSE_SUSPENDED, t -> t.status = SalesStatus.SUSPENDED);
        awaitCode(license, "SUSPENDED");
        license.change(EventTypes.LICENSE_REINSTATED, t -> t.status = SalesStatus.ACTIVE);
        awaitCode(license, "VALID");
        license.change(EventTypes.LICENSE_RENEWED, t -> t.expiresAt = Instant.now().minusSeconds(60));
        awaitCode(license, "EXPIRED");
        license.change(EventTypes.LICENSE_REVOKED, t -> t.status = SalesStatus.REVOKED);
        awaitCode(license, "REVOKED").body("valid", equalTo(false));
    }

    @Test
    void lowerSeatsThanAssignedMakeTheLicenseInvalidUntilTheExcessIsRemoved() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String activationId = Customer.activate(license.activation("machine-seats", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        assignSeats(activationId, license.cdKey, "hr", "alice", "bob", "carol").statusCode(200)
                .body("module", equalTo("hr")).body("seats", equalTo(3)).body("assigned", equalTo(3));
        assignSeats(activationId, license.cdKey, "hr", "alice", "bob", "carol", "dave").statusCode(409)
                .body("code", equalTo("EXCESS_SEAT_ASSIGNMENTS"));

        license.change(EventTypes.LICENSE_MODULES_CHANGED, t -> t.modules = Map.of("finance", 10, "hr", 2));
        awaitCode(license, "machine-seats", "EXCESS_SEAT_ASSIGNMENTS").body("valid", equalTo(false))
                .body("excess[0].module", equalTo("hr")).body("excess[0].seats", equalTo(2))
                .body("excess[0].assigned", equalTo(3)).body("excess[0].users", hasItem("carol"));
        Customer.activate(license.activation("machine-seats-2", "1.0.0"))
                .statusCode(409).body("code", equalTo("EXCESS_SEAT_ASSIGNMENTS")).body("excess[0].users", hasItem("bob"));

        assignSeats(activationId, license.cdKey, "hr", "alice", "bob").statusCode(200).body("assigned", equalTo(2));
        Customer.validate(license, "machine-seats", null).body("code", equalTo("VALID"));
    }

    @Test
    void aLicenseThatMayNotBeUsedTakesNoSeatAssignmentsAndTellsWhyAsActivationDoes() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String activationId = Customer.activate(license.activation("machine-seat-status", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        assignSeats(activationId, license.cdKey, "hr", "alice").statusCode(200);

        license.change(EventTypes.LICENSE_SUSPENDED, t -> t.status = SalesStatus.SUSPENDED);
        awaitCode(license, "machine-seat-status", "SUSPENDED");
        assignSeats(activationId, license.cdKey, "hr", "alice", "bob").statusCode(403)
                .body("code", equalTo("SUSPENDED")).body("suspendedBy", equalTo("sales"));
        license.change(EventTypes.LICENSE_REINSTATED, t -> t.status = SalesStatus.ACTIVE);
        awaitCode(license, "machine-seat-status", "VALID");
        assignSeats(activationId, license.cdKey, "hr", "alice", "bob").statusCode(200).body("assigned", equalTo(2));

        license.change(EventTypes.LICENSE_RENEWED, t -> t.expiresAt = Instant.now().minusSeconds(60));
        awaitCode(license, "machine-seat-status", "EXPIRED");
        assignSeats(activationId, license.cdKey, "hr", "alice").statusCode(403).body("code", equalTo("EXPIRED"));

        license.change(EventTypes.LICENSE_REVOKED, t -> t.status = SalesStatus.REVOKED);
        awaitCode(license, "machine-seat-status", "REVOKED");
        assignSeats(activationId, license.cdKey, "hr").statusCode(403).body("code", equalTo("REVOKED"));
    }

    private static ValidatableResponse awaitCode(TestLicense license, String code) {
        return awaitCode(license, "machine-billing", code);
    }

    private static ValidatableResponse awaitCode(TestLicense license, String fingerprint,
                                                                        String code) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Customer.validate(license, fingerprint, null).body("code", equalTo(code)));
        return Customer.validate(license, fingerprint, null);
    }
}
