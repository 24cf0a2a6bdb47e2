package com.licenseforge.activation.machines;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.format.Serial;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OrganizationPickerTest {

    private static final String WRONG_KEY = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE";
    /** Addresses of one test run: a documentation range, from a random start so runs do not add up. */
    private static final AtomicInteger ADDRESS = new AtomicInteger((int) (Math.random() * 250));
    private static IssuerFacts.Catalogue catalogue;

    /** A catalogue of this class's own: other tests add organizations to the shared one. */
    private static synchronized IssuerFacts.Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = Customer.readyCatalogue();
        }
        return catalogue;
    }

    @Test
    void aLicenseListsTheOrganizationsOfItsOwnAccountOnlyByName() {
        TestLicense contoso = TestLicense.issue(catalogue());
        TestLicense fabrikam = TestLicense.issue(catalogue(), t -> t.accountId = catalogue().foreignAccountId());

        Customer.organizations(contoso.serial, contoso.cdKey, address()).statusCode(200)
                .body("name", contains("Contoso AG", "Contoso GmbH"))
                .body("id", contains(catalogue().sisterOrganizationId().toString(),
                        catalogue().organizationId().toString()))
                .body("taxId", contains(nullValue(), equalTo(IssuerFacts.CONTOSO_GMBH_TAX_ID)))
                .body("bound", contains(false, false));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Customer.organizations(fabrikam.serial, fabrikam.cdKey, address()).statusCode(200)
                        .body("name", contains("Fabrikam Ltd"))
                        .body("id", contains(catalogue().foreignOrganizationId().toString())));
    }

    @Test
    void theOrganizationHoldingTheBindingIsMarked() {
        TestLicense license = TestLicense.issue(catalogue());
        Customer.activate(license.activation("machine-bound-1", "1.0.0", catalogue().sisterOrganizationId()))
                .statusCode(201);

        Customer.organizations(license.serial, license.cdKey, address()).statusCode(200)
                .body("name", contains("Contoso AG", "Contoso GmbH"))
                .body("bound", contains(true, false));
    }

    @Test
    void wrongKeysAreRefusedAndCountedAsForAnActivation() {
        TestLicense license = TestLicense.issue(catalogue());
        String guesser = address();
        for (int i = 0; i < 4; i++) {
            Customer.organizations(license.serial, WRONG_KEY, guesser).statusCode(401)
                    .contentType("application/problem+json").body("code", equalTo("INVALID_CREDENTIALS"));
        }
        // an unknown serial gets the answer a wrong key gets
        Customer.organizations(Serial.generate(), license.cdKey, guesser).statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS"));
        Customer.organizations(license.serial, WRONG_KEY, guesser).statusCode(401);

        // the fifth wrong key for the serial locks the address for it, here and for activation alike
        Customer.organizations(license.serial, license.cdKey, guesser).statusCode(429)
                .contentType("application/problem+json").body("code", equalTo("CREDENTIALS_LOCKED"))
                .header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", guesser).contentType(ContentType.JSON)
                .body(license.activation("machine-locked", "1.0.0")).post("/api/v1/activations").then()
                .statusCode(429).body("code", equalTo("CREDENTIALS_LOCKED"));
        Customer.organizations(license.serial, license.cdKey, address()).statusCode(200).body("$", hasSize(2));
    }

    @Test
    void aBadBodyIsRefusedNamingTheField() {
        TestLicense license = TestLicense.issue(catalogue());
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("serial", license.serial),
                Map.of("serial", "not a serial", "cdKey", license.cdKey),
                Map.of("serial", "", "cdKey", license.cdKey))) {
            given().header("X-Forwarded-For", address()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/activations/organizations").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", notNullValue());
        }
    }

    private static String address() {
        return "192.0.2." + (1 + ADDRESS.incrementAndGet() % 250);
    }
}
