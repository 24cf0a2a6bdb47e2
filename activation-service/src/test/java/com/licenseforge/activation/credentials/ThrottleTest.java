package com.licenseforge.activation.credentials;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.format.Serial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ThrottleTest {

    private static final String WRONG_KEY = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE";
    /** Addresses of one test run: documentation ranges, a fresh block per test. */
    private static final AtomicInteger BLOCK = new AtomicInteger((int) (Math.random() * 200));

    @Test
    void fiveWrongKeysLockTheGuessingAddressNotTheCustomer() {
        String guesser = address();
        TestLicense attacked = TestLicense.issue(Customer.catalogue());
        TestLicense neighbour = TestLicense.issue(Customer.catalogue());
        for (int i = 0; i < 5; i++) {
            activate(attacked.activation("machine-x-" + i, "1.0.0"), WRONG_KEY, guesser)
                    .statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        }
        activate(attacked.activation("machine-x", "1.0.0"), attacked.cdKey, guesser)
                .statusCode(429).contentType("application/problem+json").body("code", equalTo("CREDENTIALS_LOCKED"))
                .header("Retry-After", notNullValue());
        activate(attacked.activation("machine-x", "1.0.0"), attacked.cdKey, address()).statusCode(201);
        activate(neighbour.activation("machine-y", "1.0.0"), neighbour.cdKey, guesser).statusCode(201);
    }

    @Test
    void strangersOnManyAddressesNeverLockOutTheHolderOfTheKey() {
        TestLicense attacked = TestLicense.issue(Customer.catalogue());
        String[] strangers = new String[25];
        for (int i = 0; i < strangers.length; i++) {
            strangers[i] = address();
            activate(attacked.activation("machine-s-" + i, "1.0.0"), WRONG_KEY, strangers[i]).statusCode(401);
        }
        // under pressure every stranger has had its one try: the next is refused before the key is looked at
        activate(attacked.activation("machine-s", "1.0.0"), WRONG_KEY, strangers[0])
                .statusCode(429).body("code", equalTo("CREDENTIALS_LOCKED"));
        // the customer, from an address of its own, activates and uses every operation the key allows
        String customer = address();
        String activationId = activate(attacked.activation("machine-real", "1.0.0"), attacked.cdKey, customer)
                .statusCode(201).extract().path("activationId");
        given().header("X-Forwarded-For", customer).contentType(ContentType.JSON)
                .body(Map.of("cdKey", attacked.cdKey, "users", new String[]{"alice"}))
                .put("/api/v1/activations/{id}/seats/{module}", activationId, "hr").then().statusCode(200);
        given().header("X-Forwarded-For", customer).header("X-CD-Key", attacked.cdKey)
                .delete("/api/v1/activations/{id}", activationId).then().statusCode(204);
    }

    @Test
    void manyWrongKeysFromOneAddressLockThatAddress() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            Map<String, Object> guess = Map.of("serial", Serial.generate(), "organizationId", UUID.randomUUID().toString(),
                    "productCode", "erp", "productVersion", "1.0.0", "fingerprint", "machine-guess-" + i);
            activate(guess, WRONG_KEY, address).statusCode(401);
        }
        TestLicense honest = TestLicense.issue(Customer.catalogue());
        activate(honest.activation("machine-z", "1.0.0"), honest.cdKey, address)
                .statusCode(429).body("code", equalTo("CREDENTIALS_LOCKED"));
        activate(honest.activation("machine-z", "1.0.0"), honest.cdKey, address()).statusCode(201);
    }

    @Test
    void refusalsBeforeTheLicenseArrivedDoNotLockItOnceItArrives() {
        TestLicense late = TestLicense.unpublished(Customer.catalogue());
        String customer = address();
        for (int i = 0; i < 5; i++) {
            activate(late.activation("machine-early", "1.0.0"), late.cdKey, customer).statusCode(401);
        }
        activate(late.activation("machine-early", "1.0.0"), late.cdKey, customer).statusCode(429);
        late.publishIssued();
        activate(late.activation("machine-early", "1.0.0"), late.cdKey, customer).statusCode(201);
    }

    @Test
    void theClientIsTheRightMostAddressNotWrittenByATrustedProxy() {
        TestLicense attacked = TestLicense.issue(Customer.catalogue());
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            // whatever the guesser puts on the left, the proxy appended its real address on the right
            given().header("X-Forwarded-For", address() + ", " + guesser).contentType(ContentType.JSON)
                    .body(withKey(attacked.activation("machine-f-" + i, "1.0.0"), WRONG_KEY))
                    .post("/api/v1/activations").then().statusCode(401);
        }
        given().header("X-Forwarded-For", address() + ", " + guesser).contentType(ContentType.JSON)
                .body(withKey(attacked.activation("machine-f", "1.0.0"), attacked.cdKey))
                .post("/api/v1/activations").then().statusCode(429);
    }

    @Test
    void anUnknownActivationIdIsAnsweredLikeAWrongKey() {
        TestLicense license = TestLicense.issue(Customer.catalogue());
        String activationId = Customer.activate(license.activation("machine-d", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        for (String id : new String[]{activationId, UUID.randomUUID().toString()}) {
            given().header("X-Forwarded-For", address()).header("X-CD-Key", WRONG_KEY)
                    .delete("/api/v1/activations/{id}", id).then()
                    .statusCode(401).contentType("application/problem+json").body("code", equalTo("INVALID_CREDENTIALS"));
        }
    }

    private static String address() {
        int n = BLOCK.incrementAndGet();
        return "203.0." + (113 + (n / 250) % 2) + "." + (1 + n % 250);
    }

    private static Map<String, Object> withKey(Map<String, Object> body, String cdKey) {
        Map<String, Object> attempt = new HashMap<>(body);
        attempt.put("cdKey", cdKey);
        return attempt;
    }

    private static ValidatableResponse activate(Map<String, Object> body, String cdKey, String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(withKey(body, cdKey))
                .post("/api/v1/activations").then();
    }
}
