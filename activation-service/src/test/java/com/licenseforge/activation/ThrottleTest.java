package com.licenseforge.activation;

import com.licenseforge.common.format.Serial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ThrottleTest {

    private static final String WRONG_KEY = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE";

    @Test
    void fiveWrongKeysLockTheSerialButNotOtherSerials() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 200));
        TestLicense attacked = TestLicense.issue(Customer.catalogue());
        TestLicense neighbour = TestLicense.issue(Customer.catalogue());
        for (int i = 0; i < 5; i++) {
            activate(attacked.activation("machine-x-" + i, "1.0.0"), WRONG_KEY, address)
                    .statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        }
        activate(attacked.activation("machine-x", "1.0.0"), attacked.cdKey, address)
                .statusCode(429).contentType("application/problem+json").body("code", equalTo("CREDENTIALS_LOCKED"))
                .header("Retry-After", notNullValue());
        activate(attacked.activation("machine-x", "1.0.0"), attacked.cdKey, "198.51.100.7")
                .statusCode(429).body("code", equalTo("CREDENTIALS_LOCKED"));
        activate(neighbour.activation("machine-y", "1.0.0"), neighbour.cdKey, address).statusCode(201);
    }

    @Test
    void manyWrongKeysFromOneAddressLockThatAddress() {
        String address = "192.0.2." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 30; i++) {
            Map<String, Object> guess = Map.of("serial", Serial.generate(), "organizationId", UUID.randomUUID().toString(),
                    "productCode", "erp", "productVersion", "1.0.0", "fingerprint", "machine-guess-" + i);
            activate(guess, WRONG_KEY, address).statusCode(401);
        }
        TestLicense honest = TestLicense.issue(Customer.catalogue());
        activate(honest.activation("machine-z", "1.0.0"), honest.cdKey, address)
                .statusCode(429).body("code", equalTo("CREDENTIALS_LOCKED"));
        activate(honest.activation("machine-z", "1.0.0"), honest.cdKey, "192.0.2.250").statusCode(201);
    }

    private static ValidatableResponse activate(Map<String, Object> body, String cdKey, String address) {
        Map<String, Object> attempt = new HashMap<>(body);
        attempt.put("cdKey", cdKey);
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(attempt)
                .post("/api/v1/activations").then();
    }
}
