package com.licenseforge.activation.support;

import com.licenseforge.activation.Customer;
import com.licenseforge.activation.IssuerFacts;
import com.licenseforge.activation.TestLicense;
import com.licenseforge.common.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The account page's slot usage: live activations per license of the account, paged with a total. */
@QuarkusTest
class ActivationUsageTest {

    private static final String SALES = StaffTokens.bearer("sam.sales", "sales");

    @Test
    void eachLicenseOfTheAccountShowsTheSlotsItsLiveActivationsUse() {
        IssuerFacts.Catalogue catalogue = Customer.readyCatalogue(); // an account of this test's own
        TestLicense busy = TestLicense.issue(catalogue);
        TestLicense idle = TestLicense.issue(catalogue);
        Customer.activate(busy.activation("machine-usage-1", "1.0.0")).statusCode(201);
        String second = Customer.activate(busy.activation("machine-usage-2", "1.0.0"))
                .statusCode(201).extract().path("activationId");
        Customer.deactivate(second, busy.cdKey).statusCode(204);

        String path = "/api/v1/support/accounts/{accountId}/activation-usage";
        // the catalogue's readiness probe is a third license of the account
        List<String> serials = given().header("Authorization", SALES).get(path, catalogue.accountId())
                .then().statusCode(200).header("X-Total-Count", "3")
                .body("find { it.serial == '" + busy.serial + "' }.activationsUsed", equalTo(1))
                .body("find { it.serial == '" + busy.serial + "' }.maxActivations", equalTo(2))
                .body("find { it.serial == '" + busy.serial + "' }.boundOrganizationId",
                        equalTo(catalogue.organizationId().toString()))
                .body("find { it.serial == '" + idle.serial + "' }.activationsUsed", equalTo(0))
                .body("find { it.serial == '" + idle.serial + "' }.boundOrganizationId", nullValue())
                .extract().path("serial");
        assertEquals(serials.stream().sorted().toList(), serials, "ordered by serial");

        given().header("Authorization", SALES).queryParam("size", 1).get(path, catalogue.accountId())
                .then().statusCode(200).header("X-Total-Count", "3").header("Link", containsString("rel=\"next\""))
                .body("serial", contains(serials.get(0)));
        given().header("Authorization", SALES).get(path, UUID.randomUUID())
                .then().statusCode(200).header("X-Total-Count", "0").body("$", empty());
    }

    @Test
    void badParametersAndOtherRolesAreRefused() {
        UUID account = UUID.randomUUID();
        String path = "/api/v1/support/accounts/{accountId}/activation-usage";
        given().header("Authorization", SALES).queryParam("serial", "x").get(path, account)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().header("Authorization", SALES).queryParam("size", 0).get(path, account)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().get(path, account).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", StaffTokens.bearer("bo.billing", "billing")).get(path, account)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", StaffTokens.bearer("sue.support", "support")).get(path, account)
                .then().statusCode(200);
    }
}
